import type { AnalysisMethod } from "../spec/schema.js";
import type { EffectMeasure } from "../trial/index.js";

/** Each analysis as a study report names it, and the R call that gives the same numbers. */
export const METHOD_NAMES: Record<AnalysisMethod, { readonly name: string; readonly r: string }> = {
  welch: { name: "Welch t-test", r: "t.test(y ~ arm)" },
  student: { name: "Student t-test", r: "t.test(y ~ arm, var.equal = TRUE)" },
  ancova: { name: "ANCOVA", r: "lm(change ~ arm + covariates)" },
  "risk-difference": { name: "risk difference (Wald)", r: "Wald z test of p1 − p2" },
  newcombe: { name: "risk difference (Newcombe score CI)", r: "DescTools::BinomDiffCI(method = \"score\"); p from prop.test(correct = FALSE)" },
  "chi-square": { name: "Pearson chi-square test", r: "prop.test(correct = FALSE)" },
  "chi-square-yates": { name: "chi-square test with Yates's correction", r: "prop.test(correct = TRUE)" },
  fisher: { name: "Fisher's exact test", r: "fisher.test" },
  "odds-ratio": { name: "odds ratio (Wald)", r: "epitools::oddsratio.wald" },
  "relative-risk": { name: "relative risk (log method)", r: "epitools::riskratio.wald" },
  logistic: { name: "logistic regression", r: "glm(family = binomial)" },
  logrank: { name: "log-rank test", r: "survival::survdiff; HR from coxph(Surv ~ arm)" },
  cox: { name: "Cox proportional hazards", r: "survival::coxph" },
  poisson: { name: "Poisson regression", r: "glm(family = poisson, offset = log(years))" },
  "negative-binomial": { name: "negative binomial regression", r: "MASS::glm.nb(offset = log(years))" },
};

/** What an estimate is, on the scale efficacy.csv stores it and as a report shows it. */
export const MEASURE_NAMES: Record<EffectMeasure, { readonly stored: string; readonly shown: string; readonly ratio: boolean }> = {
  "mean-difference": { stored: "difference", shown: "difference in means", ratio: false },
  "risk-difference": { stored: "risk difference", shown: "risk difference", ratio: false },
  "log-odds-ratio": { stored: "log odds ratio", shown: "odds ratio", ratio: true },
  "log-risk-ratio": { stored: "log relative risk", shown: "relative risk", ratio: true },
  "log-hazard-ratio": { stored: "log hazard ratio", shown: "hazard ratio", ratio: true },
  "log-rate-ratio": { stored: "log rate ratio", shown: "rate ratio", ratio: true },
};
