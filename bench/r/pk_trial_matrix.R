# bench/r/pk_trial_matrix.R -- whole-process driver for run_pk_trial_matrix() of the W3
# reference (shared/reference/pk_trial_workload.R), so that bench/compare.js can time it
# as a fresh Rscript process, start-up included, like `Rscript pk_trial_workload.R N SEED`
# times run_pk_trial().
#
#   Rscript bench/r/pk_trial_matrix.R <reference dir> [n_rep] [seed]
#
# Reads <reference dir>/../cohorts/pbc_baseline.csv (as pk_trial_workload.R does), prints
# one line in the same format as pk_trial_workload.R (no Cmax: the matrix form has none).
a <- commandArgs(trailingOnly = TRUE)
if (length(a) < 1) stop("usage: Rscript pk_trial_matrix.R <reference dir> [n_rep] [seed]")
ref <- normalizePath(a[1])
n_rep <- if (length(a) >= 2) as.integer(a[2]) else 1000L
seed <- if (length(a) >= 3) as.integer(a[3]) else 42L
source(file.path(ref, "pk_trial_workload.R"))   # defines the functions; its main block does not run when sourced
coh <- read.csv(file.path(dirname(ref), "cohorts", "pbc_baseline.csv"))
r <- run_pk_trial_matrix(coh$age, n_rep, seed)
cat(sprintf("n_rep=%d seed=%d power=%.4f (MC SE %.4f) mean diff=%.4f\n",
            r$n_rep, r$seed, r$power, r$mc_se, r$mean_diff))
