import { OperatingCharacteristicsAccumulator, quantileType7, type OperatingCharacteristics } from "../stats/index.js";
import type { AnalysisMethod } from "../spec/schema.js";
import type { EfficacyResult } from "./analyse-efficacy.js";
import type { MultiplicityMethod } from "./apply-multiplicity.js";
import type { EffectMeasure } from "./comparison.js";
import type { SafetyCategory, SafetyResult } from "./analyse-safety.js";
import { KM_MEDIAN_CATEGORY } from "./safety-categories.js";

/** Operating characteristics of one endpoint × comparison × method (a row of summary.csv). */
export interface EfficacySummary {
  readonly endpoint: string;
  readonly treatmentArm: string;
  readonly controlArm: string;
  readonly method: AnalysisMethod;
  readonly measure: EffectMeasure;
  readonly primary: boolean;
  /** The multiplicity adjustment behind `rejected` ("none" outside the family). */
  readonly adjustment: MultiplicityMethod;
  readonly characteristics: OperatingCharacteristics;
  /** True when every replicate's true effect is exactly 0: the rejection rate is a type I error. */
  readonly isNull: boolean;
  /** Mean events in the two arms at the analysis (time-to-event), else NaN. */
  readonly meanEvents: number;
}

/** Family-wise rejection rates of the multiplicity family over the replicates. */
export interface FamilySummary {
  readonly method: MultiplicityMethod;
  readonly hypotheses: readonly string[];
  readonly replicates: number;
  /** Share of replicates rejecting at least one hypothesis (disjunctive power). */
  readonly anyRejected: number;
  /** Share of replicates rejecting every hypothesis (conjunctive power). */
  readonly allRejected: number;
  /** Hypotheses whose true effect is exactly 0 in every replicate. */
  readonly nullHypotheses: readonly string[];
  /** Share of replicates rejecting at least one of those: the family-wise error rate (NaN without any). */
  readonly familywiseError: number;
}

/** Mean safety numbers of one row of safety.csv (arm × term × grade × organ class × day) across replicates. */
export interface SafetySummary {
  readonly arm: string;
  readonly term: string;
  readonly grade: SafetyCategory;
  readonly soc: string;
  readonly pt: string;
  /** Landmark day of a Kaplan–Meier row, else NaN. */
  readonly day: number;
  readonly meanPatientsAtRisk: number;
  readonly meanPatientsWithEvent: number;
  readonly meanIncidence: number;
  readonly meanRiskDifference: number | null;
  readonly meanExposureYears: number;
  /** Pooled over the replicates: 100 × Σ patients with the event / Σ patient-years at risk. */
  readonly ratePer100PatientYears: number;
  /** Mean of a Kaplan–Meier estimate or a dose intensity (NaN on incidence rows). */
  readonly meanValue: number;
  /**
   * Median over the replicates of a Kaplan–Meier median, a median not reached counting as
   * longer than any (Infinity when not reached in half of them); NaN on other rows.
   */
  readonly medianValue: number;
}

/** Streams efficacy results into operating characteristics, in first-seen (spec) order. */
export class EfficacySummariser {
  private readonly accumulators = new Map<string, { first: EfficacyResult; accumulator: OperatingCharacteristicsAccumulator; isNull: boolean; events: number }>();

  constructor(private readonly adjustment: MultiplicityMethod = "none") {}

  add(result: EfficacyResult): void {
    const key = `${result.endpoint}\u0000${result.treatmentArm}\u0000${result.method}`;
    let entry = this.accumulators.get(key);
    if (entry === undefined) {
      entry = { first: result, accumulator: new OperatingCharacteristicsAccumulator(), isNull: true, events: 0 };
      this.accumulators.set(key, entry);
    }
    const { estimate } = result;
    entry.accumulator.add({ estimate: estimate.estimate, standardError: estimate.standardError, ciLower: estimate.ciLower, ciUpper: estimate.ciUpper, trueEffect: result.trueEffect, rejected: result.rejected });
    entry.isNull &&= result.trueEffect === 0;
    entry.events += result.events;
  }

  result(): EfficacySummary[] {
    return [...this.accumulators.values()].map(({ first, accumulator, isNull, events }) => {
      const characteristics = accumulator.result();
      return {
        endpoint: first.endpoint,
        treatmentArm: first.treatmentArm,
        controlArm: first.controlArm,
        method: first.method,
        measure: first.measure,
        primary: first.primary,
        adjustment: Number.isNaN(first.pAdjusted) ? "none" : this.adjustment,
        characteristics,
        isNull,
        meanEvents: events / characteristics.replicates,
      };
    });
  }
}

/**
 * Streams each replicate's decisions on the family into family-wise rejection rates. Which
 * hypotheses are null (true effect exactly 0 in every replicate) is known only at the end, so
 * each replicate's rejections are kept (one small array per replicate).
 */
export class FamilySummariser {
  private readonly rejections: boolean[][] = [];
  private readonly nullness: boolean[];

  constructor(
    private readonly method: MultiplicityMethod,
    private readonly hypotheses: readonly string[],
  ) {
    this.nullness = hypotheses.map(() => true);
  }

  /** Adds one replicate's results; only the family's primary analyses count. */
  add(results: readonly EfficacyResult[]): void {
    const members = this.hypotheses.map((key) => results.find((result) => result.primary && `${result.endpoint}:${result.treatmentArm}` === key));
    members.forEach((member, index) => {
      this.nullness[index] = this.nullness[index] === true && member?.trueEffect === 0;
    });
    this.rejections.push(members.map((member) => member?.rejected === true));
  }

  result(): FamilySummary {
    const replicates = this.rejections.length;
    const share = (predicate: (row: boolean[]) => boolean) => this.rejections.filter(predicate).length / replicates;
    const nullIndexes = this.nullness.flatMap((isNull, index) => (isNull ? [index] : []));
    return {
      method: this.method,
      hypotheses: this.hypotheses,
      replicates,
      anyRejected: share((row) => row.includes(true)),
      allRejected: share((row) => row.every(Boolean)),
      nullHypotheses: nullIndexes.map((index) => this.hypotheses[index] as string),
      familywiseError: nullIndexes.length === 0 ? Number.NaN : share((row) => nullIndexes.some((index) => row[index] === true)),
    };
  }
}

interface SafetySums {
  readonly first: SafetyResult;
  incidence: number;
  riskDifference: number;
  count: number;
  patientsAtRisk: number;
  withEvent: number;
  exposureYears: number;
  value: number;
  /** Kaplan–Meier medians, one per replicate (NaN → Infinity), for medianValue. */
  readonly medians: number[];
}

/** The median of values whose NaN means "longer than any": not reached. */
function medianNotReachedLast(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.map((value) => (Number.isNaN(value) ? Infinity : value)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return quantileType7(sorted, 0.5);
}

/** Streams safety rows into means across replicates (incidences, risk differences, rates, values). */
export class SafetySummariser {
  private readonly sums = new Map<string, SafetySums>();

  add(result: SafetyResult): void {
    const key = `${result.arm}\u0000${result.term}\u0000${result.soc}\u0000${result.grade}\u0000${result.day}`;
    const entry = this.sums.get(key) ?? { first: result, incidence: 0, riskDifference: 0, count: 0, patientsAtRisk: 0, withEvent: 0, exposureYears: 0, value: 0, medians: [] };
    entry.incidence += result.incidence;
    entry.riskDifference += result.riskDifference?.estimate ?? 0;
    entry.count += 1;
    entry.patientsAtRisk += result.patientsAtRisk;
    entry.withEvent += result.patientsWithEvent;
    entry.exposureYears += result.exposureYears;
    entry.value += result.value;
    if (result.grade === KM_MEDIAN_CATEGORY) entry.medians.push(result.value);
    this.sums.set(key, entry);
  }

  result(): SafetySummary[] {
    return [...this.sums.values()].map(({ first, incidence, riskDifference, count, ...sums }) => ({
      arm: first.arm,
      term: first.term,
      grade: first.grade,
      soc: first.soc,
      pt: first.pt,
      day: first.day,
      meanPatientsAtRisk: sums.patientsAtRisk / count,
      meanPatientsWithEvent: sums.withEvent / count,
      meanIncidence: incidence / count,
      meanRiskDifference: first.riskDifference === null ? null : riskDifference / count,
      meanExposureYears: sums.exposureYears / count,
      ratePer100PatientYears: (100 * sums.withEvent) / sums.exposureYears,
      meanValue: sums.value / count,
      medianValue: medianNotReachedLast(sums.medians),
    }));
  }
}

/** Mean change from baseline of one endpoint, arm and visit over all patients of all replicates. */
export interface VisitSummary {
  readonly endpoint: string;
  readonly arm: string;
  readonly visitDay: number;
  readonly meanChange: number;
}

/** Streams every replicate's visit values into means by endpoint × arm × visit. */
export class VisitSummariser {
  private readonly sums = new Map<string, { summary: Omit<VisitSummary, "meanChange">; total: number; count: number }>();

  add(entries: Iterable<{ endpoint: string; arm: string; visitDay: number; change: number }>): void {
    for (const { endpoint, arm, visitDay, change } of entries) this.addChanges(endpoint, arm, visitDay, [change]);
  }

  /** Adds one replicate's changes of one endpoint, arm and visit, in patient order (one key lookup for them all). */
  addChanges(endpoint: string, arm: string, visitDay: number, changes: readonly number[]): void {
    if (changes.length === 0) return;
    const key = `${endpoint}\u0000${arm}\u0000${visitDay}`;
    let entry = this.sums.get(key);
    if (entry === undefined) {
      entry = { summary: { endpoint, arm, visitDay }, total: 0, count: 0 };
      this.sums.set(key, entry);
    }
    for (const change of changes) entry.total += change;
    entry.count += changes.length;
  }

  result(): VisitSummary[] {
    return [...this.sums.values()].map(({ summary, total, count }) => ({ ...summary, meanChange: total / count }));
  }
}
