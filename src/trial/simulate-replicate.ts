import { drawAdherence, type PatientAdherence } from "../dosing/index.js";
import type { Dose } from "../pk/index.js";
import { growPopulation, type VirtualPopulation } from "../population/index.js";
import { drawStandardNormal, streamFor, type StreamKeyPart } from "../rng/index.js";
import { gradeOf, logisticProbability } from "../safety/index.js";
import { gradeShares } from "../spec/adverse-event-rules.js";
import type { AdverseEventModel } from "../spec/schema.js";
import { addResidualError } from "../variability/index.js";
import { allocateArms } from "./allocate-arms.js";
import { patientDoses } from "./arm-dosing.js";
import { responseAtVisits, type EndpointPlan, type ExposureView } from "./endpoint-model.js";
import { exposureValue } from "./exposure-metric.js";
import { drawIndividualParameters, drawReplicateTypicals, type IndividualParameters } from "./individual-parameters.js";
import { columnReader, covariateValues, prepareCovariateValues, recomputeDerived } from "./patient-covariates.js";
import type { ExposureMetrics } from "./pk-model-types.js";
import { selectMetrics, type PkModel } from "./pk-model.js";
import { simulateBinaryEndpoint } from "./binary-endpoint.js";
import { simulateCountEndpoint } from "./count-endpoint.js";
import { drawEntryDays } from "./enrolment.js";
import type { ContinuousOutcome, EndpointOutcome } from "./endpoint-outcome.js";
import { linearPredictor } from "./linear-predictor.js";
import { applyDropout, drawDropout, observedCourses, type Dropout } from "./draw-dropout.js";
import { simulatePatientCourses, type ReplicateCourses } from "./patient-courses.js";
import type { PatientCourse } from "./simulate-course.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import { censorAtCutoff, dayOfEvent, drawEventTimes, drawPotentialTimes, type EventTimes } from "./time-to-event-endpoint.js";
import type { TrialPlan } from "./trial-plan.js";

/** A patient under one arm: the doses taken and the exposure they give (null: no drug). */
export interface PatientArmExposure {
  readonly doses: readonly Dose[];
  readonly missedIndexes: readonly number[];
  readonly amountMg: number;
  /** Outside the kept replicates, the metrics no driver reads (extremes, cumulative AUC) may be NaN (selectMetrics). */
  readonly metrics: ExposureMetrics;
}

/** Worst grade (0 = none) of one adverse event term, own arm and twin under control. */
export interface AdverseEventOutcome {
  readonly grade: Int8Array;
  readonly twinGrade: Int8Array;
}

/** Observed concentrations at the sampling times (kept replicates): true and with residual error. */
export interface SampledConcentrations {
  readonly trueMgPerL: readonly (Float64Array | null)[];
  readonly observedMgPerL: readonly (Float64Array | null)[];
}

/** One simulated trial: every patient, its arm, PK, exposure, endpoints and adverse events. */
export interface ReplicateSimulation {
  readonly replicate: number;
  readonly population: VirtualPopulation;
  readonly arm: Int32Array;
  readonly typical: readonly number[];
  readonly parameters: IndividualParameters | undefined;
  readonly exposure: readonly (PatientArmExposure | null)[];
  readonly twinExposure: readonly (PatientArmExposure | null)[];
  readonly endpoints: readonly EndpointOutcome[];
  readonly adverseEvents: readonly AdverseEventOutcome[];
  readonly concentrations: SampledConcentrations | undefined;
  /** Calendar day each patient entered (0 without an enrolment model). */
  readonly entryDays: Float64Array;
  /** Calendar day of the analysis of time-to-event endpoints. */
  readonly cutoffDay: number;
  /** Each patient's course through time (time-driven adverse events, dose changes), own arm and twin; undefined without time-driven AE models. */
  readonly courses: ReplicateCourses | undefined;
  /** When and why patients left the trial early (undefined: nobody can: no dropout section and no time-driven AE models). */
  readonly dropout: Dropout | undefined;
}

/** Exposure metrics of a treated patient without a PK model: unknown. */
const NO_EXPOSURE: ExposureMetrics = { cmaxMgPerL: Number.NaN, tmaxAfterDoseH: Number.NaN, cminMgPerL: Number.NaN, ctroughMgPerL: Number.NaN, aucTauMgHPerL: Number.NaN, cavgMgPerL: Number.NaN, aucCumulativeMgHPerL: Number.NaN, timeAboveThresholdH: Number.NaN };

/** How a replicate is simulated apart from the plan: for the designs' variants of it. */
export interface SimulateOptions {
  /**
   * A tag appended to the outcome streams (residuals, event times, truth): the same patients
   * with independent outcome noise, e.g. the twin generator's synthetic controls.
   */
  readonly outcomeTag?: string;
  /** Adds columns to the grown population before anything reads it (the designs' drift). */
  readonly augment?: (population: VirtualPopulation, replicate: number) => VirtualPopulation;
}

interface Context {
  readonly plan: TrialPlan;
  readonly outcomeTag: string | undefined;
  readonly replicate: number;
  readonly population: VirtualPopulation;
  readonly parameters: IndividualParameters | undefined;
  readonly adherence: readonly (PatientAdherence | undefined)[];
  readonly courses: ReplicateCourses | undefined;
  /** The PK model's metrics for this replicate (selectMetrics), undefined without a PK model. */
  readonly measure: PkModel["metrics"] | undefined;
}

function parameterValues(parameters: IndividualParameters, patient: number): number[] {
  return parameters.values.map((values) => values[patient] as number);
}

function exposureUnder(context: Context, patient: number, armIndex: number, course: PatientCourse | undefined): PatientArmExposure | null {
  const { plan, parameters } = context;
  const dosing = plan.arms[armIndex]?.dosing;
  if (dosing === undefined) return null;
  // Without a PK model a regimen only marks the arm as treated: constant drug effects apply.
  if (context.measure === undefined || parameters === undefined) return { doses: [], missedIndexes: [], amountMg: dosing.regimen.dose_mg ?? Number.NaN, metrics: NO_EXPOSURE };
  const planned = patientDoses(dosing, { population: context.population, patient, adherence: context.adherence[patient] });
  // With time-driven adverse events, the doses the patient's course really gave (interruptions,
  // reductions, discontinuation), unless the estimand is hypothetical (as if on the planned dose).
  const taken = course === undefined || plan.spec.analysis.estimand === "hypothetical" ? planned : { ...planned, doses: [...course.doses] };
  const threshold = plan.spec.pk?.threshold_mg_per_l;
  const window = { lastDoseH: dosing.lastDoseH, intervalH: dosing.regimen.interval_h, ...(threshold === undefined ? {} : { thresholdMgPerL: threshold }) };
  const metrics = context.measure(parameterValues(parameters, patient), taken.doses, window);
  return { doses: taken.doses, missedIndexes: taken.missedIndexes, amountMg: taken.amountMg, metrics };
}

function viewOf(context: Context, exposure: PatientArmExposure | null, patient: number, untilH: number): ExposureView | null {
  const { plan, parameters } = context;
  if (exposure === null) return null;
  // On drug without a PK model: only a constant drug effect applies (the spec rules ensure it).
  if (plan.pkModel === undefined || parameters === undefined) return { metrics: exposure.metrics, course: () => { throw new Error("a drug effect read a concentration course without a PK model"); } };
  const model = plan.pkModel;
  return { metrics: exposure.metrics, course: () => model.course(parameterValues(parameters, patient), exposure.doses, untilH) };
}

function simulateContinuousEndpoint(context: Context, endpointPlan: EndpointPlan, exposures: { own: readonly (PatientArmExposure | null)[]; twin: readonly (PatientArmExposure | null)[] }): ContinuousOutcome {
  const { plan, population } = context;
  const { endpoint, visitTimesH, primaryIndex } = endpointPlan;
  const rng = streamFor(plan.spec.trial.seed, tagged(STREAM_PURPOSES.residual(context.replicate, endpoint.id), context.outcomeTag));
  const baseline = population.numeric.get(endpoint.baseline_column ?? "") ?? new Float64Array(population.size);
  const residualSd = endpoint.residual_sd ?? 0;
  const visits = visitTimesH.length;
  const visitChanges = Array.from({ length: visits }, () => new Float64Array(population.size));
  const twinVisitChanges = Array.from({ length: visits }, () => new Float64Array(population.size));
  const untilH = visitTimesH[visits - 1] ?? 0;
  const meanChange = new Float64Array(population.size);
  const twinMeanChange = new Float64Array(population.size);
  for (let patient = 0; patient < population.size; patient++) {
    const b = baseline[patient] as number;
    const fixed = (endpoint.placebo_response ?? 0) + (endpoint.baseline_slope ?? 0) * (b - (endpoint.baseline_centre ?? 0)) + linearPredictor(endpoint.covariates ?? [], population, patient);
    const own = exposures.own[patient] ?? null;
    const twin = exposures.twin[patient] ?? null;
    const ownResponse = responseAtVisits(endpointPlan, b, viewOf(context, own, patient, untilH));
    const twinResponse = twin === own ? ownResponse : responseAtVisits(endpointPlan, b, viewOf(context, twin, patient, untilH));
    meanChange[patient] = fixed + (ownResponse[primaryIndex] as number);
    twinMeanChange[patient] = fixed + (twinResponse[primaryIndex] as number);
    for (let visit = 0; visit < visits; visit++) {
      // One residual per visit, shared by the patient and its twin (common random numbers).
      const residual = residualSd * drawStandardNormal(rng);
      (visitChanges[visit] as Float64Array)[patient] = fixed + (ownResponse[visit] as number) + residual;
      (twinVisitChanges[visit] as Float64Array)[patient] = fixed + (twinResponse[visit] as number) + residual;
    }
  }
  const primary = (changes: Float64Array[]): Float64Array => changes[primaryIndex] ?? new Float64Array(population.size);
  return { type: "continuous", baseline, change: primary(visitChanges), twinChange: primary(twinVisitChanges), meanChange, twinMeanChange, residualSd, visitChanges, twinVisitChanges };
}

function tagged(purpose: StreamKeyPart[], tag: string | undefined): StreamKeyPart[] {
  return tag === undefined ? purpose : [...purpose, tag];
}

type Exposures = { own: readonly (PatientArmExposure | null)[]; twin: readonly (PatientArmExposure | null)[] };

/**
 * Every endpoint in spec order (a responder endpoint reads an earlier continuous one).
 * Time-to-event endpoints are analysed at one calendar cutoff: a fixed day, or the day the
 * target number of events of the first time-to-event endpoint is reached.
 */
function simulateEndpoints(context: Context, exposures: Exposures, entryDays: Float64Array): { endpoints: EndpointOutcome[]; cutoffDay: number } {
  const { plan, population, replicate } = context;
  const seed = plan.spec.trial.seed;
  const rngFor = (id: string) => streamFor(seed, tagged(STREAM_PURPOSES.residual(replicate, id), context.outcomeTag));
  const common = { population, own: exposures.own, twin: exposures.twin };
  const eventTimes = new Map(plan.spec.endpoints.filter((endpoint) => endpoint.type === "time-to-event").map((endpoint) => [endpoint.id, drawEventTimes(endpoint, common, rngFor(endpoint.id))]));
  const cutoff = plan.spec.analysis.cutoff;
  const firstEvents = [...eventTimes.values()][0];
  const cutoffDay = cutoff?.events !== undefined && firstEvents !== undefined ? dayOfEvent(firstEvents, entryDays, cutoff.events) : (cutoff?.day ?? plan.spec.trial.duration_days);
  const outcomes = new Map<string, EndpointOutcome>();
  const endpoints = plan.endpoints.map((endpointPlan): EndpointOutcome => {
    const { endpoint } = endpointPlan;
    let outcome: EndpointOutcome;
    if (endpoint.type === "binary") outcome = simulateBinaryEndpoint(endpoint, { ...common, earlier: outcomes }, rngFor(endpoint.id));
    else if (endpoint.type === "count") outcome = simulateCountEndpoint(endpoint, { ...common, years: plan.spec.trial.duration_days / 365.25 }, rngFor(endpoint.id));
    else if (endpoint.type === "time-to-event") {
      const times = eventTimes.get(endpoint.id) as EventTimes;
      outcome = { ...censorAtCutoff(times, entryDays, cutoffDay), potential: drawPotentialTimes(endpoint, times, streamFor(seed, tagged(STREAM_PURPOSES.truth(replicate, endpoint.id), context.outcomeTag))) };
    }
    else outcome = simulateContinuousEndpoint(context, endpointPlan, exposures);
    outcomes.set(endpoint.id, outcome);
    return outcome;
  });
  return { endpoints, cutoffDay };
}

function simulateAdverseEvent(context: Context, model: AdverseEventModel, exposures: { own: readonly (PatientArmExposure | null)[]; twin: readonly (PatientArmExposure | null)[] }): AdverseEventOutcome {
  const size = context.population.size;
  const rng = streamFor(context.plan.spec.trial.seed, STREAM_PURPOSES.adverseEvent(context.replicate, model.term));
  const shares = model.grades === undefined ? [1] : gradeShares(model.grades);
  const grade = new Int8Array(size);
  const twinGrade = new Int8Array(size);
  const gradeFor = (exposure: PatientArmExposure | null, occurrence: number, severity: number): number => {
    // The spec rules keep concentration to hazard models: a logistic model reads a metric of the last interval.
    const metric = model.exposure === "concentration" ? "cavg" : model.exposure;
    const probability = logisticProbability(model.intercept ?? 0, model.slope, exposureValue(exposure?.metrics ?? null, metric));
    return occurrence < probability ? gradeOf(severity, shares) : 0;
  };
  for (let patient = 0; patient < size; patient++) {
    // Two uniforms per patient, always: whether, then how severe.
    const occurrence = rng.next();
    const severity = rng.next();
    grade[patient] = gradeFor(exposures.own[patient] ?? null, occurrence, severity);
    twinGrade[patient] = gradeFor(exposures.twin[patient] ?? null, occurrence, severity);
  }
  return { grade, twinGrade };
}

/**
 * The composite estimand: a patient whose drug was stopped for an adverse event gets the
 * endpoint's composite_value as its outcome (and expected outcome); its twin, under control,
 * never stops, so the true effect includes stopping as part of the outcome.
 */
function compositeOutcomes(plan: TrialPlan, endpoints: EndpointOutcome[], courses: ReplicateCourses | undefined): EndpointOutcome[] {
  if (plan.spec.analysis.estimand !== "composite" || courses === undefined) return endpoints;
  return endpoints.map((outcome, index) => {
    const value = plan.spec.endpoints[index]?.composite_value;
    if (outcome.type !== "binary" || value === undefined) return outcome;
    const stopped = (patient: number) => !Number.isNaN(courses.own[patient]?.discontinuedH ?? Number.NaN);
    // Stopping is the outcome, known when it happens: observed even if the patient then leaves.
    const observed = outcome.observed?.map((seen, patient) => (stopped(patient) ? 1 : seen));
    return { ...outcome, response: outcome.response.map((response, patient) => (stopped(patient) ? value : response)), probability: outcome.probability.map((probability, patient) => (stopped(patient) ? value : probability)), ...(observed === undefined ? {} : { observed }) };
  });
}

/** The worst grade of a time-driven term in each patient's course, own and twin (0: none). */
function worstGrades(courses: ReplicateCourses, term: number): AdverseEventOutcome {
  const worst = (list: readonly PatientCourse[]) => Int8Array.from(list, (course) => course.occurrences.reduce((grade, occurrence) => (occurrence.term === term ? Math.max(grade, occurrence.grade) : grade), 0));
  return { grade: worst(courses.own), twinGrade: worst(courses.twin) };
}

function sampleConcentrations(context: Context, exposure: readonly (PatientArmExposure | null)[]): SampledConcentrations | undefined {
  const { plan, parameters } = context;
  if (context.replicate > plan.spec.outputs.keep_replicates || plan.samplingTimesH.length === 0 || plan.pkModel === undefined || parameters === undefined) return undefined;
  const model = plan.pkModel;
  const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.residualError(context.replicate));
  const error = plan.residualError;
  const trueMgPerL: (Float64Array | null)[] = [];
  const observedMgPerL: (Float64Array | null)[] = [];
  exposure.forEach((own, patient) => {
    const truth = own === null ? null : model.concentrations(parameterValues(parameters, patient), own.doses, plan.samplingTimesH);
    // Two normals per observation for every patient, drug or not, so the stream stays aligned.
    const observed = Float64Array.from(plan.samplingTimesH, (_, index) => (error === undefined ? (rng.next(), rng.next(), truth?.[index] ?? 0) : addResidualError(rng, truth?.[index] ?? 0, error)));
    trueMgPerL.push(truth);
    observedMgPerL.push(truth === null ? null : observed);
  });
  return { trueMgPerL, observedMgPerL };
}

function drawPatientParameters(plan: TrialPlan, population: VirtualPopulation, replicate: number): { typical: number[]; parameters: IndividualParameters | undefined } {
  const model = plan.parameterModel;
  if (model === undefined) return { typical: [], parameters: undefined };
  const seed = plan.spec.trial.seed;
  const typical = drawReplicateTypicals(model, model.uncertainty === undefined ? undefined : streamFor(seed, STREAM_PURPOSES.parameterUncertainty(replicate)));
  const columns = [...new Set(model.effects.flatMap((effects) => effects.map((effect) => effect.covariate)))];
  const readPatient = prepareCovariateValues(plan, population, columns);
  const covariates = { columns, read: (pop: VirtualPopulation, patient: number) => (pop === population ? readPatient(patient) : covariateValues(plan, pop, patient, columns)), column: (name: string) => columnReader(plan, population, name) };
  return { typical, parameters: drawIndividualParameters({ model, typical, population, covariates }, streamFor(seed, STREAM_PURPOSES.randomEffects(replicate))) };
}

function drawAllAdherence(plan: TrialPlan, size: number, replicate: number): (PatientAdherence | undefined)[] {
  const model = plan.adherence;
  if (model === undefined) return new Array<undefined>(size).fill(undefined);
  const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.adherence(replicate));
  return Array.from({ length: size }, () => drawAdherence(rng, model, plan.scheduleLength));
}

/**
 * Simulates replicate `replicate` (1-based) of the trial. A pure function of the plan and
 * the replicate index: every random number comes from a stream keyed by (seed,
 * replicate, purpose), so the result does not depend on which worker runs it or when.
 */
export function simulateReplicate(plan: TrialPlan, replicate: number, options: SimulateOptions = {}): ReplicateSimulation {
  const seed = plan.spec.trial.seed;
  const grown = growPopulation({ table: plan.table, method: plan.spec.population.method, missing: plan.spec.population.missing, size: plan.patientCount, smoothing: plan.smoothing }, streamFor(seed, STREAM_PURPOSES.population(replicate)));
  const derived = recomputeDerived(plan, grown);
  const population = options.augment === undefined ? derived : options.augment(derived, replicate);
  const arm = allocateArms(plan.allocationBlock, plan.patientCount, streamFor(seed, STREAM_PURPOSES.allocation(replicate)));
  const { typical, parameters } = drawPatientParameters(plan, population, replicate);
  const adherence = drawAllAdherence(plan, population.size, replicate);
  const courses = simulatePatientCourses(plan, { replicate, population, arm, parameters, adherence });
  const measure = plan.pkModel === undefined ? undefined : selectMetrics(plan.pkModel, plan.spec, replicate);
  const context: Context = { plan, outcomeTag: options.outcomeTag, replicate, population, parameters, adherence, courses, measure };
  const exposure = Array.from(arm, (armIndex, patient) => exposureUnder(context, patient, armIndex, courses?.own[patient]));
  const twinExposure = Array.from(arm, (armIndex, patient) => (armIndex === plan.controlIndex || plan.controlIndex < 0 ? (exposure[patient] ?? null) : exposureUnder(context, patient, plan.controlIndex, courses?.twin[patient])));
  const exposures = { own: exposure, twin: twinExposure };
  const entryDays = drawEntryDays(plan.spec.enrolment, population.size, plan.spec.enrolment === undefined ? undefined : streamFor(seed, STREAM_PURPOSES.enrolment(replicate)));
  const simulated = simulateEndpoints(context, exposures, entryDays);
  const { cutoffDay } = simulated;
  const dropout = drawDropout(plan, { replicate, endpoints: simulated.endpoints, courses, size: population.size });
  const endpoints = compositeOutcomes(plan, applyDropout(plan, simulated.endpoints, dropout), courses);
  // Safety sees what the trial records: nothing after a patient left.
  const recorded = observedCourses(courses, dropout);
  const adverseEvents = plan.spec.adverse_events.map((model, index) => (model.model === "logistic" || recorded === undefined ? simulateAdverseEvent(context, model, exposures) : worstGrades(recorded, index)));
  return { replicate, population, arm, typical, parameters, exposure, twinExposure, endpoints, adverseEvents, concentrations: sampleConcentrations(context, exposure), entryDays, cutoffDay, courses: recorded, dropout };
}
