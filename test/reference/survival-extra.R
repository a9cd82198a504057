# survival-extra.R -- reference values for twin-trial's time-to-event statistics beyond the
# shared reference set (shared/reference stats.json `survival`, models.json `survival_extras`,
# both on pbc): small hand-made data sets with the edge cases the pbc data do not reach --
# ties everywhere, all events at one time, curves flat at S = 0.5 (the median midpoint rules of
# quantile.survfit), a curve that stops at 0.5, three groups with one that nobody in is at
# risk at any event, strata with Efron ties, a rescaled covariate, and monotone likelihood.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/survival-extra.R
# Writes test/reference/survival-extra.json. R 4.2.2, survival 3.5-3, jsonlite.
#
# Conventions: event 1 = event, 0 = censored; groups and strata are integer codes from 0.
# Kaplan-Meier rows are summary(survfit, times = ..., extend = TRUE); se_log is survfit's
# std.err (Greenwood, on log S); medians are quantile(survfit, 0.5) with conf.int 0.95.
# Cox fits use coxph.control(eps = 1e-14, iter.max = 100, toler.chol = 1e-15) unless `default_control` is TRUE
# (then R's defaults eps = 1e-9, iter.max = 20, to pin the iteration count and path).

suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})

km_block <- function(time, event, at) {
  out <- list(time = time, event = event, at = at)
  for (ct in c("log", "log-log", "plain")) {
    f <- survfit(Surv(time, event) ~ 1, conf.type = ct)
    s <- summary(f, times = at, extend = TRUE)
    q <- quantile(f, probs = 0.5)
    key <- gsub("-", "_", ct)
    out[[key]] <- list(n_risk = s$n.risk, survival = s$surv, se_survival = s$std.err,
                       lower = s$lower, upper = s$upper,
                       median = unname(c(q$quantile, q$lower, q$upper)))
  }
  # survfit's own std.err (of log S) at the step at or before each time; Inf after everyone at
  # risk died, which JSON cannot hold: written as null with se_log_infinite = TRUE
  f <- survfit(Surv(time, event) ~ 1)
  se_log <- c(0, f$std.err)[findInterval(at, f$time) + 1]
  out$se_log_infinite <- is.infinite(se_log)
  out$se_log <- ifelse(is.infinite(se_log), NA, se_log)
  out
}

logrank_block <- function(time, event, group, strata = NULL) {
  s <- if (is.null(strata)) survdiff(Surv(time, event) ~ group)
       else survdiff(Surv(time, event) ~ group + strata(strata))
  obs <- if (is.matrix(s$obs)) rowSums(s$obs) else s$obs
  ex <- if (is.matrix(s$exp)) rowSums(s$exp) else s$exp
  df <- sum(ex > 0) - 1
  list(time = time, event = event, group = group, strata = strata,
       groups_present = sort(unique(group)),
       chisq = unname(s$chisq), df = df, p = pchisq(unname(s$chisq), df, lower.tail = FALSE),
       observed = unname(obs), expected = unname(ex))
}

cox_block <- function(time, event, covariates, ties, strata = NULL, default_control = FALSE) {
  x <- do.call(cbind, covariates)
  ctrl <- if (default_control) coxph.control() else coxph.control(eps = 1e-14, iter.max = 100, toler.chol = 1e-15)
  fit <- suppressWarnings(
    if (is.null(strata)) coxph(Surv(time, event) ~ x, ties = ties, control = ctrl)
    else coxph(Surv(time, event) ~ x + strata(strata), ties = ties, control = ctrl))
  s <- summary(fit)
  b <- unname(coef(fit))
  v <- unname(vcov(fit))
  list(time = time, event = event, covariates = unname(covariates), strata = strata, ties = ties,
       default_control = default_control,
       coefficients = b, se = sqrt(diag(v)), covariance = v,
       loglik_null = fit$loglik[1], loglik_fit = fit$loglik[2],
       score = unname(s$sctest["test"]), score_p = unname(s$sctest["pvalue"]),
       lr = unname(s$logtest["test"]), lr_p = unname(s$logtest["pvalue"]),
       wald = drop(t(b) %*% solve(v) %*% b), iterations = fit$iter)
}

## ------------------------------------------------------------ data
# ties everywhere: 16 patients on 5 distinct times
tied <- list(
  time  = c(1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5),
  event = c(1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0),
  group = c(0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1),
  x     = c(0.5, 1.2, -0.3, 2.0, 0.1, -1.1, 0.7, 1.5, -0.4, 0.9, 0.2, -0.8, 1.1, 0.0, 0.3, -0.6),
  strata = c(0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0))
# all events at one time
one_time <- list(time = rep(5, 6), event = rep(1, 6), x = c(0, 1, 0, 1, 1, 0.5))
# three groups; group 2 is censored before the first event (no one at risk in it at any event)
three <- list(
  time  = c(3, 5, 6, 8, 9, 12, 4, 7, 7, 10, 11, 13, 1, 2, 2),
  event = c(1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0),
  group = c(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2),
  strata = c(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0))
# monotone likelihood: every event in group 1
monotone <- list(time = c(1, 2, 3, 4, 5, 6, 7, 8), event = c(1, 0, 1, 0, 1, 0, 1, 0),
                 x = c(1, 0, 1, 0, 1, 0, 1, 0))

## ------------------------------------------------------------ blocks
out <- list(
  generated_by = "test/reference/survival-extra.R",
  r_version = R.version.string,
  packages = list(survival = as.character(packageVersion("survival")),
                  jsonlite = as.character(packageVersion("jsonlite"))),
  kaplan_meier = list(
    tied = km_block(tied$time, tied$event, c(0.5, 1, 2, 2.5, 3, 4, 5, 6)),
    all_events = km_block(c(1, 2, 3, 4), c(1, 1, 1, 1), c(1, 2, 2.5, 3, 4)),
    ends_at_half = km_block(c(1, 2, 3, 4, 5), c(0, 1, 1, 0, 0), c(1, 2, 3, 5)),
    flat_half_then_drop = km_block(c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 1, 0), c(2, 3, 4, 5, 6)),
    # 11/12 * 10/11 * ... * 6/7 rounds to 0.4999999999999999: quantile's tolerance still sees 0.5
    rounded_half = km_block(1:12, c(1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0), c(6, 7, 8)),
    never_half = km_block(c(2, 3, 5, 7, 11, 13), c(1, 0, 0, 1, 0, 0), c(2, 7, 13)),
    one_time = km_block(one_time$time, one_time$event, c(4, 5, 6))),
  logrank = list(
    tied = logrank_block(tied$time, tied$event, tied$group),
    tied_stratified = logrank_block(tied$time, tied$event, tied$group, tied$strata),
    three_groups = logrank_block(three$time, three$event, three$group),
    three_groups_stratified = logrank_block(three$time, three$event, three$group, three$strata)),
  cox = list(
    tied_efron = cox_block(tied$time, tied$event, list(tied$group, tied$x), "efron"),
    tied_breslow = cox_block(tied$time, tied$event, list(tied$group, tied$x), "breslow"),
    tied_efron_stratified = cox_block(tied$time, tied$event, list(tied$group, tied$x), "efron", tied$strata),
    tied_breslow_stratified = cox_block(tied$time, tied$event, list(tied$group, tied$x), "breslow", tied$strata),
    tied_efron_scaled = cox_block(tied$time, tied$event, list(tied$group, 1000 * tied$x), "efron"),
    tied_efron_default = cox_block(tied$time, tied$event, list(tied$group, tied$x), "efron", default_control = TRUE),
    one_time_efron = cox_block(one_time$time, one_time$event, list(one_time$x), "efron"),
    one_time_breslow = cox_block(one_time$time, one_time$event, list(one_time$x), "breslow"),
    monotone_default = cox_block(monotone$time, monotone$event, list(monotone$x), "efron", default_control = TRUE)),
  note = paste(
    "kaplan_meier.*.{log,log_log,plain}: summary(survfit(conf.type = ...), times = at, extend = TRUE) and",
    "quantile(.., 0.5) as [median, lower, upper] (null = NA, not reached); se_survival = S * se_log;",
    "logrank: survdiff, df = number of groups with expected > 0 minus 1, observed/expected summed over strata;",
    "cox: coxph(Surv(time, event) ~ x [+ strata(strata)]) with one column per covariate, eps 1e-14 unless",
    "default_control; wald = b' V^-1 b; monotone_default is R's answer to monotone likelihood (R warns that",
    "the coefficient may be infinite): its value depends on the iteration path, which twin-trial copies"))

write_json(out, "test/reference/survival-extra.json", digits = NA, auto_unbox = TRUE,
           pretty = TRUE, na = "null")
cat("wrote test/reference/survival-extra.json\n")
