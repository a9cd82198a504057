# twin-models.R -- reference fits of the twin model (the control-arm outcome model fitted on
# real patients, src/twin/fit-twin-model.ts) on the placebo arm of the Mayo Clinic PBC trial.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/twin-models.R
# Writes test/reference/twin-models.json
#
# cohorts/pbc.csv: the 312 randomised patients; trt 1 = D-penicillamine, 2 = placebo (154
# patients); status 0 censored, 1 transplant, 2 death; time in days. R 4.2.2, survival 3.5-3.
#   (a) lm(albumin ~ age + log(bili))                        -- continuous twin model
#   (b) glm(I(status == 2) ~ age + log(bili) + edema, binomial) -- binary twin model
#   (c) survreg(Surv(time, status == 2) ~ age + log(bili) + albumin), weibull and exponential
# Tight tolerances (glm epsilon 1e-14, survreg rel.tolerance 1e-14) so that R's own stopping
# error does not dominate the comparison, as in count-multiplicity-aft-extra.R.
#
# The endpoint parameters the twin model fills are also computed here in closed form:
# reference = mean of each (transformed) covariate over the fitting rows; continuous
# placebo_response = b0 + sum(b * reference) (= mean(albumin) for least squares with an
# intercept); binary logistic intercept = b0 + sum(b * reference); Weibull shape = 1 / scale,
# log hazard ratio = -b / scale, SE by the delta method on (b, log scale), scale_days =
# exp(b0 + sum(b * reference)); exponential rate_per_day = exp(-(b0 + sum(b * reference))).
# predictions: R's own prediction for the first three placebo patients (ids in `ids`): the
# fitted change (lm), event probability (glm) and median time (survreg quantile 0.5), which the
# simulator's formulas must reproduce from the filled parameters.

suppressPackageStartupMessages({ library(survival); library(jsonlite) })
pbc <- read.csv("cohorts/pbc.csv", stringsAsFactors = FALSE)
stopifnot(nrow(pbc) == 312)
placebo <- pbc[pbc$trt == 2, ]
first3 <- placebo[1:3, ]
stopifnot(nrow(placebo) == 154, !anyNA(placebo[, c("time", "status", "age", "bili", "albumin", "edema")]))
GLM_CTRL <- glm.control(epsilon = 1e-14, maxit = 100)
SURVREG_CTRL <- survreg.control(rel.tolerance = 1e-14, iter.max = 100, toler.chol = 1e-15)

table_of <- function(coefficients) {
  m <- coefficients
  list(names = rownames(m), estimate = unname(m[, 1]), standard_error = unname(m[, 2]),
       statistic = unname(m[, 3]), p_value = unname(m[, 4]))
}

# (a) continuous
lm_fit <- lm(albumin ~ age + log(bili), data = placebo)
lm_summary <- summary(lm_fit)
lm_reference <- c(age = mean(placebo$age), log_bili = mean(log(placebo$bili)))
lm_b <- coef(lm_fit)
lm_out <- list(
  model = "lm(albumin ~ age + log(bili), data = placebo)", n = nrow(placebo),
  coefficients = table_of(coef(lm_summary)), sigma = lm_summary$sigma, df_residual = lm_fit$df.residual,
  loglik = as.numeric(logLik(lm_fit)), confint = unname(confint(lm_fit, level = 0.95)),
  reference = as.list(lm_reference),
  placebo_response = unname(lm_b[1] + sum(lm_b[-1] * lm_reference)), mean_outcome = mean(placebo$albumin),
  ids = first3$id, predictions = unname(predict(lm_fit, newdata = first3)))

# (b) binary
glm_fit <- glm(I(status == 2) ~ age + log(bili) + edema, family = binomial, data = placebo, control = GLM_CTRL)
glm_reference <- c(age = mean(placebo$age), log_bili = mean(log(placebo$bili)), edema = mean(placebo$edema))
glm_b <- coef(glm_fit)
glm_out <- list(
  model = "glm(I(status == 2) ~ age + log(bili) + edema, binomial, data = placebo)", n = nrow(placebo),
  events = sum(placebo$status == 2), coefficients = table_of(coef(summary(glm_fit))),
  loglik = as.numeric(logLik(glm_fit)), deviance = deviance(glm_fit), confint_wald = unname(confint.default(glm_fit, level = 0.95)),
  reference = as.list(glm_reference), intercept_at_reference = unname(glm_b[1] + sum(glm_b[-1] * glm_reference)),
  ids = first3$id, predictions = unname(predict(glm_fit, newdata = first3, type = "response")))

# (c) time to event
surv_reference <- c(age = mean(placebo$age), log_bili = mean(log(placebo$bili)), albumin = mean(placebo$albumin))
survreg_out <- function(dist) {
  fit <- survreg(Surv(time, status == 2) ~ age + log(bili) + albumin, data = placebo, dist = dist, control = SURVREG_CTRL)
  b <- coef(fit)
  s <- fit$scale
  v <- vcov(fit)
  p <- length(b)
  # Delta method for gamma_j = -b_j / s = -b_j exp(-log s): gradient (-1/s, b_j/s) on (b_j, log s).
  ph_se <- sapply(seq_len(p), function(j) {
    g <- c(-1 / s, b[j] / s)
    idx <- if (dist == "weibull") c(j, p + 1) else j
    if (dist == "weibull") sqrt(drop(t(g) %*% v[idx, idx] %*% g)) else sqrt(v[j, j])
  })
  lp_ref <- unname(b[1] + sum(b[-1] * surv_reference))
  list(
    model = sprintf("survreg(Surv(time, status == 2) ~ age + log(bili) + albumin, dist = \"%s\", data = placebo)", dist),
    n = nrow(placebo), events = sum(placebo$status == 2),
    coefficients = table_of(summary(fit)$table), scale = s, loglik = fit$loglik[2],
    ph = list(shape = 1 / s, log_hazard_ratio = unname(-b[-1] / s), standard_error = unname(ph_se[-1]),
              hazard_ratio_ci_lower = unname(exp(-b[-1] / s - qnorm(0.975) * ph_se[-1])),
              hazard_ratio_ci_upper = unname(exp(-b[-1] / s + qnorm(0.975) * ph_se[-1]))),
    reference = as.list(surv_reference),
    scale_days = exp(lp_ref), rate_per_day = exp(-lp_ref),
    ids = first3$id, predictions = unname(predict(fit, newdata = first3, type = "quantile", p = 0.5)))
}

out <- list(
  generated_by = "test/reference/twin-models.R", r_version = R.version.string,
  survival_version = as.character(packageVersion("survival")),
  rows = "trt == 2 (placebo), 154 patients",
  linear = lm_out, logistic = glm_out, weibull = survreg_out("weibull"), exponential = survreg_out("exponential"))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/twin-models.json")
