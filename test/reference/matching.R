# Reference values for src/matching: propensity logits (glm), Mahalanobis distances
# (stats::mahalanobis with the pooled sample covariance), standardized mean differences by
# formula, and greedy 1:1 nearest-neighbour matching without replacement on the logit of
# the propensity score, largest score first, caliper 0.2 pooled SD of the logit (the rule of
# MatchIt's method = "nearest", m.order = "largest"; MatchIt is not installed here, so the
# greedy loop is written out below, independently of the TypeScript).
# Data: cohorts/pbc.csv, D-penicillamine patients (trt 1) as "trial", placebo (trt 2) as
# "historical", covariates age, log(bili), albumin.
# Run: Rscript test/reference/matching.R   (R 4.2.2, jsonlite)
library(jsonlite)
pbc <- read.csv("../../cohorts/pbc.csv")
x <- cbind(age = pbc$age, logbili = log(pbc$bili), albumin = pbc$albumin)
trial <- pbc$trt == 1
fit <- glm(trial ~ x, family = binomial)
lp <- predict(fit, type = "link")
S <- cov(x)
pairs <- rbind(c(1, 1), c(1, 2), c(5, 17), c(100, 3), c(158, 154))
ti <- which(trial); hi <- which(!trial)
maha <- apply(pairs, 1, function(p) sqrt(mahalanobis(x[ti[p[1]], ], x[hi[p[2]], ], S)))
lt <- lp[trial]; lh <- lp[!trial]
pooled <- sqrt((var(lt) + var(lh)) / 2)
caliper <- 0.2 * pooled
order <- order(-lt, seq_along(lt))
taken <- rep(FALSE, length(lh)); match <- rep(-1L, length(lt))
for (t in order) {
  d <- abs(lt[t] - lh); d[taken] <- Inf
  best <- which.min(d)
  if (is.finite(d[best]) && d[best] <= caliper) { taken[best] <- TRUE; match[t] <- best - 1L }
}
smd <- function(a, b, a0, b0) (mean(a) - mean(b)) / sqrt((var(a0) + var(b0)) / 2)
m <- match >= 0
before <- sapply(1:3, function(j) smd(x[trial, j], x[!trial, j], x[trial, j], x[!trial, j]))
after <- sapply(1:3, function(j) smd(x[trial, j][m], x[!trial, j][match[m] + 1], x[trial, j], x[!trial, j]))
out <- list(
  trial_rows = unname(x[trial, ]), historical_rows = unname(x[!trial, ]),
  coefficients = unname(coef(fit)), logits_trial = unname(lt), logits_historical = unname(lh),
  mahalanobis_pairs = pairs - 1, mahalanobis = unname(maha),
  caliper = caliper, matched = match, smd_before = before, smd_after = after)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), "matching.json")
