# theoph-nlme.R -- the population fit behind trial-specs/theophylline.yaml.
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/theoph-nlme.R
# Writes test/reference/theoph-nlme.json
#
# The one-compartment first-order-absorption model of Pinheiro & Bates (2000), Mixed-Effects
# Models in S and S-PLUS, Springer, §8.2 (fm2Theo.nlme: random effects on log ka and log CL,
# diagonal), fitted to R's Theoph data (the same data as cohorts/theoph.csv). Dose is in
# mg/kg, so CL and V are per kg. R 4.2.2, nlme (Debian r-cran-nlme).

suppressPackageStartupMessages({ library(nlme); library(jsonlite) })
fm1 <- nlme(conc ~ SSfol(Dose, Time, lKe, lKa, lCl), data = Theoph,
            fixed = lKe + lKa + lCl ~ 1, random = pdDiag(lKe + lKa + lCl ~ 1),
            start = c(lKe = -2.5, lKa = 0.5, lCl = -3))
fm2 <- update(fm1, random = pdDiag(lKa + lCl ~ 1))
fe <- fixef(fm2)
# The random-effects covariance at full precision (VarCorr() prints rounded text).
psi <- as.matrix(fm2$modelStruct$reStruct[[1]]) * fm2$sigma^2
sd_lka <- sqrt(psi["lKa", "lKa"]); sd_lcl <- sqrt(psi["lCl", "lCl"])
out <- list(
  generated_by = "test/reference/theoph-nlme.R", r_version = R.version.string,
  nlme_version = as.character(packageVersion("nlme")),
  model = "conc ~ SSfol(Dose, Time, lKe, lKa, lCl); random = pdDiag(lKa + lCl ~ 1)",
  fixed = as.list(fe),
  random_sd = list(lKa = sd_lka, lCl = sd_lcl),
  residual_sd = fm2$sigma,
  derived = list(
    ka_per_h = exp(fe[["lKa"]]), ke_per_h = exp(fe[["lKe"]]),
    cl_l_per_h_per_kg = exp(fe[["lCl"]]), v_l_per_kg = exp(fe[["lCl"]] - fe[["lKe"]]),
    cv_ka = sqrt(exp(sd_lka^2) - 1), cv_cl = sqrt(exp(sd_lcl^2) - 1),
    note = "ke has no random effect, so log V = log CL - log ke moves with log CL: their correlation is 1"))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/theoph-nlme.json")
