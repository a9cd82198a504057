import { afterAll, describe, expect, it } from "vitest";
import type { VirtualPopulation } from "../../src/population/index.js";
import { resolveSpec, type Endpoint } from "../../src/spec/index.js";
import { inverseCumulativeHazard } from "../../src/trial/time-to-event-endpoint.js";
import { linearPredictor } from "../../src/trial/linear-predictor.js";
import { fitTwinModels, type TwinModelFit } from "../../src/twin/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import reference from "../reference/twin-models.json" with { type: "json" };
import { pbcTwinInputs } from "./pbc-twin-fixture.js";

/**
 * The four twin models of the fixture against R 4.2.2 (survival 3.5-3) on the 154 placebo
 * patients of cohorts/pbc.csv: test/reference/twin-models.R writes twin-models.json.
 * Asked: 1e-8 relative, the level at which src/stats already matches R (glm with epsilon 1e-14,
 * survreg with rel.tolerance 1e-14). Observed: 6.3e-12 over 149 values (printed after the tests).
 */
const TOLERANCE = 1e-8;

type Table = { names: string[]; estimate: number[]; standard_error: number[]; statistic: number[]; p_value: number[] };

const { spec, eligible } = pbcTwinInputs();
const result = fitTwinModels(spec, eligible);
const fitOf = (id: string): TwinModelFit => {
  const fit = result.fits.find((entry) => entry.endpoint === id);
  if (fit === undefined) throw new Error(`no fit for ${id}`);
  return fit;
};
const endpointOf = (id: string): Endpoint => result.spec.endpoints.find((endpoint) => endpoint.id === id) as Endpoint;
const differences: number[] = [];
const close = (got: number, expected: number, label: string): void => void differences.push(expectRelativeClose(got, expected, TOLERANCE, label));

function compareTable(fit: TwinModelFit, table: Table): void {
  expect(fit.coefficients.map((row) => row.name)).toEqual(table.names);
  fit.coefficients.forEach((row, index) => {
    close(row.estimate, table.estimate[index] as number, `${fit.endpoint} ${row.name} estimate`);
    close(row.standardError, table.standard_error[index] as number, `${fit.endpoint} ${row.name} SE`);
    close(row.statistic, table.statistic[index] as number, `${fit.endpoint} ${row.name} statistic`);
    close(row.pValue, table.p_value[index] as number, `${fit.endpoint} ${row.name} p`);
  });
}

/** The fitting rows' covariates as a virtual population, so the simulator's own linearPredictor reads them. */
function populationOfIds(ids: readonly number[], columns: readonly string[]): VirtualPopulation {
  const rows = ids.map((id) => eligible.cohort.ids.indexOf(String(id)));
  const numeric = new Map(columns.map((column) => [column, Float64Array.from(rows, (row) => eligible.cohort.numeric.get(column)?.[row] ?? Number.NaN)]));
  return { size: ids.length, sourceRow: Int32Array.from(rows), numeric, categorical: new Map() };
}

describe("fitTwinModels on the pbc placebo arm, against R", () => {
  it("fits lm(albumin ~ age + log(bili)): coefficients, SEs, t, p, intervals, sigma, log-likelihood", () => {
    const fit = fitOf("albumin_change");
    const r = reference.linear;
    expect([fit.model, fit.fittedCount, fit.droppedCount, fit.selectedCount, fit.eventCount]).toEqual(["linear", r.n, 0, 154, null]);
    compareTable(fit, r.coefficients);
    fit.coefficients.forEach((row, index) => {
      close(row.ciLower, r.confint[index]?.[0] as number, `lm CI lower ${row.name}`);
      close(row.ciUpper, r.confint[index]?.[1] as number, `lm CI upper ${row.name}`);
    });
    close(fit.residualSd as number, r.sigma, "lm sigma");
    close(fit.logLikelihood, r.loglik, "lm logLik");
  });

  it("fits glm(I(status == 2) ~ age + log(bili) + edema, binomial): coefficients, SEs, z, p, Wald intervals, log-likelihood", () => {
    const fit = fitOf("death");
    const r = reference.logistic;
    expect([fit.model, fit.fittedCount, fit.eventCount, fit.selection]).toEqual(["logistic", r.n, r.events, "arm in {placebo}"]);
    compareTable(fit, r.coefficients);
    fit.coefficients.forEach((row, index) => {
      close(row.ciLower, r.confint_wald[index]?.[0] as number, `glm CI lower ${row.name}`);
      close(row.ciUpper, r.confint_wald[index]?.[1] as number, `glm CI upper ${row.name}`);
    });
    close(fit.logLikelihood, r.loglik, "glm logLik");
  });

  for (const [id, key] of [["death_time", "weibull"], ["death_time_exponential", "exponential"]] as const) {
    it(`fits survreg(Surv(time, status == 2) ~ age + log(bili) + albumin, dist = "${key}") and its PH form`, () => {
      const fit = fitOf(id);
      const r = reference[key];
      expect([fit.model, fit.fittedCount, fit.eventCount]).toEqual([key, r.n, r.events]);
      compareTable(fit, r.coefficients);
      close(fit.logLikelihood, r.loglik, `${key} loglik`);
      close(fit.shape as number, r.ph.shape, `${key} shape`);
      fit.hazardRatios.forEach((row, index) => {
        close(row.logHazardRatio, r.ph.log_hazard_ratio[index] as number, `${key} log HR ${row.name}`);
        close(row.standardError, r.ph.standard_error[index] as number, `${key} log HR SE ${row.name}`);
        close(row.ciLower, r.ph.hazard_ratio_ci_lower[index] as number, `${key} HR CI lower ${row.name}`);
        close(row.ciUpper, r.ph.hazard_ratio_ci_upper[index] as number, `${key} HR CI upper ${row.name}`);
      });
      expect(fit.hazardRatios.map((row) => row.name)).toEqual(["age", "log(bili)", "albumin"]);
    });
  }

  it("fills the endpoints: covariate terms at the fitting means, then placebo response, intercept or baseline hazard (closed forms in R)", () => {
    const means = (values: Record<string, number>) => Object.values(values);
    const check = (id: string, references: number[], coefficients: number[]) =>
      (endpointOf(id).covariates ?? []).forEach((term, index) => {
        close(term.reference, references[index] as number, `${id} reference ${term.column}`);
        close(term.coefficient, coefficients[index] as number, `${id} coefficient ${term.column}`);
      });
    check("albumin_change", means(reference.linear.reference), reference.linear.coefficients.estimate.slice(1));
    check("death", means(reference.logistic.reference), reference.logistic.coefficients.estimate.slice(1));
    check("death_time", means(reference.weibull.reference), reference.weibull.ph.log_hazard_ratio);
    check("death_time_exponential", means(reference.exponential.reference), reference.exponential.ph.log_hazard_ratio);
    expect(endpointOf("albumin_change").covariates?.map((term) => term.transform)).toEqual(["none", "log"]);
    const continuous = endpointOf("albumin_change");
    close(continuous.placebo_response as number, reference.linear.placebo_response, "placebo_response");
    // Least squares with an intercept goes through the means: the reference patient's change is the mean change.
    close(continuous.placebo_response as number, reference.linear.mean_outcome, "placebo_response = mean(albumin)");
    expect([continuous.residual_sd, continuous.baseline_slope, continuous.baseline_column]).toEqual([fitOf("albumin_change").residualSd, 0, "albumin"]);
    close(endpointOf("death").logistic?.intercept as number, reference.logistic.intercept_at_reference, "logistic intercept");
    const weibull = endpointOf("death_time").baseline_hazard;
    expect(weibull?.model).toBe("weibull");
    close(weibull?.scale_days as number, reference.weibull.scale_days, "scale_days = exp(b0 + sum(b * mean))");
    close(weibull?.shape as number, 1 / reference.weibull.scale, "shape = 1 / scale");
    const exponential = endpointOf("death_time_exponential").baseline_hazard;
    expect([exponential?.model, exponential?.shape, exponential?.scale_days]).toEqual(["exponential", undefined, undefined]);
    close(exponential?.rate_per_day as number, reference.exponential.rate_per_day, "rate_per_day = exp(-(b0 + sum(b * mean)))");
    expect(result.fits.map((fit) => fit.filled)).toEqual(result.spec.endpoints.map((endpoint) => Object.fromEntries(Object.keys(fitOf(endpoint.id).filled).map((key) => [key, endpoint[key as keyof Endpoint]]))));
  });

  it("gives the simulator R's predictions: fitted change, event probability and median time of three placebo patients", () => {
    const population = populationOfIds(reference.linear.ids, ["age", "bili", "albumin", "edema"]);
    reference.linear.predictions.forEach((expected, patient) => {
      const endpoint = endpointOf("albumin_change");
      close((endpoint.placebo_response as number) + linearPredictor(endpoint.covariates ?? [], population, patient), expected, `lm prediction ${patient}`);
    });
    reference.logistic.predictions.forEach((expected, patient) => {
      const endpoint = endpointOf("death");
      const logOdds = (endpoint.logistic?.intercept as number) + linearPredictor(endpoint.covariates ?? [], population, patient);
      close(1 / (1 + Math.exp(-logOdds)), expected, `glm prediction ${patient}`);
    });
    for (const [id, key] of [["death_time", "weibull"], ["death_time_exponential", "exponential"]] as const) {
      reference[key].predictions.forEach((expected, patient) => {
        const endpoint = endpointOf(id);
        // As drawEventTimes: T = H0⁻¹(−ln U / exp(covariate terms)); the median has −ln U = ln 2.
        const median = inverseCumulativeHazard(endpoint.baseline_hazard as NonNullable<Endpoint["baseline_hazard"]>, Math.LN2 / Math.exp(linearPredictor(endpoint.covariates ?? [], population, patient)));
        close(median, expected, `${key} median ${patient}`);
      });
    }
  });

  it("returns the fitting rows and their real outcomes for designs that borrow real controls", () => {
    const placeboPositions = Array.from(eligible.eligibleRows, (row, position) => ({ row, position })).filter(({ row }) => eligible.cohort.numeric.get("trt")?.[row] === 2);
    const positions = placeboPositions.map(({ position }) => position);
    for (const fit of result.fits) expect(Array.from(fit.tableIndexes)).toEqual(positions);
    const first = placeboPositions[0]?.row as number;
    const outcomes = fitOf("death_time").outcomes;
    expect(outcomes.type).toBe("time-to-event");
    if (outcomes.type !== "time-to-event") return;
    expect([eligible.cohort.ids[first], outcomes.timesDays[0], outcomes.events[0]]).toEqual(["5", 1504, 0]);
    expect(Array.from(outcomes.events).reduce((total, event) => total + event, 0)).toBe(60);
    const binary = fitOf("death").outcomes;
    expect(binary.type === "binary" ? Array.from(binary.events) : []).toEqual(Array.from(outcomes.events));
    const continuous = fitOf("albumin_change").outcomes;
    expect(continuous.type === "continuous" ? continuous.values[0] : Number.NaN).toBe(eligible.cohort.numeric.get("albumin")?.[first]);
  });

  it("keeps everything else of the spec, and resolveSpec leaves the fitted spec as it is", () => {
    expect(resolveSpec(result.spec)).toEqual(result.spec);
    expect({ ...result.spec, endpoints: [] }).toEqual({ ...spec, endpoints: [] });
    expect(result.spec.endpoints.map((endpoint) => endpoint.twin_model)).toEqual(spec.endpoints.map((endpoint) => endpoint.twin_model));
    expect(fitTwinModels({ ...spec, endpoints: [] }, eligible)).toEqual({ spec: { ...spec, endpoints: [] }, fits: [] });
  });

  afterAll(() => {
    // Every comparison above already asserted the tolerance; this prints how close R is.
    console.log(`twin models vs R: ${differences.length} values, largest relative difference ${Math.max(...differences).toExponential(2)}`);
  });
});
