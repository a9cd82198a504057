# copula.R -- reference values for twin-trial's gaussian-copula population method.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/copula.R
# Reads  cohorts/pbc.csv
# Writes test/reference/copula.json
#
# R 4.2.2 (Debian r-base-core), jsonlite. Base R only otherwise: rank, qnorm, cor, eigen, approx,
# quantile.

suppressPackageStartupMessages(library(jsonlite))
pbc <- read.csv("cohorts/pbc.csv", stringsAsFactors = FALSE)
stopifnot(nrow(pbc) == 312)

# Normal scores (van der Waerden): qnorm(rank / (n + 1)) over the observed values of a column,
# ties at their average rank (R's default ties.method = "average"), NA kept.
normal_scores <- function(x) {
  n <- sum(!is.na(x))
  qnorm(rank(x, na.last = "keep", ties.method = "average") / (n + 1))
}

# The table of test/population/pbc-copula.test.ts, in its column order: number columns, then
# the category sex (codes in sorted level order: f = 0, m = 1, as src/cohort/parse-cohort.ts).
numeric_columns <- c("age", "bili", "chol", "albumin", "copper", "alk_phos", "ast", "trig",
                     "platelet", "protime", "stage", "edema", "ascites", "hepato", "spiders")
sex_code <- match(pbc$sex, sort(unique(pbc$sex))) - 1
values <- c(lapply(setNames(numeric_columns, numeric_columns), function(name) pbc[[name]]), list(sex = sex_code))

# missing: preserve adds a 0/1 indicator (1 = missing) for every column with a missing value.
with_missing <- names(values)[vapply(values, function(x) any(is.na(x)), logical(1))]
indicators <- lapply(setNames(with_missing, paste0(with_missing, " missing")), function(name) as.numeric(is.na(values[[name]])))

correlation_of <- function(columns) {
  scores <- sapply(columns, normal_scores)
  # suppressWarnings: a column without variance on the rows it shares with another (a value
  # column against its own missingness indicator) gives NA; fitGaussianCopula counts it as 0.
  r <- suppressWarnings(cor(scores, use = "pairwise.complete.obs"))
  r[is.na(r)] <- 0
  diag(r) <- 1
  r
}

fit_of <- function(columns) {
  r <- correlation_of(columns)
  list(dimensions = names(columns), correlation = unname(r), minimum_eigenvalue = min(eigen(r, symmetric = TRUE, only.values = TRUE)$values))
}

# Eigenvalue clipping (Rousseeuw & Molenberghs 1993): V diag(max(lambda, floor)) V', rescaled to
# unit diagonal.
clip_correlation <- function(r, floor) {
  e <- eigen(r, symmetric = TRUE)
  a <- e$vectors %*% diag(pmax(e$values, floor)) %*% t(e$vectors)
  cov2cor(a)
}
not_positive_definite <- matrix(c(1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1), 3)

# Quantile functions: "interpolated" is linear interpolation through (x_j, (midrank_j - 1) / (n - 1))
# over the distinct values x_j (R's type 7 when there are no ties); "step" is the inverse of the
# empirical distribution function, quantile type 1.
probabilities <- c(0, 0.001, 0.05, 0.25, 0.3, 0.5, 0.75, 0.95, 0.999, 1)
interpolated <- function(x) {
  x <- x[!is.na(x)]
  knots <- sort(unique(x))
  midrank <- tapply(rank(x), x, mean)[as.character(knots)]
  approx((midrank - 1) / (length(x) - 1), knots, xout = probabilities, rule = 2, ties = "ordered")$y
}
quantiles <- list(
  probabilities = probabilities,
  interpolated = lapply(list(age = pbc$age, bili = pbc$bili, protime = pbc$protime, chol = pbc$chol), interpolated),
  step = lapply(list(stage = pbc$stage, edema = pbc$edema), function(x) unname(quantile(x, probabilities, type = 1, na.rm = TRUE)))
)

known <- list(
  normal_scores = list(x = c(3, 1, NA, 3, 2), z = normal_scores(c(3, 1, NA, 3, 2))),
  no_ties = list(x = c(4.5, 1.25, 3, 10), probability = 0.3, type7 = unname(quantile(c(4.5, 1.25, 3, 10), 0.3, type = 7))),
  clip = list(matrix = unname(not_positive_definite), floor = 1e-6,
              eigenvalues = eigen(not_positive_definite, symmetric = TRUE, only.values = TRUE)$values,
              clipped = unname(clip_correlation(not_positive_definite, 1e-6)))
)

out <- list(generated_by = "test/reference/copula.R", r_version = R.version.string, data_source = "cohorts/pbc.csv",
            rows = nrow(pbc),
            missing_rates = lapply(values[with_missing], function(x) mean(is.na(x))),
            preserve = fit_of(c(values, indicators)), impute = fit_of(values),
            quantiles = quantiles, known = known)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "string"), "test/reference/copula.json")
