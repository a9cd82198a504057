import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AdverseEventModel } from "../../src/spec/schema.js";
import { analyseSafety, type SafetyPlan, type SafetySimulation } from "../../src/trial/analyse-safety.js";
import type { ArmDosing } from "../../src/trial/arm-dosing.js";
import type { SafetyResult } from "../../src/trial/safety-result.js";
import type { AdverseEventOccurrence, DoseAction, PatientCourse } from "../../src/trial/simulate-course.js";
import type { ArmPlan } from "../../src/trial/trial-plan.js";

/*
 * Hand-built patient courses and the safety rows R computes for them from the definitions
 * (test/reference/safety-tables.R → safety-tables.json; R 4.2.2, survival 3.5-3). jsonlite
 * writes 15 significant digits: values agree to about 1e-15 relative, hence the 1e-13
 * tolerance. JSON null is R's NA (NaN here, or no risk difference).
 */
interface Reference {
  readonly input: {
    readonly duration_days: number;
    readonly confidence_level: number;
    readonly arms: readonly { id: string; index: number; control: boolean; dosed: boolean }[];
    readonly arm_of: readonly number[];
    readonly terms: readonly { term: string; model: AdverseEventModel["model"]; soc: string; pt: string; serious_from_grade: number; highest_grade: number }[];
    readonly occurrences: readonly { patient: number; term: number; onset_h: number; grade: number; duration_h: number | null; action: DoseAction; serious: boolean }[];
    readonly courses: readonly { patient: number; death_h: number | null; discontinued_h: number | null; planned_mg: number; delivered_mg: number; follow_up_h: number }[];
    readonly logistic_term: number;
    readonly logistic_grade: readonly number[];
  };
  readonly rows: readonly ReferenceRow[];
}

interface ReferenceRow {
  readonly term: string;
  readonly grade: string;
  readonly soc: string;
  readonly arm: string;
  readonly day: number | null;
  readonly patients_at_risk: number;
  readonly patients_with_event?: number | null;
  readonly incidence?: number;
  readonly exposure_years?: number;
  readonly rate?: number;
  readonly risk_difference?: number | null;
  readonly rd_ci_lower?: number | null;
  readonly rd_ci_upper?: number | null;
  readonly value: number | null;
}

const reference = JSON.parse(readFileSync(new URL("../reference/safety-tables.json", import.meta.url), "utf8")) as Reference;
const { input } = reference;

function buildPlan(): SafetyPlan {
  const arms = input.arms.map((arm): ArmPlan => ({
    id: arm.id, label: arm.id, index: arm.index, isControl: arm.control, size: input.arm_of.filter((index) => index === arm.index).length,
    regimen: undefined, dosing: arm.dosed ? ({} as ArmDosing) : undefined,
  }));
  // The grade model only sets the highest grade a term's rows reach: proportional odds (5) or a split ending at that grade.
  const gradeModel = (highest: number) =>
    highest === 5 ? { ordinal: { intercepts: [1, -0.5, -2.5, -6], slope: 0.5 } } : { grades: { grade_1: 0.5, grade_2: 0.3, grade_3: highest === 3 ? 0.2 : 0.1, grade_4: highest === 4 ? 0.1 : 0, grade_5: 0 } };
  const models = input.terms.map((term) => ({ term: term.term, model: term.model, soc: term.soc, pt: term.pt, serious_from_grade: term.serious_from_grade, ...gradeModel(term.highest_grade) }) as unknown as AdverseEventModel);
  return { arms, controlIndex: 0, spec: { adverse_events: models, analysis: { confidence_level: input.confidence_level }, trial: { duration_days: input.duration_days } } } as unknown as SafetyPlan;
}

function buildCourse(patient: number): PatientCourse {
  const row = input.courses[patient] as Reference["input"]["courses"][number];
  const occurrences: AdverseEventOccurrence[] = input.occurrences
    .filter((entry) => entry.patient === patient)
    .map((entry) => ({ term: entry.term, onsetH: entry.onset_h, grade: entry.grade, serious: entry.serious, durationH: entry.duration_h ?? Infinity, action: entry.action }));
  return {
    occurrences, doses: [], plannedMg: row.planned_mg, deliveredMg: row.delivered_mg,
    interruptions: occurrences.filter((entry) => entry.action.startsWith("interrupted")).length, reductions: occurrences.filter((entry) => entry.action.endsWith("reduced")).length, reEscalations: 0,
    discontinuedH: row.discontinued_h ?? Number.NaN, deathH: row.death_h ?? Number.NaN, followUpH: row.follow_up_h,
  };
}

function buildSimulation(): SafetySimulation {
  const own = input.arm_of.map((_, patient) => buildCourse(patient));
  const adverseEvents = input.terms.map((_, term) => {
    // Time-driven terms: the worst grade of the course, as simulateReplicate stores it.
    const grade = Int8Array.from(own, (course, patient) => (term === input.logistic_term ? (input.logistic_grade[patient] as number) : course.occurrences.reduce((worst, entry) => (entry.term === term ? Math.max(worst, entry.grade) : worst), 0)));
    return { grade, twinGrade: grade };
  });
  return { replicate: 1, arm: Int32Array.from(input.arm_of), adverseEvents, courses: { own, twin: own } };
}

const results = analyseSafety(buildPlan(), buildSimulation());
const keyOf = (row: { arm: string; term: string; soc: string; grade: string; day: number | null }) => `${row.arm}|${row.term}|${row.soc}|${row.grade}|${row.day === null || Number.isNaN(row.day) ? "NA" : row.day}`;
const byKey = new Map(results.map((result) => [keyOf(result), result]));

function expectClose(got: number, expected: number | null | undefined, what: string): void {
  if (expected === undefined) return;
  if (expected === null) {
    expect(got, what).toBeNaN();
    return;
  }
  const tolerance = 1e-13 * Math.max(1, Math.abs(expected));
  expect(Math.abs(got - expected), `${what}: got ${got}, expected ${expected}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

function found(key: string): SafetyResult {
  const result = byKey.get(key);
  if (result === undefined) throw new Error(`no row ${key}`);
  return result;
}

describe("analyseSafety on hand-built courses (R reference safety-tables.json)", () => {
  it("writes exactly the rows R writes: terms, organ classes, overview, Kaplan–Meier and dose intensity", () => {
    expect(results).toHaveLength(reference.rows.length);
    expect(new Set(results.map(keyOf))).toEqual(new Set(reference.rows.map(keyOf)));
  });

  it.each(reference.rows.map((row) => [keyOf(row), row] as const))("%s matches R", (key, row) => {
    const result = found(key);
    expect(result.patientsAtRisk).toBe(row.patients_at_risk);
    expectClose(result.patientsWithEvent, row.patients_with_event, "patients with the event");
    expectClose(result.incidence, row.incidence, "incidence");
    expectClose(result.exposureYears, row.exposure_years, "patient-years at risk");
    expectClose(result.ratePer100PatientYears, row.rate, "rate per 100 patient-years");
    expectClose(result.riskDifference?.estimate ?? Number.NaN, row.risk_difference, "risk difference");
    expectClose(result.riskDifference?.ciLower ?? Number.NaN, row.rd_ci_lower, "RD lower limit");
    expectClose(result.riskDifference?.ciUpper ?? Number.NaN, row.rd_ci_upper, "RD upper limit");
    expectClose(result.value, row.value, "value");
  });

  it("stops a term's grade rows at the highest grade its model gives, and an organ class's at its terms' highest", () => {
    const gradesOf = (term: string, soc: string) => [...new Set(results.filter((row) => row.term === term && row.soc === soc).map((row) => row.grade))];
    expect(gradesOf("neutropenia", "Blood and lymphatic system disorders")).toEqual(["any", "1", "2", "3", "4", "5"]);
    expect(gradesOf("nausea", "Gastrointestinal disorders")).toEqual(["any", "1", "2", "3"]);
    expect(gradesOf("diarrhoea", "Gastrointestinal disorders")).toEqual(["any", "1", "2", "3", "4"]);
    expect(gradesOf("(any)", "Gastrointestinal disorders")).toEqual(["any", "1", "2", "3", "4"]);
  });

  it("gives term rows their spec organ class and preferred term, and '(any)' over several terms", () => {
    expect(found("drug|neutropenia|Blood and lymphatic system disorders|any|NA")).toMatchObject({ pt: "Neutrophil count decreased" });
    expect(found("drug|(any)|Gastrointestinal disorders|any|NA")).toMatchObject({ pt: "(any)" });
    expect(found("drug|(any)|(any)|death|NA")).toMatchObject({ pt: "(any)" });
  });

  // A few rows by hand, so the definitions can be read off the test.
  it("grade ≥ 3 overview: a logistic grade 4 counts, at risk for its whole follow-up", () => {
    // Placebo: patient 7 (logistic grade 4, no onset: 1344 h) and patient 10 (nausea grade 3 at 1200 h);
    // patients 0, 2 and 5 have no grade ≥ 3 event: 1344 h each. 5 patients, 2 with the event.
    const row = found("placebo|(any)|(any)|grade_3_or_worse|NA");
    expect(row.patientsWithEvent).toBe(2);
    expect(row.exposureYears).toBeCloseTo((4 * 1344 + 1200) / 8766, 14);
    expect(row.ratePer100PatientYears).toBeCloseTo(200 / ((4 * 1344 + 1200) / 8766), 10);
  });

  it("death: the patient who died is at risk until death, and everyone's follow-up ends there", () => {
    // Drug: patient 3 died at 300 h; the other five are followed for 1344 h.
    const row = found("drug|(any)|(any)|death|NA");
    expect(row.patientsWithEvent).toBe(1);
    expect(row.exposureYears).toBeCloseTo((300 + 5 * 1344) / 8766, 14);
    // Wald risk difference 1/6 − 0/5 with SE √((1/6)(5/6)/6).
    const se = Math.sqrt(((1 / 6) * (5 / 6)) / 6);
    expect(row.riskDifference?.estimate).toBeCloseTo(1 / 6, 15);
    expect(row.riskDifference?.ciUpper).toBeCloseTo(1 / 6 + 1.959963984540054 * se, 14);
  });

  it("a logistic term keeps the planned-period exposure: arm size × duration", () => {
    expect(found("drug|diarrhoea|Gastrointestinal disorders|any|NA").exposureYears).toBe(6 * (56 / 365.25));
    expect(found("drug|diarrhoea|Gastrointestinal disorders|any|NA").patientsWithEvent).toBe(2);
  });

  it("Kaplan–Meier median at a flat stretch at 0.5 is its midpoint (R's quantile.survfit)", () => {
    // Drug: grade ≥ 3 onsets at 100, 200, 300 and 500 h of 6 patients: S = 0.5 on [12.5, 20.83) days.
    expect(found("drug|(any)|(any)|km_median_days_to_grade_3_or_worse|NA").value).toBeCloseTo((300 / 24 + 500 / 24) / 2, 12);
    expect(found("placebo|(any)|(any)|km_median_days_to_grade_3_or_worse|NA").value).toBeNaN();
  });

  it("relative dose intensity: delivered / planned, mean and median over the dosed arm", () => {
    const values = [17000 / 22400, 1, 1, 9000 / 22400, 1, 21600 / 22400];
    expect(found("drug|(any)|(any)|relative_dose_intensity_mean|NA").value).toBeCloseTo(values.reduce((a, b) => a + b) / 6, 14);
    expect(found("drug|(any)|(any)|relative_dose_intensity_median|NA").value).toBe(1 - (1 - 21600 / 22400) / 2);
    expect(byKey.has("placebo|(any)|(any)|relative_dose_intensity_mean|NA")).toBe(false);
  });

  it("without patient courses (logistic models only) there are only the term rows", () => {
    const simulation = { ...buildSimulation(), courses: undefined };
    const plan = buildPlan();
    const logisticOnly = { ...plan, spec: { ...plan.spec, adverse_events: plan.spec.adverse_events.map((model) => ({ ...model, model: "logistic" as const })) } };
    const rows = analyseSafety(logisticOnly, simulation);
    // neutropenia (proportional odds) any, 1–5; nausea any, 1–3; diarrhoea (split up to grade 4) any, 1–4.
    expect(rows).toHaveLength((6 + 4 + 5) * 2);
    expect(rows.filter((row) => row.term === "nausea").map((row) => row.grade)).toEqual(["any", "any", "1", "1", "2", "2", "3", "3"]);
    expect(rows.every((row) => row.exposureYears === (row.arm === "drug" ? 6 : 5) * (56 / 365.25))).toBe(true);
  });
});
