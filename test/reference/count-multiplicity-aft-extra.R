# count-multiplicity-aft-extra.R -- extra reference values for twin-trial's count
# regression (Poisson, negative binomial), multiplicity adjustments and Weibull /
# exponential AFT regression, beyond the blocks of shared/reference/models.json.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/count-multiplicity-aft-extra.R
# Writes test/reference/count-multiplicity-aft-extra.json
#
# R 4.2.2, MASS 7.3-58.2, survival 3.5-3 (Debian packages). Numbers are written with
# jsonlite digits = NA (15 significant digits). Fits are converged as in models.R:
# glm.control(epsilon = 1e-14, maxit = 100) then one more IRLS pass from the estimates
# (so that standard errors use the weights at the estimates); survreg.control(
# rel.tolerance = 1e-14, iter.max = 100, toler.chol = 1e-15); negative binomial theta
# re-solved with theta.ml(eps = 1e-13) alternating with glm at fixed theta.

suppressPackageStartupMessages({
  library(survival)
  library(MASS)
  library(jsonlite)
})

GLM_CTRL <- glm.control(epsilon = 1e-14, maxit = 100)
SURVREG_CTRL <- survreg.control(rel.tolerance = 1e-14, iter.max = 100, toler.chol = 1e-15)
glm2 <- function(formula, family, data) {
  f <- glm(formula, family = family, data = data, control = GLM_CTRL)
  g <- glm(formula, family = family, data = data, control = GLM_CTRL, start = coef(f))
  stopifnot(f$converged, g$converged)
  g$iter <- f$iter
  g
}

## ---------------------------------------------------------------- p.adjust
p_sets <- list(
  doc_example = c(0.01, 0.04, 0.03, 0.005),
  two = c(0.03, 0.02),
  three_tied = c(0.02, 0.02, 0.5),
  with_zero_and_one = c(0, 1, 0.5, 0.5, 0.001),
  all_equal = c(0.3, 0.3, 0.3, 0.3),
  one = 0.2,
  twenty_rounded = local({ set.seed(2024); round(runif(20)^3, 3) }))
methods <- c("bonferroni", "holm", "hochberg", "hommel", "BH")
p_adjust <- lapply(p_sets, function(p) c(list(p = p),
  setNames(lapply(methods, function(m) p.adjust(p, m)), methods)))

## ---------------------------------------------------------------- counts
set.seed(42)
n <- 80
cnt <- data.frame(treat = rep(0:1, n / 2), age = round(rnorm(n, 60, 10), 1),
                  years = round(runif(n, 0.5, 2), 2))
cnt$y <- rnbinom(n, size = 0.8, mu = cnt$years * exp(-0.5 - 0.4 * cnt$treat + 0.02 * (cnt$age - 60)))

po <- glm2(y ~ treat + age + offset(log(years)), poisson(), cnt)
po_no_intercept <- glm2(y ~ 0 + factor(treat) + offset(log(years)), poisson(), cnt)
nb_fit <- glm.nb(y ~ treat + age + offset(log(years)), data = cnt, control = GLM_CTRL)
th <- nb_fit$theta
for (i in 1:200) {
  g <- glm(y ~ treat + age + offset(log(years)), family = negative.binomial(th), data = cnt,
           control = GLM_CTRL, start = coef(nb_fit))
  th_new <- as.numeric(theta.ml(cnt$y, fitted(g), limit = 100, eps = 1e-13))
  if (abs(th_new / th - 1) < 1e-15) { th <- th_new; break }
  th <- th_new
}
nb <- glm2(y ~ treat + age + offset(log(years)), negative.binomial(th), cnt)
# glm's IRLS is Fisher scoring, which converges only linearly for the negative binomial (a
# non-canonical link): its deviance criterion leaves these coefficients ~1e-9 from the root of
# the score. Polish by Newton-Raphson with the observed information at fixed theta,
# alternating with theta.ml, until both settle; the standard errors (Fisher information at
# fixed theta, as glm.nb) are then evaluated at the polished estimates.
X <- cbind(1, cnt$treat, cnt$age); off <- log(cnt$years)
b <- coef(nb)
for (i in 1:50) {
  for (j in 1:5) {
    mu <- drop(exp(X %*% b + off))
    u <- drop(t(X) %*% ((cnt$y - mu) / (1 + mu / th)))
    h <- t(X) %*% ((mu * (1 + cnt$y / th) / (1 + mu / th)^2) * X)
    b <- b + drop(solve(h, u))
  }
  th_new <- as.numeric(theta.ml(cnt$y, drop(exp(X %*% b + off)), limit = 100, eps = 1e-13))
  if (abs(th_new / th - 1) < 1e-15) { th <- th_new; break }
  th <- th_new
}
nb_mu <- drop(exp(X %*% b + off))
nb_se <- sqrt(diag(solve(t(X) %*% ((nb_mu / (1 + nb_mu / th)) * X))))
nb_dev <- sum(negative.binomial(th)$dev.resids(cnt$y, nb_mu, 1))
nb_null <- glm2(y ~ 1 + offset(log(years)), negative.binomial(th), cnt)$deviance
glm_out <- function(g) list(coefficients = unname(coef(g)),
  se = unname(sqrt(diag(summary(g, dispersion = 1)$cov.scaled))),
  deviance = g$deviance, null_deviance = g$null.deviance, df_residual = g$df.residual,
  iterations = g$iter)
nb_intercept <- glm.nb(y ~ 1, data = data.frame(y = c(0, 0, 1, 7)), control = GLM_CTRL)
nb_intercept_theta <- as.numeric(theta.ml(c(0, 0, 1, 7), rep(2, 4), limit = 100, eps = 1e-13))
theta_small <- theta.ml(c(0, 1, 5), c(2, 2, 2))
theta_small_tight <- theta.ml(c(0, 1, 5), c(2, 2, 2), limit = 100, eps = 1e-13)
counts <- list(
  inputs = as.list(cnt),
  poisson = c(glm_out(po), list(loglik = as.numeric(logLik(po)), aic = AIC(po),
              pearson_chisq = sum(residuals(po, type = "pearson")^2))),
  poisson_no_intercept = c(list(model = "glm(y ~ 0 + factor(treat) + offset(log(years)), poisson)"),
                           glm_out(po_no_intercept)),
  negative_binomial = list(coefficients = unname(b), se = unname(nb_se), deviance = nb_dev,
    null_deviance = nb_null, df_residual = nb$df.residual,
    theta = th, se_theta = attr(theta.ml(cnt$y, nb_mu, limit = 100, eps = 1e-13), "SE"),
    loglik = sum(dnbinom(cnt$y, size = th, mu = nb_mu, log = TRUE)),
    glm_nb_as_returned = list(theta = nb_fit$theta, se_theta = nb_fit$SE.theta,
                              coefficients = unname(coef(nb_fit)), twice_loglik = nb_fit$twologlik)),
  nb_intercept_only = list(y = c(0, 0, 1, 7), coefficient = unname(coef(nb_intercept)),
                           theta_glm_nb = nb_intercept$theta, theta = nb_intercept_theta),
  theta_ml_small = list(y = c(0, 1, 5), mu = c(2, 2, 2), theta_default = as.numeric(theta_small),
                        se_default = attr(theta_small, "SE"), theta_tight = as.numeric(theta_small_tight),
                        se_tight = attr(theta_small_tight, "SE")),
  note = paste("counts simulated with set.seed(42): rnbinom(size = 0.8, mu = years * exp(-0.5 - 0.4 treat + 0.02 (age - 60)));",
               "se with dispersion 1 (Fisher information at fixed theta for the negative binomial);",
               "negative_binomial coefficients polished by Newton-Raphson at fixed theta (see the script; glm's own stop ~1e-9 short);",
               "nb_intercept_only: the fitted mean is mean(y) = 2 for any theta, theta from theta.ml at mu = 2 (eps 1e-13);",
               "theta_ml_small: MASS::theta.ml with its defaults (limit 10, eps .Machine$double.eps^0.25) and tight (limit 100, eps 1e-13)"))

## ---------------------------------------------------------------- AFT
aft_fit <- function(formula, data, dist) {
  f <- survreg(formula, data = data, dist = dist, control = SURVREG_CTRL)
  list(coefficients = unname(coef(f)), vcov = unname(lapply(seq_len(nrow(vcov(f))), function(i) unname(vcov(f)[i, ]))),
       scale = f$scale, loglik = f$loglik[2], iterations = unname(f$iter))
}
doubling <- data.frame(time = c(1, 2, 4, 8), event = 1)
two_group <- data.frame(time = c(5, 8, 12, 3, 9, 15, 20, 7, 11, 2),
                        event = c(1, 0, 1, 1, 1, 0, 1, 1, 0, 1),
                        group = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
aft <- list(
  doubling = c(list(inputs = as.list(doubling)),
               weibull = list(aft_fit(Surv(time, event) ~ 1, doubling, "weibull"))),
  two_group = c(list(inputs = as.list(two_group)),
                weibull = list(aft_fit(Surv(time, event) ~ group, two_group, "weibull")),
                exponential = list(aft_fit(Surv(time, event) ~ group, two_group, "exponential"))),
  note = "survreg with SURVREG_CTRL; vcov over (coefficients, Log(scale)) for the Weibull; loglik on the time scale")

out <- list(generated_by = "test/reference/count-multiplicity-aft-extra.R",
            r_version = R.version.string,
            packages = list(MASS = as.character(packageVersion("MASS")),
                            survival = as.character(packageVersion("survival"))),
            p_adjust = p_adjust, counts = counts, aft = aft)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "test/reference/count-multiplicity-aft-extra.json")
