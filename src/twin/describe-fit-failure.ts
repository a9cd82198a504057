import type { Issue } from "../errors.js";

/**
 * The issue a failed twin-model regression gives the user, from the RangeError of the stats
 * function: collinear covariates and estimates that diverge (separation, a covariate that
 * picks out patients without events) are named by their covariate, anything else is quoted.
 *
 * @param error what the regression threw
 * @param context the spec place ("endpoints[0].twin_model"), the design column labels and the cohort file
 * @example describeFitFailure(new RangeError("fitLinearModel requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it"), { place: "endpoints[0].twin_model", names: ["(Intercept)", "age", "age2"], file: "pbc.csv" }).message
 * // 'endpoints[0].twin_model cannot be fitted: covariate "age2" is collinear with the ones before it'
 */
export function describeFitFailure(error: RangeError, context: { readonly place: string; readonly names: readonly string[]; readonly file: string }): Issue {
  const { place, names, file } = context;
  const location = { kind: "file" as const, file };
  const name = (match: RegExpMatchArray | null): string => names[Number(match?.[1])] ?? "log(scale)";
  const collinear = error.message.match(/column (\d+) \(0-based\) is collinear/);
  if (collinear !== null)
    return { code: "COHORT_TWIN_MODEL_FIT", message: `${place} cannot be fitted: ${collinear[1] === "0" ? "the intercept" : `covariate "${name(collinear)}"`} is collinear with the ones before it`, hint: "remove the covariate, or the one it repeats (a covariate that is constant in the fitting rows is collinear with the intercept)", location };
  const diverging = error.message.match(/coefficient (\d+) \(0-based\) diverges|log\(scale\) diverges/);
  if (diverging !== null)
    return { code: "COHORT_TWIN_MODEL_FIT", message: `${place} cannot be fitted: the estimate of "${diverging[1] === undefined ? "log(scale)" : name(diverging)}" diverges (no finite maximum likelihood)`, hint: "a covariate picks out patients without events, or all event times are equal: remove that covariate or select more rows", location };
  if (error.message.includes("separate events from non-events"))
    return { code: "COHORT_TWIN_MODEL_FIT", message: `${place} cannot be fitted: the covariates separate events from non-events (no finite maximum likelihood)`, hint: "remove the covariate that predicts the outcome perfectly, or select more rows", location };
  return { code: "COHORT_TWIN_MODEL_FIT", message: `${place} cannot be fitted: ${error.message}`, hint: "check the fitting rows (twin_model.rows) and the covariates", location };
}
