import type { ConcentrationCourse } from "../pk/index.js";
import { simulateDiseaseProgression, simulateEffectSiteConcentrations, simulateIndirectResponse, type IndirectResponseModel, type NaturalProgression } from "../pd/index.js";
import { directDrugEffect } from "./direct-drug-effect.js";
import type { DrugEffect, Endpoint } from "../spec/schema.js";
import { exposureValue, isExposureMetric } from "./exposure-metric.js";
import type { ExposureMetrics } from "./pk-model-types.js";

const HOURS_PER_DAY = 24;

/** An endpoint prepared once per run: its visit times and which visit is analysed. */
export interface EndpointPlan {
  readonly endpoint: Endpoint;
  readonly visitDays: readonly number[];
  readonly visitTimesH: Float64Array;
  readonly primaryIndex: number;
  /** Whether the response needs C(t) (not only a steady-state exposure metric). */
  readonly needsCourse: boolean;
}

/** A patient's drug exposure under one arm, as the endpoint models read it (null: no drug). */
export interface ExposureView {
  readonly metrics: ExposureMetrics;
  course(): ConcentrationCourse;
}

function needsConcentrationCourse(endpoint: Endpoint): boolean {
  if (endpoint.type !== "continuous") return false;
  if (endpoint.model === "indirect-response") return true;
  const driver = endpoint.drug_effect?.exposure;
  return driver === "concentration" || driver === "effect-site";
}

/** Prepares an endpoint: visits default to the end of the trial; the primary visit to the last. */
export function planEndpoint(endpoint: Endpoint, durationDays: number): EndpointPlan {
  const visitDays = endpoint.visits_days ?? [durationDays];
  const primary = endpoint.primary_visit_day ?? visitDays[visitDays.length - 1];
  return {
    endpoint,
    visitDays,
    visitTimesH: Float64Array.from(visitDays, (day) => day * HOURS_PER_DAY),
    primaryIndex: Math.max(0, visitDays.indexOf(primary ?? Number.NaN)),
    needsCourse: needsConcentrationCourse(endpoint),
  };
}

/** E(X) − E(0): the drug effect relative to no drug. */
function effectOf(effect: DrugEffect, exposure: number): number {
  return directDrugEffect(effect, exposure);
}

/** The drug effect at each visit for a direct (exposure-response) model. */
function directEffects(plan: EndpointPlan, effect: DrugEffect, exposure: ExposureView): Float64Array {
  const times = plan.visitTimesH;
  if (effect.model === "constant" || effect.exposure === undefined) return times.map(() => directDrugEffect(effect, 0));
  if (effect.exposure === "concentration") {
    const course = exposure.course();
    return times.map((time) => effectOf(effect, course.at(time)));
  }
  if (effect.exposure === "effect-site") {
    const course = exposure.course();
    const effectSite = simulateEffectSiteConcentrations({ concentrationAt: (time) => course.at(time), ke0PerH: effect.ke0_per_h ?? 1, outputTimesH: times, breakpointsH: course.breakpointsH });
    return effectSite.map((value) => effectOf(effect, value));
  }
  const driver = effect.exposure;
  const value = isExposureMetric(driver) ? effectOf(effect, exposureValue(exposure.metrics, driver)) : Number.NaN;
  return times.map(() => value);
}

function indirectModel(endpoint: Endpoint): IndirectResponseModel {
  const model = endpoint.indirect_response;
  const kOutPerH = model?.kout_per_h ?? 1;
  const kinds = ["inhibition-of-production", "inhibition-of-loss", "stimulation-of-production", "stimulation-of-loss"] as const;
  const kind = kinds[(model?.type ?? 1) - 1] ?? "inhibition-of-production";
  if (kind === "inhibition-of-production" || kind === "inhibition-of-loss") return { kind, kOutPerH, imax: model?.imax ?? 0, ic50MgPerL: model?.ic50_mg_per_l ?? 1 };
  return { kind, kOutPerH, emax: model?.emax ?? 0, ec50MgPerL: model?.ec50_mg_per_l ?? 1 };
}

function progressionOf(endpoint: Endpoint, baseline: number): NaturalProgression {
  const rate = (endpoint.progression?.rate_per_day ?? 0) / HOURS_PER_DAY;
  return endpoint.progression?.model === "exponential" ? { kind: "exponential", baseline, ratePerH: rate } : { kind: "linear", baseline, slopePerH: rate };
}

/** Grid intervals on which an effect-site course is tabulated for the protective progression ODE. */
const EFFECT_SITE_GRID_INTERVALS = 4000;

/**
 * Ce(t) for any t up to untilH: the effect-site ODE solved once on a fine grid (with the
 * dose times) and interpolated linearly — Ce is smooth (a filtered C), so the error is
 * O(h²·Ce'') with h = untilH / 4000.
 */
function effectSiteCourse(course: ConcentrationCourse, ke0PerH: number, untilH: number): (timeH: number) => number {
  const grid = Array.from({ length: EFFECT_SITE_GRID_INTERVALS + 1 }, (_, index) => (untilH * index) / EFFECT_SITE_GRID_INTERVALS);
  const times = Float64Array.from([...new Set([...grid, ...course.breakpointsH.filter((time) => time > 0 && time < untilH)])].sort((a, b) => a - b));
  const values = simulateEffectSiteConcentrations({ concentrationAt: (time) => course.at(time), ke0PerH, outputTimesH: times, breakpointsH: course.breakpointsH });
  return (timeH) => {
    let low = 0;
    let high = times.length - 1;
    if (timeH <= 0) return 0;
    if (timeH >= (times[high] as number)) return values[high] as number;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if ((times[middle] as number) <= timeH) low = middle;
      else high = middle;
    }
    const fraction = (timeH - (times[low] as number)) / ((times[high] as number) - (times[low] as number));
    return (values[low] as number) + fraction * ((values[high] as number) - (values[low] as number));
  };
}

/** The drug effect as a function of time for the progression models, and the kinks of its course. */
function effectOverTime(plan: EndpointPlan, effect: DrugEffect, exposure: ExposureView): { at: (timeH: number) => number; breakpointsH: readonly number[]; constant: boolean } {
  const driver = effect.exposure;
  if (effect.model === "constant" || driver === undefined || isExposureMetric(driver)) {
    const value = driver === undefined || !isExposureMetric(driver) ? directDrugEffect(effect, 0) : effectOf(effect, exposureValue(exposure.metrics, driver));
    return { at: () => value, breakpointsH: [], constant: true };
  }
  const course = exposure.course();
  const untilH = plan.visitTimesH[plan.visitTimesH.length - 1] ?? 0;
  const concentrationAt = driver === "effect-site" ? effectSiteCourse(course, effect.ke0_per_h ?? 1, untilH) : (time: number) => course.at(time);
  return { at: (time) => effectOf(effect, concentrationAt(time)), breakpointsH: course.breakpointsH, constant: false };
}

function progressionResponse(plan: EndpointPlan, baseline: number, exposure: ExposureView | null): Float64Array {
  const { endpoint, visitTimesH } = plan;
  const progression = progressionOf(endpoint, baseline);
  const effect = endpoint.drug_effect;
  if (exposure === null || effect === undefined) return simulateDiseaseProgression({ progression, drug: { kind: "none" }, outputTimesH: visitTimesH }).map((value) => value - baseline);
  const over = effectOverTime(plan, effect, exposure);
  if (endpoint.progression?.drug_action !== "protective") {
    // Offset: S(t) + E(t); the effect at the visits (exact for the effect site: its own solve at the visit times).
    const effects = directEffects(plan, effect, exposure);
    const natural = simulateDiseaseProgression({ progression, drug: { kind: "none" }, outputTimesH: visitTimesH });
    return natural.map((value, visit) => value - baseline + (effects[visit] as number));
  }
  const drug = over.constant ? { kind: "protective-constant" as const, effect: over.at(0) } : { kind: "protective" as const, effectAt: over.at };
  return simulateDiseaseProgression({ progression, drug, outputTimesH: visitTimesH, breakpointsH: over.breakpointsH }).map((value) => value - baseline);
}

/**
 * The drug- and time-dependent part of a patient's change from baseline at each visit
 * (without placebo response, baseline term and residual): the direct drug effect, the
 * turnover model's R(t) − R0, or the disease course S(t) − S0 with the drug acting on it.
 * `exposure` is null without drug.
 */
export function responseAtVisits(plan: EndpointPlan, baseline: number, exposure: ExposureView | null): Float64Array {
  const { endpoint, visitTimesH } = plan;
  if (endpoint.model === "disease-progression") return progressionResponse(plan, baseline, exposure);
  if (exposure === null) return new Float64Array(visitTimesH.length);
  if (endpoint.model === "indirect-response") {
    const course = exposure.course();
    const response = simulateIndirectResponse({ model: indirectModel(endpoint), baseline, concentrationAt: (time) => course.at(time), outputTimesH: visitTimesH, breakpointsH: course.breakpointsH });
    return response.map((value) => value - baseline);
  }
  return endpoint.drug_effect === undefined ? new Float64Array(visitTimesH.length) : directEffects(plan, endpoint.drug_effect, exposure);
}
