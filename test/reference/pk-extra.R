# pk-extra.R -- reference profiles for the PK/PD model library of twin-trial, beyond
# the four regimens of the shared reference set (shared/reference/pk.json).
#
# Run from the repository root (CI does not run it; its output is committed):
#   Rscript test/reference/pk-extra.R
# Writes test/reference/pk-extra.json
#
# Every profile is computed by deSolve::lsoda on the model's ODEs (amounts in mg),
# rtol = 1e-10, atol = 1e-12, each dose, infusion start and stop given as a deSolve
# event. R 4.2.2, deSolve 1.34 (Debian r-cran-desolve).
#
# Grid: t = 0, 0.5, ..., 168 h (337 points). Units: h, mg, L, L/h, mg/L.
# Convention at a dose time: a value AT a dose time includes that dose (right-continuous).
# deSolve reports the state just BEFORE an event at an output time equal to the event
# time; for IV boluses the dose / V1 is added at those times (as shared/reference/pk.R does).

suppressPackageStartupMessages({
  library(deSolve)
  library(jsonlite)
})

grid <- seq(0, 168, by = 0.5)
RTOL <- 1e-10
ATOL <- 1e-12

run <- function(y0, fn, parms, events, times = grid) {
  events <- events[order(events$time), ]
  # Event times off the grid are added to the output by deSolve: keep the grid rows only.
  out <- lsoda(y = y0, times = sort(unique(c(times, events$time))), func = fn, parms = parms,
               events = list(data = events), rtol = RTOL, atol = ATOL, hmax = 0.25)
  out <- as.data.frame(out)
  out[match(times, out$time), ]
}
bolus_events <- function(var, times, amounts) data.frame(var = var, time = times, value = amounts, method = "add")
infusion_events <- function(starts, amounts, durations) {
  rate <- amounts / durations
  rbind(data.frame(var = "R", time = starts, value = rate, method = "add"),
        data.frame(var = "R", time = starts + durations, value = -rate, method = "add"))
}

# Three-compartment mammillary model; input either into A1 (bolus, infusion R) or a depot Ad.
three_cmt <- function(t, y, p) with(as.list(c(y, p)), {
  k10 <- CL / V1; k12 <- Q2 / V1; k21 <- Q2 / V2; k13 <- Q3 / V1; k31 <- Q3 / V3
  dAd <- -ka * Ad
  dA1 <- ka * Ad + R - (k10 + k12 + k13) * A1 + k21 * A2 + k31 * A3
  dA2 <- k12 * A1 - k21 * A2
  dA3 <- k13 * A1 - k31 * A3
  list(c(dAd, dA1, dA2, dA3, 0))
})
y0_3 <- c(Ad = 0, A1 = 0, A2 = 0, A3 = 0, R = 0)
p3 <- list(CL = 4, V1 = 10, Q2 = 3, V2 = 30, Q3 = 0.5, V3 = 100)

res <- list()

## (e) 3-cmt IV bolus, 100 mg every 24 h, 7 doses
td_e <- seq(0, 144, by = 24)
oe <- run(y0_3, three_cmt, unlist(c(p3, ka = 0)), bolus_events("A1", td_e, 100))
ce <- oe$A1 / p3$V1 + ifelse(grid %in% td_e, 100 / p3$V1, 0)
res$e_three_cmt_iv_bolus <- list(
  model = "three-compartment mammillary, IV bolus into central, elimination from central",
  parameters = c(p3), dosing = list(route = "iv bolus", dose_times_h = td_e, amounts_mg = rep(100, length(td_e))),
  conc_lsoda = ce)

## (f) 3-cmt infusion, 500 mg over 2 h every 12 h, 14 doses
td_f <- seq(0, 156, by = 12)
of <- run(y0_3, three_cmt, unlist(c(p3, ka = 0)), infusion_events(td_f, 500, 2))
res$f_three_cmt_infusion <- list(
  model = "three-compartment mammillary, zero-order infusion into central",
  parameters = c(p3), dosing = list(route = "iv infusion", start_times_h = td_f, amounts_mg = rep(500, length(td_f)), duration_h = 2),
  conc_lsoda = of$A1 / p3$V1)

## (g) 3-cmt oral with bioavailability and lag: 200 mg every 12 h, 14 doses, F = 0.7, tlag = 0.5 h
td_g <- seq(0, 156, by = 12)
og <- run(y0_3, three_cmt, unlist(c(p3, ka = 1.2)), bolus_events("Ad", td_g + 0.5, 0.7 * 200))
res$g_three_cmt_oral_lag <- list(
  model = "three-compartment mammillary, first-order absorption with lag time",
  parameters = c(p3, ka = 1.2, F = 0.7, tlag_h = 0.5),
  dosing = list(route = "oral", dose_times_h = td_g, amounts_mg = rep(200, length(td_g))),
  conc_lsoda = og$A1 / p3$V1)

## (h) 2-cmt oral, titration: 400 mg loading dose at 0, 100 mg every 12 h from 12 h,
##     raised to 200 mg from 72 h; last dose at 156 h; F = 0.9, tlag = 0.25 h
p2 <- list(CL = 4, V1 = 20, Q2 = 3, V2 = 50, Q3 = 0, V3 = 1)
td_h <- seq(0, 156, by = 12)
am_h <- ifelse(td_h == 0, 400, ifelse(td_h < 72, 100, 200))
oh <- run(y0_3, three_cmt, unlist(c(p2, ka = 0.8)), bolus_events("Ad", td_h + 0.25, 0.9 * am_h))
res$h_two_cmt_oral_titration <- list(
  model = "two-compartment, first-order absorption with lag, loading dose and a dose increase",
  parameters = list(CL = 4, V1 = 20, Q2 = 3, V2 = 50, ka = 0.8, F = 0.9, tlag_h = 0.25),
  dosing = list(route = "oral", dose_times_h = td_h, amounts_mg = am_h),
  conc_lsoda = oh$A1 / p2$V1)

## (i) Michaelis-Menten elimination, one compartment, 500 mg IV bolus every 24 h, 7 doses
pm <- list(Vmax = 40, Km = 5, V = 25)
mm <- function(t, y, p) with(as.list(c(y, p)), {
  C <- A / V
  list(c(-Vmax * C / (Km + C)))
})
td_i <- seq(0, 144, by = 24)
oi <- run(c(A = 0), mm, unlist(pm), bolus_events("A", td_i, 500))
res$i_michaelis_menten_iv <- list(
  model = "one compartment, Michaelis-Menten elimination: dA/dt = -Vmax*C/(Km + C), C = A/V",
  parameters = pm, dosing = list(route = "iv bolus", dose_times_h = td_i, amounts_mg = rep(500, length(td_i))),
  conc_lsoda = oi$A / pm$V + ifelse(grid %in% td_i, 500 / pm$V, 0))

## PD on the PK of shared reference case (a): 1-cmt oral, ka 1.5, CL 2.8, V 32, 320 mg every 12 h, 14 doses
pa <- list(ka = 1.5, CL = 2.8, V = 32)
td_a <- seq(0, 156, by = 12)
pd <- function(t, y, p) with(as.list(c(y, p)), {
  C <- Ac / V
  inh <- Imax * C / (IC50 + C)
  stim <- Emax * C / (EC50 + C)
  list(c(-ka * Ad, ka * Ad - CL / V * Ac,
         ke0 * (C - Ce),
         kin * (1 - inh) - kout * R1,     # type I: inhibition of production
         kin - kout * (1 - inh) * R2,     # type II: inhibition of loss
         kin * (1 + stim) - kout * R3,    # type III: stimulation of production
         kin - kout * (1 + stim) * R4))   # type IV: stimulation of loss
})
ppd <- c(unlist(pa), ke0 = 0.3, kin = 2, kout = 0.2, Imax = 0.8, IC50 = 5, Emax = 1.5, EC50 = 6)
r0 <- 2 / 0.2
opd <- run(c(Ad = 0, Ac = 0, Ce = 0, R1 = r0, R2 = r0, R3 = r0, R4 = r0), pd, ppd, bolus_events("Ad", td_a, 320))
res$pd_on_case_a <- list(
  model = "PK of case (a); effect compartment dCe/dt = ke0 (C - Ce); indirect response models I-IV with R(0) = kin/kout",
  pk = list(ka_per_h = 1.5, CL_L_per_h = 2.8, V_L = 32, F = 1, dose_times_h = td_a, amount_mg = 320),
  parameters = list(ke0_per_h = 0.3, kin = 2, kout_per_h = 0.2, Imax = 0.8, IC50_mg_per_L = 5, Emax = 1.5, EC50_mg_per_L = 6, R0 = r0),
  effect_site_conc = opd$Ce,
  idr_type_1 = opd$R1, idr_type_2 = opd$R2, idr_type_3 = opd$R3, idr_type_4 = opd$R4)

out <- list(generated_by = "test/reference/pk-extra.R", r_version = R.version.string,
            packages = list(deSolve = as.character(packageVersion("deSolve"))),
            solver = list(method = "deSolve::lsoda", rtol = RTOL, atol = ATOL, hmax = 0.25),
            grid = list(from = 0, to = 168, by = 0.5, n = length(grid)),
            dosing_convention = "a value at a dose time includes that dose",
            regimens = res)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = FALSE), "test/reference/pk-extra.json")
