# fidelity.R -- reference values for twin-trial's virtual-cohort fidelity and privacy checks
# (src/population/assess-fidelity.ts, assess-privacy.ts and their helpers).
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/fidelity.R
# Writes test/reference/fidelity.json
#
# R 4.2.2 (Debian r-base-core), jsonlite. Small fixed data sets with ties and missing values,
# drawn here with set.seed and written into the JSON, so the tests read the same inputs.

suppressPackageStartupMessages(library(jsonlite))
probs <- c(0.05, 0.25, 0.5, 0.75, 0.95)

# ---- Kolmogorov-Smirnov distance: ks.test's statistic (stats/R/ks.test.R drops the steps inside
# tied runs, so it is the exact sup |F_x - F_y| over the pooled sample even with ties).
set.seed(20240611)
ks_cases <- list(
  list(label = "doc example", x = c(1, 2, 2, 3), y = c(2, 3, 4)),
  list(label = "heavy ties", x = c(1, 1, 1, 2, 2, 3, 3, 3, 3, 5), y = c(1, 2, 2, 2, 3, 5, 5, 5, 7)),
  list(label = "identical samples", x = c(3, 1, 2, 2), y = c(2, 1, 3, 2)),
  list(label = "disjoint", x = c(1, 2, 3), y = c(4, 5, 6)),
  list(label = "one value each", x = 1, y = 1),
  list(label = "same values, different weights", x = c(0, 0, 0, 1), y = c(0, 1, 1, 1, 1)),
  list(label = "continuous", x = rnorm(37), y = rnorm(23, 0.3)),
  list(label = "integer ties, unequal sizes", x = sample(0:4, 50, replace = TRUE), y = sample(0:4, 31, replace = TRUE)),
  list(label = "rounded normal", x = round(rnorm(80, 10, 2)), y = round(rnorm(120, 10.5, 2.5)))
)
ks <- lapply(ks_cases, function(case) {
  d <- suppressWarnings(unname(ks.test(case$x, case$y)$statistic))
  list(label = case$label, x = case$x, y = case$y, statistic = d)
})

# ---- A real table and a virtual population, with ties and missing values.
set.seed(7)
n_real <- 30
n_virtual <- 45
real <- data.frame(
  age = round(rnorm(n_real, 55, 10)),
  albumin = round(rnorm(n_real, 3.5, 0.4), 1),
  bili = round(exp(rnorm(n_real, 0, 0.8)), 1),
  ones = rep(1, n_real)
)
real$albumin[c(4, 17)] <- NA
real$bili[c(9, 17, 25)] <- NA
real_sex <- sample(c(0L, 1L), n_real, replace = TRUE)
real_sex[c(3, 22)] <- NA
real_stage <- sample(0:2, n_real, replace = TRUE)   # level 3 ("4") never occurs among real patients
real_stage[11] <- NA
# Two real patients identical on every coordinate: a real nearest-neighbour distance of 0.
real[30, c("age", "albumin", "bili")] <- real[29, c("age", "albumin", "bili")]
real_sex[30] <- real_sex[29]
real_stage[30] <- real_stage[29]

# Virtual: 12 exact copies of real rows, the rest jittered real rows with new gaps.
copies <- c(1, 2, 3, 5, 8, 13, 17, 21, 25, 29, 30, 11)
source_rows <- c(copies, sample(n_real, n_virtual - length(copies), replace = TRUE))
virtual <- real[source_rows, ]
virtual_sex <- real_sex[source_rows]
virtual_stage <- real_stage[source_rows]
jitter <- seq(length(copies) + 1, n_virtual)
virtual$age[jitter] <- virtual$age[jitter] + sample(-3:3, length(jitter), replace = TRUE)
virtual$albumin[jitter] <- round(virtual$albumin[jitter] + rnorm(length(jitter), 0, 0.2), 1)
virtual$bili[jitter] <- round(virtual$bili[jitter] * exp(rnorm(length(jitter), 0, 0.3)), 1)
virtual$albumin[c(40, 41)] <- NA
virtual$bili[44] <- NA
virtual_stage[c(36, 37)] <- 3L
virtual_sex[39] <- NA
# A virtual patient with every number missing: its distances use the category columns only.
virtual[45, c("age", "albumin", "bili")] <- NA
rownames(virtual) <- NULL

numeric_names <- c("age", "albumin", "bili", "ones")
levels <- list(sex = c("female", "male"), stage = c("1", "2", "3", "4"))

summary_of <- function(x) {
  o <- x[!is.na(x)]
  list(count = length(o), missing_share = mean(is.na(x)), mean = if (length(o) > 0) mean(o) else NA,
       sd = if (length(o) > 1) sd(o) else NA, quantiles = unname(quantile(o, probs, type = 7)))
}
# SMD by formula (Austin 2009 eq. 1); equal means give 0, also when both SDs are 0.
smd <- function(r, v) {
  difference <- v$mean - r$mean
  if (difference == 0) 0 else difference / sqrt((r$sd^2 + v$sd^2) / 2)
}
numeric_fidelity <- lapply(setNames(numeric_names, numeric_names), function(name) {
  r <- summary_of(real[[name]])
  v <- summary_of(virtual[[name]])
  d <- suppressWarnings(unname(ks.test(real[[name]][!is.na(real[[name]])], virtual[[name]][!is.na(virtual[[name]])])$statistic))
  list(real = r, virtual = v, smd = smd(r, v), ks = d)
})
shares <- function(codes, k) {
  o <- codes[!is.na(codes)]
  list(count = length(o), missing_share = mean(is.na(codes)), shares = as.numeric(table(factor(o, levels = 0:(k - 1)))) / length(o))
}
categorical_fidelity <- list(
  sex = list(levels = levels$sex, real = shares(real_sex, 2), virtual = shares(virtual_sex, 2)),
  stage = list(levels = levels$stage, real = shares(real_stage, 4), virtual = shares(virtual_stage, 4))
)
real_cor <- suppressWarnings(cor(real[numeric_names], use = "pairwise.complete.obs"))
virtual_cor <- suppressWarnings(cor(virtual[numeric_names], use = "pairwise.complete.obs"))
delta <- abs(virtual_cor - real_cor)
delta[lower.tri(delta, diag = TRUE)] <- NA
at <- which(delta == max(delta, na.rm = TRUE), arr.ind = TRUE)
at <- at[order(at[, 1], at[, 2]), , drop = FALSE][1, ]
correlation <- list(names = numeric_names, real = unname(real_cor), virtual = unname(virtual_cor),
                    largest = list(first = numeric_names[at[1]], second = numeric_names[at[2]],
                                   real = real_cor[at[1], at[2]], virtual = virtual_cor[at[1], at[2]],
                                   absolute_difference = delta[at[1], at[2]]))

# ---- Privacy: standardize by the real mean and SD, skip constant columns ("ones"),
# categories as 0/1 mismatch, missing coordinates skipped and the squared sum scaled by
# dims / used (R's dist rule), brute force over all pairs.
scaled_names <- c("age", "albumin", "bili")
centre <- sapply(scaled_names, function(n) mean(real[[n]], na.rm = TRUE))
scale <- sapply(scaled_names, function(n) sd(real[[n]], na.rm = TRUE))
z_real <- sweep(sweep(as.matrix(real[scaled_names]), 2, centre), 2, scale, "/")
z_virtual <- sweep(sweep(as.matrix(virtual[scaled_names]), 2, centre), 2, scale, "/")
c_real <- cbind(real_sex, real_stage)
c_virtual <- cbind(virtual_sex, virtual_stage)
mixed_distance <- function(za, ca, zb, cb) {
  terms <- c((za - zb)^2, as.numeric(ca != cb))
  used <- sum(!is.na(terms))
  if (used == 0) return(Inf)
  sqrt(sum(terms, na.rm = TRUE) * length(terms) / used)
}
dcr <- sapply(seq_len(n_virtual), function(i) min(sapply(seq_len(n_real), function(j) mixed_distance(z_virtual[i, ], c_virtual[i, ], z_real[j, ], c_real[j, ]))))
nn <- sapply(seq_len(n_real), function(i) min(sapply(setdiff(seq_len(n_real), i), function(j) mixed_distance(z_real[i, ], c_real[i, ], z_real[j, ], c_real[j, ]))))
# Number columns only: the same distances from R's own dist(), which handles gaps the same way.
all_distances <- as.matrix(dist(rbind(z_real, z_virtual)))
numeric_block <- all_distances[n_real + seq_len(n_virtual), seq_len(n_real)]
dcr_numeric <- unname(apply(numeric_block, 1, function(row) if (all(is.na(row))) Inf else min(row, na.rm = TRUE)))
real_block <- all_distances[seq_len(n_real), seq_len(n_real)]
diag(real_block) <- NA
nn_numeric <- unname(apply(real_block, 1, min, na.rm = TRUE))
brute_numeric <- sapply(seq_len(n_real), function(i) min(sapply(setdiff(seq_len(n_real), i), function(j) mixed_distance(z_real[i, ], integer(0), z_real[j, ], integer(0)))))
stopifnot(isTRUE(all.equal(unname(nn_numeric), brute_numeric, tolerance = 1e-14)))

threshold <- unname(quantile(nn, 0.05, type = 7))
privacy_summary <- function(d) list(count = length(d), median = unname(quantile(d, 0.5, type = 7)), percentile5 = unname(quantile(d, 0.05, type = 7)),
                                    exact_copy_share = mean(d <= 1e-12), near_copy_share = mean(d <= 1e-12 | d < threshold))
privacy <- list(columns = c(scaled_names, "sex", "stage"), skipped = "ones", centre = unname(centre), scale = unname(scale),
                dcr = dcr, nn = nn, dcr_numeric_only = dcr_numeric, nn_numeric_only = nn_numeric,
                near_copy_threshold = threshold, real = privacy_summary(nn), virtual = privacy_summary(dcr))

out <- list(
  generated_by = "test/reference/fidelity.R", r_version = R.version.string,
  ks = ks,
  table = list(real = as.list(real), real_sex = real_sex, real_stage = real_stage,
               virtual = as.list(virtual), virtual_sex = virtual_sex, virtual_stage = virtual_stage,
               source_rows = source_rows - 1L, levels = levels),
  fidelity = list(numeric = numeric_fidelity, categorical = categorical_fidelity, correlation = correlation),
  privacy = privacy,
  examples = list(
    cor_pairwise = cor(c(1, 2, 3, NA), c(2, 4, 5, 1), use = "pairwise.complete.obs"),
    cor_three = cor(1:3, c(3, 1, 2)),
    quantile_median = unname(quantile(c(1, 2, NA, 4), 0.5, na.rm = TRUE))
  )
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "test/reference/fidelity.json")
