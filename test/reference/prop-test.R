# prop-test.R -- reference values for riskDifferencePropTest: R's prop.test on two
# proportions (treatment first), with and without the continuity correction, at two
# confidence levels, for hand-made and random tables (zero cells included). The interval is
# prop.test's own (clamped to [-1, 1]); the statistic and p values are its chi-square test,
# and the one-sided p values are prop.test's with alternative "greater" and "less".
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/prop-test.R
# Writes test/reference/prop-test.json. R 4.2.2, base packages and jsonlite only.
suppressPackageStartupMessages(library(jsonlite))
set.seed(20261127)
tables <- list(c(7, 10, 2, 10), c(0, 25, 3, 25), c(25, 25, 20, 25), c(1, 3, 0, 4), c(48, 100, 52, 100), c(3, 40, 3, 40))
for (i in 1:30) {
  n1 <- sample(5:600, 1); n2 <- sample(5:600, 1)
  tables[[length(tables) + 1]] <- c(rbinom(1, n1, runif(1)), n1, rbinom(1, n2, runif(1)), n2)
}
cases <- list()
for (t in tables) for (correct in c(FALSE, TRUE)) for (conf in c(0.95, 0.9)) {
  x <- c(t[1], t[3]); n <- c(t[2], t[4])
  two <- suppressWarnings(prop.test(x, n, correct = correct, conf.level = conf))
  greater <- suppressWarnings(prop.test(x, n, correct = correct, conf.level = conf, alternative = "greater"))
  less <- suppressWarnings(prop.test(x, n, correct = correct, conf.level = conf, alternative = "less"))
  na <- function(v) if (is.na(v)) "NaN" else v
  cases[[length(cases) + 1]] <- list(
    events_treatment = t[1], total_treatment = t[2], events_control = t[3], total_control = t[4],
    correct = correct, confidence_level = conf,
    ci = unname(two$conf.int[1:2]), statistic = na(unname(two$statistic)),
    p_two_sided = na(two$p.value), p_greater = na(greater$p.value), p_less = na(less$p.value))
}
writeLines(toJSON(list(r_version = R.version.string, cases = cases), auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/prop-test.json")
