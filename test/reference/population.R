# population.R -- reference values for twin-trial's cohort and population code.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/population.R
# Reads  cohorts/pbc_baseline.csv
# Writes test/reference/population.json
#
# R 4.2.2 (Debian r-base-core), jsonlite.

suppressPackageStartupMessages(library(jsonlite))
pbc <- read.csv("cohorts/pbc_baseline.csv", stringsAsFactors = FALSE)
stopifnot(nrow(pbc) == 312)

columns <- c("age", "bili", "albumin", "ast", "platelet", "protime", "chol", "copper", "trig")
bandwidth <- lapply(setNames(columns, columns), function(name) {
  x <- pbc[[name]]
  x <- x[!is.na(x)]
  list(n = length(x), bw_nrd0 = bw.nrd0(x), sd = sd(x),
       q25 = unname(quantile(x, 0.25)), q50 = unname(quantile(x, 0.5)), q75 = unname(quantile(x, 0.75)),
       min = min(x), max = max(x), mean = mean(x))
})

# The eligibility of trial-specs/pbc-phase2.yaml, applied in order.
step1 <- pbc[pbc$age >= 18 & pbc$age <= 75, ]
step2 <- step1[step1$bili <= 10, ]
step3 <- step2[step2$ascites == 0, ]
eligibility <- list(
  description = "age from 18 to 75, then bili <= 10, then ascites == 0 (pbc-phase2.yaml)",
  remaining = c(nrow(pbc), nrow(step1), nrow(step2), nrow(step3)),
  eligible_albumin_mean = mean(step3$albumin),
  eligible_albumin_sd = sd(step3$albumin),
  eligible_bw_nrd0 = lapply(setNames(c("age", "bili", "albumin"), c("age", "bili", "albumin")), function(n) bw.nrd0(step3[[n]]))
)

# Small known vectors.
known <- list(
  one_to_ten = list(x = 1:10, bw_nrd0 = bw.nrd0(1:10)),
  ties = list(x = c(1, 1, 1, 1, 1, 1, 2, 9), bw_nrd0 = bw.nrd0(c(1, 1, 1, 1, 1, 1, 2, 9))),
  constant = list(x = c(4, 4, 4), bw_nrd0 = bw.nrd0(c(4, 4, 4)))
)

out <- list(generated_by = "test/reference/population.R", r_version = R.version.string,
            data_source = "cohorts/pbc_baseline.csv", bandwidth = bandwidth,
            eligibility = eligibility, known = known)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/population.json")
