# cohort-describe.R -- reference values for describeCohort ("twin-trial cohort describe"):
# base R summaries of cohorts/pbc.csv, for all 312 patients and for the 273 eligible under
# trial-specs/pbc-phase2.yaml (age 18 to 75, bili <= 10, no ascites), each overall and by arm.
# Per numeric column: recorded n, NA count (and % of the group), mean, sd, quantile(type = 7)
# at 0.25 / 0.5 / 0.75, min, max. Per column with at most 10 distinct values (sex, arm, stage,
# edema, status, trt and the 0/1 columns): table() counts and their % of the recorded values.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/cohort-describe.R
# Writes test/reference/cohort-describe.json.
# R 4.2.2, base packages and jsonlite only.
suppressPackageStartupMessages(library(jsonlite))
pbc <- read.csv("cohorts/pbc.csv", stringsAsFactors = FALSE)
columns <- setdiff(names(pbc), "id")
# jsonlite writes at most 15 significant digits; 17 ("%.17g", kept verbatim) give every double exactly.
exact <- function(v) if (is.na(v)) "NaN" else structure(sprintf("%.17g", v), class = "json")

describe_column <- function(x) {
  recorded <- x[!is.na(x)]
  out <- list(n = length(recorded), missing = sum(is.na(x)), missing_percent = exact(100 * sum(is.na(x)) / length(x)))
  if (is.numeric(x)) {
    q <- unname(quantile(recorded, c(0.25, 0.5, 0.75), type = 7))
    out$numbers <- lapply(list(mean = mean(recorded), sd = sd(recorded), q1 = q[1], median = q[2], q3 = q[3],
                               min = min(recorded), max = max(recorded)), exact)
  }
  if (length(unique(recorded)) <= 10) {
    counts <- table(recorded)
    out$counts <- as.list(setNames(as.integer(counts), names(counts)))
    out$percents <- setNames(lapply(100 * as.integer(counts) / length(recorded), exact), names(counts))
  }
  out
}

describe_group <- function(name, rows) {
  list(name = name, patients = nrow(rows), columns = setNames(lapply(columns, function(column) describe_column(rows[[column]])), columns))
}

eligible <- pbc[!is.na(pbc$age) & pbc$age >= 18 & pbc$age <= 75 & !is.na(pbc$bili) & pbc$bili <= 10 & !is.na(pbc$ascites) & pbc$ascites == 0, ]
groups <- list()
for (subset in list(list(name = "all", rows = pbc), list(name = "eligible", rows = eligible))) {
  groups[[length(groups) + 1]] <- describe_group(subset$name, subset$rows)
  for (arm in sort(unique(subset$rows$arm))) {
    groups[[length(groups) + 1]] <- describe_group(paste0(subset$name, "/arm=", arm), subset$rows[subset$rows$arm == arm, ])
  }
}
writeLines(toJSON(list(r_version = R.version.string, groups = groups), auto_unbox = TRUE, json_verbatim = TRUE, pretty = TRUE), "test/reference/cohort-describe.json")
