# safety-primitives.R -- reference values for the adverse-event primitives of src/safety:
# proportional-odds grade probabilities (by hand with plogis, and MASS::polr's predict), log-normal
# durations (qlnorm), piecewise-constant hazard onsets (findInterval on the cumulative hazard), and
# plogis for logisticProbability.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/safety-primitives.R
# Writes test/reference/safety-primitives.json. R 4.2.2, MASS 7.3-58.2, jsonlite 1.8.4.
# jsonlite writes 15 significant digits, so every input is chosen (or rounded with signif) to
# 15 digits first: R and the tests then start from the same doubles.
#
# Sign conventions. twin-trial: logit P(grade >= g) = theta_g + beta * x, g = 2..K, theta
# non-increasing, so P(grade = g) = -diff(c(1, plogis(theta + beta * x), 0)).
# MASS::polr: logit P(grade <= k) = zeta_k - beta * x, k = 1..K-1, zeta increasing, so
# P(grade = g) = diff(c(0, plogis(zeta - beta * x), 1)) and theta_g = -zeta_{g-1}.
suppressPackageStartupMessages({ library(MASS); library(jsonlite) })
set.seed(20261127)

by_hand <- function(theta, beta, x) {
  exceedance <- plogis(theta + beta * x)
  list(intercepts = theta, slope = beta, exposure = x, exceedance = exceedance,
       probabilities = -diff(c(1, exceedance, 0)),
       polr_convention = diff(c(0, plogis(-theta - beta * x), 1)))
}
cases <- list(
  by_hand(c(-1.2, -2.5, -3.9, -6.1), 0.8, 1.7),
  by_hand(c(-1.2, -2.5, -3.9, -6.1), 0.8, 0),
  by_hand(c(2, 0.5, -0.25, -4), -1.3, 2.25),
  by_hand(c(0.3, 0.3, -2, -2), 0.05, 40),
  by_hand(c(-0.7, -3.2), 1.1, 0.6),
  by_hand(c(1.5), 2, -0.4),
  by_hand(c(-20, -25, -30, -35), 0.5, 3))

# A real polr fit on simulated grades, then predict() at a few exposures with its cutpoints and
# slope rounded to 15 digits (written below), so R and the tests use the same model.
n <- 400
exposure <- round(rexp(n, 1 / 2), 3)
latent <- 0.9 * exposure + rlogis(n)
grade <- cut(latent, c(-Inf, 1.5, 3, 4.5, 6.5, Inf), labels = 1:5, ordered_result = TRUE)
fit <- polr(grade ~ exposure, method = "logistic")
fit$zeta <- signif(fit$zeta, 15)
fit$coefficients <- signif(fit$coefficients, 15)
new_exposure <- c(0, 0.5, 1.25, 2, 3.5, 5, 8)
polr_fit <- list(zeta = unname(fit$zeta), coefficient = unname(fit$coefficients),
                 exposure = new_exposure,
                 probabilities = unname(predict(fit, data.frame(exposure = new_exposure), type = "probs")))

# qlnorm(u, log(median), log(gsd)) on a grid, gsd = 1 included.
lognormal <- expand.grid(uniform = c(1e-10, 0.001, 0.025, 0.2, 0.5, 0.7, 0.975, 0.999999),
                         median_h = c(0.5, 24, 336), geometric_sd = c(1, 1.2, 2.5, 6))
lognormal$quantile <- qlnorm(lognormal$uniform, log(lognormal$median_h), log(lognormal$geometric_sd))

# Onsets T = inf{t : H(t) >= E}, E = -log(u), H piecewise linear: the piece with
# H(start) < E <= H(end) by findInterval (left.open skips zero-hazard pieces, where H is flat),
# then a linear step inside it; NA when E > H(end_h).
piecewise <- function(start_h, hazard_per_h, end_h, uniforms) {
  knots_h <- c(start_h, end_h)
  cumulative <- c(0, cumsum(hazard_per_h * diff(knots_h)))
  inverse <- function(e) {
    piece <- findInterval(e, cumulative, left.open = TRUE)
    piece[piece == 0 | piece == length(cumulative)] <- NA
    knots_h[piece] + (e - cumulative[piece]) / hazard_per_h[piece]
  }
  target <- -log(uniforms)
  list(start_h = start_h, hazard_per_h = hazard_per_h, end_h = end_h, uniforms = uniforms,
       first_onset_h = inverse(target),
       recurrent_onsets_h = inverse(cumsum(target)))
}
uniforms <- signif(runif(40), 15)
piecewise_cases <- list(
  piecewise(c(0, 24, 72), c(0.01, 0.05, 0.002), 168, uniforms),
  piecewise(c(0, 12, 48, 100), c(0.03, 0, 0.2, 0.001), 500, uniforms),
  piecewise(c(10, 11), c(1.5, 0.25), 30, uniforms))

out <- list(
  r_version = R.version.string, mass_version = as.character(packageVersion("MASS")),
  proportional_odds = cases, polr_fit = polr_fit, lognormal = lognormal,
  piecewise = piecewise_cases,
  plogis = list(intercept = c(-2.44, 0, 3, -40, 15), slope = c(0.8, 1, -0.5, 0.1, 2),
                exposure = c(1.5, 0, 2, 100, -30),
                probability = plogis(c(-2.44, 0, 3, -40, 15) + c(0.8, 1, -0.5, 0.1, 2) * c(1.5, 0, 2, 100, -30))))
writeLines(toJSON(out, digits = NA, pretty = TRUE, na = "null", auto_unbox = TRUE), "test/reference/safety-primitives.json")
