# bench/r/w1_base_r.R -- W1 written as a plain base-R loop (no Mediana): per simulated trial
# 50 N(0, 1) placebo and 50 N(0.5, 1) treatment outcomes, Welch's one-sided t.test
# (treatment > placebo, the call Mediana's TTest makes), success when p < 0.025.
# Not the reference the issue's target is set against (that is Mediana, which adds its own
# data-model machinery and doRNG streams); bench/compare.js runs it only to have an R
# timing of W1 measured on this machine when Mediana is not installed.
#
#   Rscript bench/r/w1_base_r.R [n_sims] [seed]
a <- commandArgs(trailingOnly = TRUE)
n_sims <- if (length(a) >= 1) as.integer(a[1]) else 10000L
seed <- if (length(a) >= 2) as.integer(a[2]) else 42L
set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")
p <- vapply(seq_len(n_sims), function(i) {
  placebo <- rnorm(50, 0, 1)
  treatment <- rnorm(50, 0.5, 1)
  t.test(treatment, placebo, alternative = "greater")$p.value
}, numeric(1))
power <- mean(p < 0.025)
cat(sprintf("n_sims=%d seed=%d power=%.4f (MC SE %.4f)\n", n_sims, seed, power, sqrt(power * (1 - power) / n_sims)))
