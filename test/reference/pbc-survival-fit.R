# pbc-survival-fit.R -- the baseline hazard and covariate effects of trial-specs/pbc-survival.yaml,
# estimated on the real Mayo Clinic PBC trial.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/pbc-survival-fit.R
# Writes test/reference/pbc-survival-fit.json
#
# Event: death or liver transplantation (status >= 1), time in days, the 312 randomised
# patients. A Weibull proportional-hazards model (survival::survreg, AFT form converted to
# PH form: log hazard ratio = -beta / scale, shape = 1 / scale) with age, log(bili) and
# albumin, centred at reference values, and the trial arm (D-penicillamine vs placebo,
# whose effect the simulated trial replaces by its own drug). R 4.2.2, survival 3.5-3.

suppressPackageStartupMessages({ library(survival); library(jsonlite) })
pbc <- read.csv("cohorts/pbc.csv", stringsAsFactors = FALSE)
stopifnot(nrow(pbc) == 312)
ref <- list(age = 50, log_bili = log(1.4), albumin = 3.5)
d <- data.frame(time = pbc$time, event = as.integer(pbc$status >= 1),
                age_c = pbc$age - ref$age, log_bili_c = log(pbc$bili) - ref$log_bili,
                albumin_c = pbc$albumin - ref$albumin, treat = as.integer(pbc$trt == 1))
fit <- survreg(Surv(time, event) ~ age_c + log_bili_c + albumin_c + treat, data = d, dist = "weibull",
               control = survreg.control(rel.tolerance = 1e-14, iter.max = 100, toler.chol = 1e-15))
b <- coef(fit); s <- fit$scale
shape <- 1 / s
# Reference patient (all centred covariates 0, placebo): S(t) = exp(-(t / scale_days)^shape), scale_days = exp(intercept).
scale_days <- unname(exp(b["(Intercept)"]))
median_days <- scale_days * log(2)^(1 / shape)
ph <- -b[-1] / s
km <- survfit(Surv(time, event) ~ treat, data = d)
out <- list(
  generated_by = "test/reference/pbc-survival-fit.R", r_version = R.version.string,
  survival_version = as.character(packageVersion("survival")),
  event = "death or transplant (status >= 1)", n = nrow(d), events = sum(d$event),
  reference = ref,
  aft = list(coefficients = as.list(b), scale = s, loglik = fit$loglik[2]),
  ph = list(shape = shape, scale_days = scale_days, median_days = median_days,
            log_hazard_ratio = list(age = unname(ph["age_c"]), log_bili = unname(ph["log_bili_c"]),
                                    albumin = unname(ph["albumin_c"]), treat = unname(ph["treat"]))),
  real_trial = list(
    logrank = with(survdiff(Surv(time, event) ~ treat, data = d), list(chisq = chisq, p = pchisq(chisq, 1, lower.tail = FALSE))),
    km_at_days = lapply(split(seq_len(nrow(d)), ifelse(d$treat == 1, "D-penicillamine", "placebo")), function(rows) {
      s1 <- summary(survfit(Surv(time, event) ~ 1, data = d[rows, ]), times = c(365.25, 730.5, 1461, 2922))
      list(days = s1$time, survival = s1$surv)
    }),
    median_days = unname(summary(km)$table[, "median"]),
    # The report's log-log intervals (conf.type = "log-log") at the same days, and the medians
    # with their Brookmeyer-Crowley limits, by arm (placebo = treat 0, D-penicillamine = treat 1).
    log_log = lapply(split(seq_len(nrow(d)), ifelse(d$treat == 1, "D-penicillamine", "placebo")), function(rows) {
      f <- survfit(Surv(time, event) ~ 1, data = d[rows, ], conf.type = "log-log")
      s1 <- summary(f, times = c(365.25, 730.5, 1461, 2922))
      q <- quantile(f, 0.5)
      list(n = length(rows), events = sum(d$event[rows]), n_risk = s1$n.risk, lower = s1$lower, upper = s1$upper,
           median = unname(q$quantile), median_lower = unname(q$lower), median_upper = unname(q$upper))
    })))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/pbc-survival-fit.json")
