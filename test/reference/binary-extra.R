# binary-extra.R -- reference values for twin-trial's binary-endpoint statistics beyond the
# shared reference set (shared/reference stats.json two_by_two, models.json binary_extras and
# logistic): more 2 x 2 tables (zero cells, a degenerate table, small p values), one-sided
# Fisher p values, exact conditional odds-ratio intervals at another level, 40 random tables
# (arms of 5 to 2000 patients), Wald z and p of
# the log relative risk and log odds ratio, Clopper-Pearson and Wilson intervals at other
# levels, and what R's glm does under separation.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/binary-extra.R
# Writes test/reference/binary-extra.json. R 4.2.2, base packages and jsonlite only.
#
# Layout of a table: a = treatment events, b = treatment non-events, c = control events,
# d = control non-events; R's matrix is rbind(c(a, b), c(c, d)) (treatment first row,
# event first column), so fisher.test's odds ratio is treatment / control.

suppressPackageStartupMessages(library(jsonlite))

# Same definitions as stats::fisher.test, solved on log(ncp) with uniroot(tol = 1e-13):
# a copy of shared/reference/stats.R's fisher_precise with the level as an argument.
fisher_precise <- function(a, b, c, d, conf = 0.95) {
  m <- a + c; n <- b + d; k <- a + b; x <- a
  lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dn <- function(lncp) { v <- logdc + lncp * support; v <- exp(v - max(v)); v / sum(v) }
  mn <- function(lncp) sum(support * dn(lncp))
  tail_lo <- function(lncp) sum(dn(lncp)[support <= x])   # P(X <= x)
  tail_hi <- function(lncp) sum(dn(lncp)[support >= x])   # P(X >= x)
  solve <- function(f) exp(uniroot(f, c(-60, 60), tol = 1e-13, maxiter = 10000)$root)
  alpha <- (1 - conf) / 2
  est <- if (x == lo) 0 else if (x == hi) Inf else solve(function(l) mn(l) - x)
  lower <- if (x == lo) 0 else solve(function(l) tail_hi(l) - alpha)
  upper <- if (x == hi) Inf else solve(function(l) tail_lo(l) - alpha)
  list(odds_ratio_conditional_mle = est, ci_conditional = c(lower, upper))
}

wilson <- function(x, n, conf) {
  z <- qnorm(1 - (1 - conf) / 2)
  centre <- (x + z^2 / 2) / (n + z^2)
  half <- z / (n + z^2) * sqrt(x * (n - x) / n + z^2 / 4)
  pmin(1, pmax(0, c(centre - half, centre + half)))   # clamped, as prop.test
}
newcombe <- function(a, n1, c, n2, conf) {
  p1 <- a / n1; p2 <- c / n2
  w1 <- wilson(a, n1, conf); w2 <- wilson(c, n2, conf)
  d <- p1 - p2
  c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2),
    d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
chisq <- function(tab, correct) {
  r <- suppressWarnings(chisq.test(tab, correct = correct))
  list(statistic = unname(r$statistic), p = r$p.value)
}
wald_log <- function(log_estimate, se, conf) {
  z975 <- qnorm(1 - (1 - conf) / 2)
  z <- log_estimate / se
  list(estimate = exp(log_estimate), se_log = se, z = z, p_two_sided = 2 * pnorm(-abs(z)),
       ci = exp(log_estimate + c(-1, 1) * z975 * se))
}

table_block <- function(a, b, c, d, label) {
  tab <- matrix(c(a, c, b, d), 2, 2)
  n1 <- a + b; n2 <- c + d
  fisher_p <- function(alt) fisher.test(tab, alternative = alt)$p.value
  out <- list(
    label = label,
    inputs = list(a_treatment_event = a, b_treatment_no_event = b,
                  c_control_event = c, d_control_no_event = d),
    fisher_p = list(two_sided = fisher_p("two.sided"), less = fisher_p("less"), greater = fisher_p("greater")),
    chisq_no_correction = chisq(tab, FALSE),
    chisq_yates = chisq(tab, TRUE),
    newcombe_95 = newcombe(a, n1, c, n2, 0.95),
    newcombe_90 = newcombe(a, n1, c, n2, 0.90))
  if (a + c > 0 && b + d > 0) {
    out$fisher_precise_95 <- fisher_precise(a, b, c, d, 0.95)
    out$fisher_precise_90 <- fisher_precise(a, b, c, d, 0.90)
  }
  if (a > 0 && c > 0) {   # the relative risk needs events in both arms only
    out$relative_risk_95 <- wald_log(log((a / n1) / (c / n2)), sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2), 0.95)
  }
  if (min(a, b, c, d) > 0) {
    out$odds_ratio_95 <- wald_log(log(a * d / (b * c)), sqrt(1 / a + 1 / b + 1 / c + 1 / d), 0.95)
    out$odds_ratio_90 <- wald_log(log(a * d / (b * c)), sqrt(1 / a + 1 / b + 1 / c + 1 / d), 0.90)
  }
  out
}

tables <- list(
  pbc_death_or_transplant_by_arm = table_block(75, 83, 69, 85, "pbc: death or transplant (status >= 1) by arm"),
  hand_made_zero_cell = table_block(0, 12, 4, 7, "no event in the treatment arm (x at the lower end of the support)"),
  all_events_treatment = table_block(12, 0, 4, 7, "every treatment patient has the event (x at the upper end)"),
  no_events = table_block(0, 10, 0, 10, "no event in either arm (degenerate: support of one point)"),
  unbalanced = table_block(3, 197, 15, 85, "unequal arms, small p values"),
  symmetric = table_block(5, 5, 5, 5, "symmetric table: odds ratio 1, ties in the two-sided Fisher sum"),
  rare = table_block(1, 499, 9, 491, "rare events"))

# 40 random tables, arms of 5 to 2000 patients (set.seed(7), risks uniform on (0, 1)): the
# conditional odds ratio and Fisher p values away from the hand-picked cases above.
set.seed(7)
random_tables <- list()
for (i in 1:40) {
  n1 <- sample(c(5, 20, 100, 500, 2000), 1); n2 <- sample(c(5, 20, 100, 500, 2000), 1)
  a <- rbinom(1, n1, runif(1)); c <- rbinom(1, n2, runif(1))
  if (a + c == 0 || a + c == n1 + n2) next     # one possible table: nothing to solve
  tab <- matrix(c(a, c, n1 - a, n2 - c), 2, 2)
  random_tables[[length(random_tables) + 1]] <- list(
    inputs = list(a_treatment_event = a, b_treatment_no_event = n1 - a, c_control_event = c, d_control_no_event = n2 - c),
    fisher_p = list(two_sided = fisher.test(tab)$p.value, less = fisher.test(tab, alternative = "less")$p.value,
                    greater = fisher.test(tab, alternative = "greater")$p.value),
    fisher_precise_95 = fisher_precise(a, n1 - a, c, n2 - c, 0.95))
}

proportion_block <- function(x, n) {
  cp <- function(conf) unname(as.numeric(binom.test(x, n, conf.level = conf)$conf.int))
  list(inputs = list(x = x, n = n),
       clopper_pearson_90 = cp(0.90), clopper_pearson_99 = cp(0.99),
       wilson_90 = wilson(x, n, 0.90), wilson_99 = wilson(x, n, 0.99))
}
proportions <- list(
  p_7_of_10 = proportion_block(7, 10),
  p_3_of_1000 = proportion_block(3, 1000),
  p_999_of_1000 = proportion_block(999, 1000),
  p_1_of_1 = proportion_block(1, 1),
  p_0_of_1 = proportion_block(0, 1))

# glm under complete and quasi-complete separation: R warns ("fitted probabilities
# numerically 0 or 1 occurred") and reports whatever its iterations reached.
separation_block <- function(x, y, label) {
  warnings_seen <- character(0)
  fit <- withCallingHandlers(glm(y ~ x, family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100)),
                             warning = function(w) { warnings_seen <<- c(warnings_seen, conditionMessage(w)); invokeRestart("muffleWarning") })
  list(label = label, inputs = list(x = x, y = y), converged = fit$converged, iterations = fit$iter,
       coefficients = unname(coef(fit)), deviance = fit$deviance,
       max_fitted = max(fitted(fit)), min_fitted = min(fitted(fit)), warnings = warnings_seen)
}
separation <- list(
  complete = separation_block(c(1, 2, 3, 4, 5, 6), c(0, 0, 0, 1, 1, 1), "complete separation at x = 3.5"),
  quasi_complete = separation_block(c(1, 2, 3, 3, 4, 5), c(0, 0, 0, 1, 1, 1), "quasi-complete separation: x = 3 has both outcomes"))

out <- list(
  generated_by = "test/reference/binary-extra.R",
  r_version = R.version.string,
  two_by_two = tables,
  non_finite_note = "Inf, -Inf and NaN are written as the strings \"Infinity\", \"-Infinity\" and \"NaN\"",
  two_by_two_note = paste(
    "fisher_p from fisher.test (two-sided: sum of probabilities <= the observed one, relative tolerance 1e-7);",
    "fisher_precise_* = conditional MLE and exact CI solved on log(ncp) with uniroot(tol = 1e-13), absent when a",
    "margin is zero; chisq from chisq.test (statistic and p NaN when a margin is zero); newcombe = method 10",
    "with Wilson limits clamped to [0, 1]; relative_risk (absent without events in an arm) / odds_ratio (absent with a zero cell) = Wald on the log scale"),
  random_tables = random_tables,
  single_proportion = proportions,
  single_proportion_note = "clopper_pearson from binom.test; wilson = prop.test(correct = FALSE) formula, clamped to [0, 1]",
  logistic_separation = separation)
# jsonlite writes Inf, -Inf and NaN as null: write them as the strings "Infinity", "-Infinity"
# and "NaN" instead (what JavaScript's Number() reads back), keeping other numbers as numbers.
encode_non_finite <- function(x) {
  if (is.list(x)) return(lapply(x, encode_non_finite))
  if (!is.numeric(x) || all(is.finite(x))) return(x)
  as_text <- function(v) if (is.nan(v)) "NaN" else if (is.infinite(v)) (if (v > 0) "Infinity" else "-Infinity") else v
  if (length(x) == 1) as_text(x) else lapply(x, as_text)
}
out <- encode_non_finite(out)
write_json(out, "test/reference/binary-extra.json", digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
