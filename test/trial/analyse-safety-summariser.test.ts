import { describe, expect, it } from "vitest";
import type { SafetyResult } from "../../src/trial/safety-result.js";
import { relativeDoseIntensity } from "../../src/trial/relative-dose-intensity.js";
import { safetyLandmarkDays } from "../../src/trial/safety-landmarks.js";
import { SafetySummariser } from "../../src/trial/summarise.js";

function row(overrides: Partial<SafetyResult>): SafetyResult {
  return {
    replicate: 1, arm: "drug", term: "(any)", grade: "any_ae", soc: "(any)", pt: "(any)", day: Number.NaN, patientsAtRisk: 10, patientsWithEvent: 0,
    incidence: 0, exposureYears: 1, ratePer100PatientYears: 0, riskDifference: null, value: Number.NaN, ...overrides,
  };
}

const rd = (estimate: number) => ({ estimate, standardError: 0.1, ciLower: estimate - 0.2, ciUpper: estimate + 0.2 });

describe("SafetySummariser", () => {
  it("averages incidences and risk differences and pools rates over the replicates", () => {
    const summariser = new SafetySummariser();
    summariser.add(row({ replicate: 1, patientsWithEvent: 2, incidence: 0.2, exposureYears: 0.5, ratePer100PatientYears: 400, riskDifference: rd(0.1) }));
    summariser.add(row({ replicate: 2, patientsWithEvent: 5, incidence: 0.5, exposureYears: 2, ratePer100PatientYears: 250, riskDifference: rd(0.3) }));
    const [summary] = summariser.result();
    expect(summary).toMatchObject({ arm: "drug", term: "(any)", grade: "any_ae", meanPatientsAtRisk: 10, meanPatientsWithEvent: 3.5, meanIncidence: 0.35, meanExposureYears: 1.25 });
    expect(summary?.meanRiskDifference).toBeCloseTo(0.2, 15);
    // Pooled: 100 × (2 + 5) / (0.5 + 2) = 280, not the mean of 400 and 250.
    expect(summary?.ratePer100PatientYears).toBeCloseTo(280, 12);
  });

  it("keeps control rows without a risk difference and separates rows by organ class and day", () => {
    const summariser = new SafetySummariser();
    summariser.add(row({ arm: "placebo", term: "(any)", soc: "Gastrointestinal disorders", grade: "any" }));
    summariser.add(row({ arm: "placebo", term: "(any)", soc: "Skin disorders", grade: "any" }));
    summariser.add(row({ arm: "placebo", grade: "km_free_of_grade_3_or_worse", day: 28, value: 0.9 }));
    summariser.add(row({ arm: "placebo", grade: "km_free_of_grade_3_or_worse", day: 56, value: 0.8 }));
    summariser.add(row({ arm: "placebo", grade: "km_free_of_grade_3_or_worse", day: 28, value: 0.7 }));
    const summaries = summariser.result();
    expect(summaries).toHaveLength(4);
    expect(summaries[0]?.meanRiskDifference).toBeNull();
    expect(summaries.map((summary) => [summary.soc, summary.day])).toEqual([["Gastrointestinal disorders", Number.NaN], ["Skin disorders", Number.NaN], ["(any)", 28], ["(any)", 56]]);
    expect(summaries[2]?.meanValue).toBeCloseTo(0.8, 15);
  });

  it("takes the median of the Kaplan–Meier medians over replicates, a median not reached counting as the longest", () => {
    const medians = (values: number[]) => {
      const summariser = new SafetySummariser();
      values.forEach((value, index) => summariser.add(row({ replicate: index + 1, grade: "km_median_days_to_grade_3_or_worse", value })));
      return summariser.result()[0]?.medianValue;
    };
    expect(medians([30, Number.NaN, 10])).toBe(30);
    expect(medians([30, Number.NaN, 10, 20])).toBe(25);
    expect(medians([30, Number.NaN, Number.NaN])).toBe(Infinity);
    expect(medians([Number.NaN, Number.NaN])).toBe(Infinity);
    const summariser = new SafetySummariser();
    summariser.add(row({ value: 0.9, grade: "relative_dose_intensity_mean" }));
    expect(summariser.result()[0]?.medianValue).toBeNaN();
  });
});

describe("safetyLandmarkDays", () => {
  it("ends each 28-day cycle and the trial", () => {
    expect(safetyLandmarkDays(84)).toEqual([28, 56, 84]);
    expect(safetyLandmarkDays(28)).toEqual([28]);
    expect(safetyLandmarkDays(100)).toEqual([28, 56, 84, 100]);
    expect(safetyLandmarkDays(168)).toEqual([28, 56, 84, 112, 140, 168]);
  });

  it("falls back to the trial's quarters for long or short trials", () => {
    expect(safetyLandmarkDays(365)).toEqual([91.25, 182.5, 273.75, 365]);
    expect(safetyLandmarkDays(14)).toEqual([3.5, 7, 10.5, 14]);
    expect(safetyLandmarkDays(170)).toEqual([42.5, 85, 127.5, 170]);
  });
});

describe("relativeDoseIntensity", () => {
  it("is the dose delivered over the dose planned, NaN without a planned dose", () => {
    expect(relativeDoseIntensity({ plannedMg: 1200, deliveredMg: 900 })).toBe(0.75);
    expect(relativeDoseIntensity({ plannedMg: 1200, deliveredMg: 0 })).toBe(0);
    expect(relativeDoseIntensity({ plannedMg: 0, deliveredMg: 0 })).toBeNaN();
  });
});
