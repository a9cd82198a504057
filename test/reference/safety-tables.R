# safety-tables.R -- reference safety tables for hand-built patient courses (test/trial/analyse-safety.test.ts):
# patients with the event by arm, incidence, exposure-adjusted incidence rates per 100 patient-years
# (time at risk to the first event, else to the end of follow-up), Wald risk differences versus
# control, by term and worst grade, by system organ class, the overview categories, Kaplan-Meier
# time to the first grade >= 3 event (survival::survfit, summary(times =, extend = TRUE) and
# quantile(, 0.5)) and the relative dose intensity. Written from the definitions in base R, not
# from twin-trial's code.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/safety-tables.R
# Writes test/reference/safety-tables.json (input courses and expected rows). R 4.2.2,
# survival 3.5-3, jsonlite 1.8.4. jsonlite writes 15 significant digits (digits = NA); every input
# is an exact binary value or a short decimal, so R and the tests start from the same doubles.
suppressPackageStartupMessages({ library(survival); library(jsonlite) })

duration_days <- 56
end_h <- duration_days * 24
hours_per_year <- 365.25 * 24
level <- 0.95
arms <- data.frame(id = c("placebo", "drug"), index = 0:1, control = c(TRUE, FALSE), dosed = c(FALSE, TRUE))
arm_of <- c(0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0)
terms <- data.frame(
  term = c("neutropenia", "nausea", "diarrhoea"),
  model = c("hazard", "per-cycle", "logistic"),
  soc = c("Blood and lymphatic system disorders", "Gastrointestinal disorders", "Gastrointestinal disorders"),
  pt = c("Neutrophil count decreased", "Nausea", "Diarrhoea"),
  serious_from_grade = c(4, 3, 3),
  # The highest grade each model can give (neutropenia: proportional odds; nausea: a split up to
  # grade 3; diarrhoea: a split up to grade 4): a term's rows stop there, but not below 3.
  highest_grade = c(5, 3, 4))

# Occurrences of the time-driven terms (term: 0-based index), in time order per patient. A death
# (grade 5) has no duration (NA: Infinity in the course).
occ <- data.frame(
  patient = c(0, 1, 1, 1, 3, 4, 4, 5, 6, 6, 6, 9, 10),
  term = c(1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1),
  onset_h = c(100, 48, 200, 600, 300, 24, 500, 700, 100, 400, 800, 1000, 1200),
  grade = c(1, 2, 3, 4, 5, 1, 3, 2, 3, 3, 4, 2, 3),
  duration_h = c(24, 30, 150, 100, NA, 20, 40, 100, 120, 130, 90, 50, 60),
  action = c("none", "none", "interrupted", "interrupted-reduced", "none", "none", "none", "none",
             "interrupted", "interrupted", "discontinued", "none", "none"))
occ$serious <- occ$grade >= terms$serious_from_grade[occ$term + 1]
courses <- data.frame(
  patient = 0:10,
  death_h = c(NA, NA, NA, 300, NA, NA, NA, NA, NA, NA, NA),
  discontinued_h = c(NA, NA, NA, NA, NA, NA, 800, NA, NA, NA, NA),
  planned_mg = c(0, 22400, 0, 5200, 22400, 0, 22400, 0, 22400, 22400, 0),
  delivered_mg = c(0, 17000, 0, 5200, 22400, 0, 9000, 0, 22400, 21600, 0))
courses$follow_up_h <- ifelse(is.na(courses$death_h), end_h, courses$death_h)
# Worst grades of the logistic term (no onset).
logistic_grade <- c(0, 0, 2, 0, 1, 0, 0, 4, 0, 2, 0)

worst_of <- function(p, t) {
  if (terms$model[t + 1] == "logistic") return(logistic_grade[p + 1])
  g <- occ$grade[occ$patient == p & occ$term == t]
  if (length(g) == 0) 0 else max(g)
}
worst_over <- function(p, ts) max(sapply(ts, function(t) worst_of(p, t)))
at_risk_h <- function(p, has_event, counted) {
  onsets <- occ$onset_h[occ$patient == p & counted]
  if (has_event && length(onsets) > 0) min(onsets) else courses$follow_up_h[p + 1]
}

rows <- list()
incidence_rows <- function(key, has_event, exposure_years) {
  x <- sapply(arms$index, function(a) sum(sapply(which(arm_of == a) - 1, has_event)))
  n <- sapply(arms$index, function(a) sum(arm_of == a))
  for (i in seq_len(nrow(arms))) {
    p1 <- x[i] / n[i]; p0 <- x[1] / n[1]
    se <- sqrt(p1 * (1 - p1) / n[i] + p0 * (1 - p0) / n[1])
    rd <- if (arms$control[i]) NA else p1 - p0
    half <- if (arms$control[i]) NA else qnorm(1 - (1 - level) / 2) * se
    e <- exposure_years(arms$index[i])
    rows[[length(rows) + 1]] <<- c(key, list(arm = arms$id[i], day = NA, patients_at_risk = n[i], patients_with_event = x[i],
      incidence = p1, exposure_years = e, rate = 100 * x[i] / e, risk_difference = rd, rd_ci_lower = rd - half, rd_ci_upper = rd + half, value = NA))
  }
}
course_exposure <- function(has_event, counted_of) function(a) {
  sum(sapply(which(arm_of == a) - 1, function(p) at_risk_h(p, has_event(p), counted_of(p)))) / hours_per_year
}
in_grade <- function(worst, g) if (g == "any") worst > 0 else worst == as.numeric(g)

# Terms: grades any, 1 to the highest the model gives (at least 3); a logistic term is at risk for
# the planned period, a time-driven one until its first event of the row.
for (t in 0:2) {
  grades <- c("any", seq_len(max(3, terms$highest_grade[t + 1])))
  for (g in grades) {
    has <- function(p) in_grade(worst_of(p, t), g)
    key <- list(term = terms$term[t + 1], grade = g, soc = terms$soc[t + 1])
    exposure <- if (terms$model[t + 1] == "logistic") function(a) sum(arm_of == a) * (duration_days / 365.25)
      else course_exposure(has, function(p) occ$term == t & (g == "any" | occ$grade == suppressWarnings(as.numeric(g))))
    incidence_rows(key, has, exposure)
  }
}
# Organ classes, first-seen order.
for (soc in unique(terms$soc)) {
  ts <- which(terms$soc == soc) - 1
  for (g in c("any", seq_len(max(3, terms$highest_grade[ts + 1])))) {
    has <- function(p) in_grade(worst_over(p, ts), g)
    incidence_rows(list(term = "(any)", grade = g, soc = soc), has,
      course_exposure(has, function(p) occ$term %in% ts & (g == "any" | occ$grade == suppressWarnings(as.numeric(g)))))
  }
}
# Overview: any event and grade >= 3 read every term's worst grade (logistic too); the rest the occurrences.
overview <- list(
  any_ae = list(has = function(p) worst_over(p, 0:2) > 0, counted = rep(TRUE, nrow(occ))),
  grade_3_or_worse = list(has = function(p) worst_over(p, 0:2) >= 3, counted = occ$grade >= 3),
  serious = list(counted = occ$serious),
  led_to_interruption = list(counted = occ$action %in% c("interrupted", "interrupted-reduced")),
  led_to_reduction = list(counted = occ$action %in% c("reduced", "interrupted-reduced")),
  led_to_discontinuation = list(counted = occ$action == "discontinued"),
  death = list(counted = occ$grade == 5))
for (category in names(overview)) {
  entry <- overview[[category]]
  counted <- entry$counted
  has <- if (is.null(entry$has)) function(p) any(occ$patient == p & counted) else entry$has
  incidence_rows(list(term = "(any)", grade = category, soc = "(any)"), has, course_exposure(has, function(p) counted))
}
# Kaplan-Meier time to the first grade >= 3 event of a time-driven term, days.
severe <- sapply(0:10, function(p) { o <- occ$onset_h[occ$patient == p & occ$grade >= 3]; if (length(o) > 0) min(o) else NA })
km_time <- ifelse(is.na(severe), courses$follow_up_h, severe) / 24
km_event <- as.numeric(!is.na(severe))
landmarks <- c(28, 56)
for (i in seq_len(nrow(arms))) {
  sel <- arm_of == arms$index[i]
  fit <- survfit(Surv(km_time[sel], km_event[sel]) ~ 1)
  s <- summary(fit, times = landmarks, extend = TRUE)
  for (k in seq_along(landmarks)) {
    rows[[length(rows) + 1]] <- list(term = "(any)", grade = "km_free_of_grade_3_or_worse", soc = "(any)", arm = arms$id[i], day = landmarks[k],
      patients_at_risk = s$n.risk[k], patients_with_event = sum(km_event[sel] == 1 & km_time[sel] <= landmarks[k]), value = s$surv[k])
  }
  rows[[length(rows) + 1]] <- list(term = "(any)", grade = "km_median_days_to_grade_3_or_worse", soc = "(any)", arm = arms$id[i], day = NA,
    patients_at_risk = sum(sel), patients_with_event = sum(km_event[sel]), value = unname(quantile(fit, 0.5)$quantile))
}
# Relative dose intensity of the dosed arm: delivered / planned over its patients with a plan.
for (i in which(arms$dosed)) {
  rdi <- with(courses[arm_of == arms$index[i] & courses$planned_mg > 0, ], delivered_mg / planned_mg)
  rows[[length(rows) + 1]] <- list(term = "(any)", grade = "relative_dose_intensity_mean", soc = "(any)", arm = arms$id[i], day = NA, patients_at_risk = length(rdi), value = mean(rdi))
  rows[[length(rows) + 1]] <- list(term = "(any)", grade = "relative_dose_intensity_median", soc = "(any)", arm = arms$id[i], day = NA, patients_at_risk = length(rdi), value = median(rdi))
}

out <- list(
  input = list(duration_days = duration_days, confidence_level = level, arms = arms, arm_of = arm_of, terms = terms,
               occurrences = occ, courses = courses, logistic_term = 2, logistic_grade = logistic_grade),
  rows = rows)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "test/reference/safety-tables.json")
