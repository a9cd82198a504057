# bench/r/w1_mediana.R -- whole-process driver for W1 with Mediana's CSE, exactly as
# mediana_power() in shared/reference/trial.R (one worker unless told otherwise).
#
#   Rscript bench/r/w1_mediana.R [n_sims] [seed] [proc_load]
#
# Needs the R package Mediana (Debian: r-cran-mediana). Prints power=...
a <- commandArgs(trailingOnly = TRUE)
n_sims <- if (length(a) >= 1) as.integer(a[1]) else 10000L
seed <- if (length(a) >= 2) as.integer(a[2]) else 42L
proc_load <- if (length(a) >= 3) as.integer(a[3]) else 1L
suppressPackageStartupMessages(library(Mediana))
data.model <- DataModel() +
  OutcomeDist(outcome.dist = "NormalDist") +
  SampleSize(50) +
  Sample(id = "Placebo", outcome.par = parameters(parameters(mean = 0, sd = 1))) +
  Sample(id = "Treatment", outcome.par = parameters(parameters(mean = 0.5, sd = 1)))
analysis.model <- AnalysisModel() +
  Test(id = "Placebo vs treatment", samples = samples("Placebo", "Treatment"), method = "TTest")
evaluation.model <- EvaluationModel() +
  Criterion(id = "Marginal power", method = "MarginalPower", tests = tests("Placebo vs treatment"),
            labels = c("Placebo vs treatment"), par = parameters(alpha = 0.025))
sp <- SimParameters(n.sims = n_sims, proc.load = proc_load, seed = seed)
res <- CSE(data.model, analysis.model, evaluation.model, sp)
cat(sprintf("n_sims=%d seed=%d power=%.4f\n", n_sims, seed, res$simulation.results$result[1]))
