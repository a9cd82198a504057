# logistic-fractional.R -- reference values for fitLogisticRegression(…, { fractional: true }):
# logistic regression on proportions (R's glm(family = quasibinomial), whose coefficients are
# the binomial score equations' solution for non-integer responses), two designs.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/logistic-fractional.R
# Writes test/reference/logistic-fractional.json. R 4.2.2, base packages and jsonlite only.
suppressPackageStartupMessages(library(jsonlite))
set.seed(27112026)
n <- 60
group <- rep(0:1, each = n / 2)
x <- round(rnorm(n, 50, 10), 2)
p <- plogis(-1 + 0.8 * group + 0.03 * (x - 50))
p2 <- round(runif(n), 4)
fit1 <- glm(p ~ group + x, family = quasibinomial, control = glm.control(epsilon = 1e-14, maxit = 100))
fit2 <- glm(p2 ~ group, family = quasibinomial, control = glm.control(epsilon = 1e-14, maxit = 100))
out <- list(
  r_version = R.version.string,
  exact_model = list(group = group, x = x, y = p, coefficients = unname(coef(fit1))),
  noisy = list(group = group, y = p2, coefficients = unname(coef(fit2)), deviance = deviance(fit2)))
writeLines(toJSON(out, digits = NA, pretty = TRUE), "test/reference/logistic-fractional.json")
