import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/report/markdown-table.js";
import { renderAdverseEvents } from "../../src/report/render-adverse-events.js";
import { renderPatients } from "../../src/report/render-patients.js";
import { renderSafety, SAFETY_COLUMNS } from "../../src/report/render-safety.js";
import { renderSafetySection } from "../../src/report/report-safety.js";
import { runTrial, type SafetyResult } from "../../src/trial/index.js";
import type { PatientCourse } from "../../src/trial/simulate-course.js";
import { exampleSpecText } from "../helpers/cli.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse(text, { columns: true }) as Row[];
const golden = (file: string): string => readFileSync(new URL(`../golden/pbc-phase2/${file}`, import.meta.url), "utf8");
const safetySectionOf = (report: string): string => report.slice(report.indexOf("## Safety"), report.indexOf("\n\n## Notes"));

describe("a spec with logistic AE models only renders exactly as before (test/golden/pbc-phase2, 20 trials)", () => {
  const plan = planFromText(exampleSpecText(), { replicates: "20" });
  const result = runTrial(plan);

  it("safety.csv", () => {
    expect(renderSafety(result.safety)).toBe(golden("safety.csv"));
  });

  it("adverse_events.csv", () => {
    expect(renderAdverseEvents(plan, result.kept)).toBe(golden("adverse_events.csv"));
  });

  it("the report's Safety section", () => {
    expect(renderSafetySection(plan, result.safetySummary)).toBe(safetySectionOf(golden("report.md")));
  });

  it("the AE grade, dose modification and dropout columns of patients.csv", () => {
    const columns = (text: string) => readCsv(text).map((row) => [row.ae_nausea_grade, row.ae_alt_increased_grade, row.worst_ae_grade, row.dose_modifications, row.dropout]);
    const text = renderPatients(plan, result.kept);
    expect(text.split("\n")[0]?.endsWith("worst_ae_grade,dose_modifications,dropout")).toBe(true);
    expect(columns(text)).toEqual(columns(golden("patients.csv")));
  });
});

describe("a spec with time-driven AE models (trial-specs/oncology-dose-modification.yaml, 3 trials)", () => {
  const plan = planFromText(exampleSpecText("oncology-dose-modification.yaml"), { replicates: "3" });
  const result = runTrial(plan);
  const first = result.kept[0];
  const courses = first?.courses;
  if (first === undefined || courses === undefined) throw new Error("the oncology spec keeps its first trial with courses");
  const safety = readCsv(renderSafety(result.safety));
  const section = renderSafetySection(plan, result.safetySummary);
  const meanOf = (rows: readonly SafetyResult[], pick: (row: SafetyResult) => number) => rows.reduce((total, row) => total + pick(row), 0) / rows.length;
  const rowsOf = (arm: string, grade: SafetyResult["grade"], day = Number.NaN) =>
    result.safety.filter((row) => row.arm === arm && row.term === "(any)" && row.soc === "(any)" && row.grade === grade && Object.is(row.day, day));

  it("safety.csv gains soc, pt, day and value columns and the new rows, 64 a trial", () => {
    expect(renderSafety(result.safety).split("\n")[0]).toBe([...SAFETY_COLUMNS, "soc", "pt", "day", "value"].join(","));
    // Neutropenia (proportional odds: grades to 5) 6 rows and nausea (a split to grade 3) 4 rows × 2 arms, the same for
    // their organ classes, 7 overview rows × 2, (3 landmarks + median) × 2, 2 dose intensity rows.
    expect(safety.filter((row) => row.replicate === "1")).toHaveLength(20 + 20 + 14 + 8 + 2);
    expect(safety.filter((row) => row.term === "nausea" && row.replicate === "1").map((row) => row.grade)).toEqual(["any", "any", "1", "1", "2", "2", "3", "3"]);
    expect(safety.filter((row) => row.grade === "5" && row.term === "neutropenia")).toHaveLength(6);
    expect(safety.find((row) => row.grade === "km_free_of_grade_3_or_worse")).toMatchObject({ day: "28", incidence: "NA", risk_difference: "NA" });
  });

  it("the overview shows each category's mean share over the trials and the mean risk difference", () => {
    const lines = section.split("\n");
    expect(lines).toContain("| patients with | Placebo (N = 60) | 400 mg once daily (N = 60) | risk difference: 400 mg once daily − Placebo |");
    const cells = (label: string) => lines.find((line) => line.startsWith(`| ${label} |`))?.split(" | ").slice(1).map((cell) => cell.replace(" |", ""));
    for (const [grade, label] of [["any_ae", "any adverse event"], ["grade_3_or_worse", "an adverse event of grade ≥ 3"], ["led_to_reduction", "an adverse event leading to dose reduction"]] as const) {
      const drug = rowsOf("drug", grade);
      expect(drug).toHaveLength(3);
      const difference = meanOf(drug, (row) => row.riskDifference?.estimate ?? Number.NaN);
      expect(cells(label)).toEqual([formatPercent(meanOf(rowsOf("placebo", grade), (row) => row.incidence)), formatPercent(meanOf(drug, (row) => row.incidence)), `${difference > 0 ? "+" : ""}${formatPercent(difference)}`]);
    }
  });

  it("the Kaplan–Meier and dose intensity tables show the means over the trials", () => {
    const day28 = rowsOf("drug", "km_free_of_grade_3_or_worse", 28);
    expect(section).toContain(`| day 28 | ${formatPercent(meanOf(rowsOf("placebo", "km_free_of_grade_3_or_worse", 28), (row) => row.value))} [`);
    expect(section).toContain(`| ${formatPercent(meanOf(day28, (row) => row.value))} [`);
    expect(section).toContain(`| 400 mg once daily | 60.0 | ${formatPercent(meanOf(rowsOf("drug", "relative_dose_intensity_mean"), (row) => row.value))} | ${formatPercent(meanOf(rowsOf("drug", "relative_dose_intensity_median"), (row) => row.value))} |`);
    for (const heading of ["### Overview of adverse events", "### Adverse events by system organ class, preferred term and worst grade", "### Exposure-adjusted incidence rates", "### Time to the first grade ≥ 3 adverse event", "### Relative dose intensity"]) expect(section).toContain(heading);
    expect(section).toContain("| **Blood and lymphatic system disorders** | Placebo |");
    expect(section).toContain("| Neutrophil count decreased | Placebo |");
  });

  it("adverse_events.csv lists every occurrence of the first trial, own arm then twin, with soc, pt and duration", () => {
    const rows = readCsv(renderAdverseEvents(plan, result.kept));
    const expected = first.arm.reduce<string[][]>((list, armIndex, patient) => {
      const under = [[courses.own[patient], false], ...(armIndex === plan.controlIndex ? [] : [[courses.twin[patient], true]])] as [PatientCourse, boolean][];
      for (const [course, isTwin] of under) {
        for (const term of [0, 1]) {
          for (const occurrence of course.occurrences.filter((entry) => entry.term === term)) {
            list.push([String(patient + 1), String(isTwin), plan.spec.adverse_events[term]?.term ?? "", String(occurrence.grade), String(occurrence.serious), occurrence.action, Number.isFinite(occurrence.durationH) ? "" : "NA"]);
          }
        }
      }
      return list;
    }, []);
    expect(rows.map((row) => [row.patient_id, row.is_twin, row.term, row.grade, row.serious, row.action_taken, row.duration_h === "NA" ? "NA" : ""])).toEqual(expected);
    expect(rows[0]).toMatchObject({ soc: expect.any(String) as string, pt: expect.any(String) as string });
    expect(rows.find((row) => row.term === "neutropenia")).toMatchObject({ soc: "Blood and lymphatic system disorders", pt: "Neutrophil count decreased" });
    expect(rows.every((row) => Number(row.onset_h) >= 0 && Number(row.onset_h) <= 84 * 24)).toBe(true);
  });

  it("patients.csv: events that changed the dose, dropout, relative dose intensity and discontinuation time", () => {
    const rows = readCsv(renderPatients(plan, result.kept)).filter((row) => row.is_twin === "false");
    expect(rows).toHaveLength(120);
    rows.forEach((row, patient) => {
      const course = courses.own[patient] as PatientCourse;
      expect(Number(row.dose_modifications)).toBe(course.occurrences.filter((entry) => entry.action !== "none").length);
      expect(row.dropout).toBe(first?.dropout?.reason[patient] ?? "none");
      const left = first?.dropout?.day[patient] ?? Infinity;
      expect(row.dropout_day).toBe(Number.isFinite(left) ? String(Number(left.toPrecision(10))) : "NA");
      expect(row.relative_dose_intensity).toBe(course.plannedMg > 0 ? String(Number((course.deliveredMg / course.plannedMg).toPrecision(10))) : "NA");
      expect(row.discontinued_h).toBe(Number.isNaN(course.discontinuedH) ? "NA" : String(Number(course.discontinuedH.toPrecision(10))));
    });
    expect(rows.some((row) => row.dropout === "adverse-event" || row.dropout === "lack-of-efficacy")).toBe(true);
  });
});

describe("a spec mixing time-driven and logistic AE models (the oncology spec with a logistic rash and fatigue, 2 trials)", () => {
  const rash = { term: "rash", label: "Rash", soc: "Skin and subcutaneous tissue disorders", exposure: "cmax", intercept: -3, slope: 0.5, grades: { grade_1: 0.6, grade_2: 0.3, grade_3: 0.1 } };
  const fatigue = { term: "fatigue", exposure: "cmax", intercept: -2, slope: 0.2, grades: { grade_1: 0.8, grade_2: 0.2, grade_3: 0 } };
  const plan = planFromText(editedSpecText("oncology-dose-modification.yaml", [[["adverse_events", 2], rash], [["adverse_events", 3], fatigue]]), { replicates: "2" });
  const result = runTrial(plan);
  const safety = readCsv(renderSafety(result.safety));
  const section = renderSafetySection(plan, result.safetySummary);

  it("terms whose models stop at grade 3 and their organ classes keep grades any, 1–3; a term without soc is Unclassified", () => {
    const gradesOf = (term: string, soc: string) => [...new Set(safety.filter((row) => row.term === term && row.soc === soc).map((row) => row.grade))];
    expect(gradesOf("rash", "Skin and subcutaneous tissue disorders")).toEqual(["any", "1", "2", "3"]);
    expect(gradesOf("(any)", "Skin and subcutaneous tissue disorders")).toEqual(["any", "1", "2", "3"]);
    expect(gradesOf("fatigue", "Unclassified")).toEqual(["any", "1", "2", "3"]);
    expect(safety.find((row) => row.term === "fatigue")).toMatchObject({ pt: "fatigue" });
    expect(gradesOf("neutropenia", "Blood and lymphatic system disorders")).toEqual(["any", "1", "2", "3", "4", "5"]);
  });

  it("any adverse event counts the logistic terms too: at least each term's share, at most their sum", () => {
    for (const replicate of [1, 2]) {
      for (const arm of ["placebo", "drug"]) {
        const count = (term: string) => Number(safety.find((row) => row.replicate === String(replicate) && row.arm === arm && row.term === term && row.grade === (term === "(any)" ? "any_ae" : "any"))?.patients_with_event);
        const terms = ["neutropenia", "nausea", "rash", "fatigue"].map(count);
        expect(count("(any)")).toBeGreaterThanOrEqual(Math.max(...terms));
        expect(count("(any)")).toBeLessThanOrEqual(terms.reduce((a, b) => a + b));
      }
    }
  });

  it("the report names both kinds of model and shows no grade 4 or 5 for a term whose model cannot give them", () => {
    expect(section).toContain("Neutropenia and Nausea are simulated patient by patient through time");
    expect(section).toContain("; Rash and fatigue by a logistic model on exposure");
    expect(section).toMatch(/\| Rash \| Placebo \| [0-9.]+% \| [0-9.]+% \| [0-9.]+% \| [0-9.]+% \| — \| — \| [0-9.]+% \|/);
    expect(section).toContain("| **Unclassified** | Placebo |");
  });

  it("adverse_events.csv writes a logistic event once, at its worst grade, without onset or seriousness", () => {
    const rows = readCsv(renderAdverseEvents(plan, result.kept)).filter((row) => row.term === "rash");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ serious: "NA", onset_h: "NA", action_taken: "none", soc: "Skin and subcutaneous tissue disorders", pt: "Rash", duration_h: "NA" });
  });
});
