import { describe, expect, it } from "vitest";
import { binResponses, exposureResponseData, exposureResponseFigure, RESPONSE_BINS } from "../../../src/report/figures/exposure-response.js";
import { runTrial, type BinaryOutcome, type ContinuousOutcome } from "../../../src/trial/index.js";
import { exampleSpecText } from "../../helpers/cli.js";
import { editedSpecText, planFromText } from "../../helpers/plan.js";
import { axisTitles } from "./figure-spec-helpers.js";

describe("binResponses", () => {
  it("no patients: no bins", () => {
    expect(binResponses([], 4)).toEqual([]);
  });

  it("patients without drug (all exposures 0) are one bin", () => {
    expect(binResponses([{ exposure: 0, response: 1 }, { exposure: 0, response: 0 }, { exposure: 0, response: 1 }, { exposure: 0, response: 1 }], 4)).toEqual([{ exposure: 0, response: 0.75, patients: 4 }]);
  });

  it("fewer patients than bins: a bin each", () => {
    expect(binResponses([{ exposure: 2, response: 1 }, { exposure: 1, response: 0 }], 4)).toEqual([{ exposure: 1, response: 0, patients: 1 }, { exposure: 2, response: 1, patients: 1 }]);
  });

  it("equal-count groups by exposure rank: median exposure (type 7) and share of responders", () => {
    // Sorted exposures 1…8, responders at 3, 6, 7, 8; quartiles {1,2} {3,4} {5,6} {7,8}.
    const points = [8, 1, 7, 2, 6, 3, 5, 4].map((exposure) => ({ exposure, response: [3, 6, 7, 8].includes(exposure) ? 1 : 0 }));
    expect(binResponses(points, 4)).toEqual([
      { exposure: 1.5, response: 0, patients: 2 },
      { exposure: 3.5, response: 0.5, patients: 2 },
      { exposure: 5.5, response: 0.5, patients: 2 },
      { exposure: 7.5, response: 1, patients: 2 },
    ]);
  });

  it("unequal groups: rank r of n goes to group ⌊r·bins/n⌋", () => {
    const points = [1, 2, 3, 4, 5].map((exposure) => ({ exposure, response: exposure }));
    expect(binResponses(points, 2).map((bin) => bin.patients)).toEqual([3, 2]);
  });
});

describe("exposureResponseData (pbc-phase2, first simulated trial)", () => {
  const plan = planFromText(exampleSpecText(), { replicates: "1" });
  const first = runTrial(plan).kept[0];
  const data = first === undefined ? undefined : exposureResponseData(plan, first, 0);

  it("a point per patient: its AUCτ (0 on placebo) against its change at week 12", () => {
    const outcome = first?.endpoints[0] as ContinuousOutcome;
    expect(data?.points).toBe("patient");
    expect(data?.data).toHaveLength(first?.population.size ?? -1);
    // Points come arm by arm in spec order, patients in order within an arm.
    const expected = plan.arms.flatMap((arm) => Array.from(first?.arm ?? [], (armIndex, patient) => ({ armIndex, patient })).filter(({ armIndex }) => armIndex === arm.index).map(({ patient }) => ({
      arm: arm.label, exposure: first?.exposure[patient]?.metrics.aucTauMgHPerL ?? 0, response: outcome.change[patient], patients: 1,
    })));
    expect(data?.data).toEqual(expected);
    expect(data?.data.filter((point) => point.arm === "Placebo").every((point) => point.exposure === 0)).toBe(true);
  });

  it("the figure names the metric with its unit and the endpoint with its unit", () => {
    const figure = exposureResponseFigure(data ?? { endpoint: "", label: "", metric: "auc_tau", points: "patient", responseTitle: "", arms: [], data: [] });
    expect(figure.file).toBe("figures/exposure-response-albumin_change.svg");
    expect(axisTitles(figure.spec)).toEqual(["AUCτ over the last dosing interval (mg·h/L)", "Change in serum albumin at week 12 (g/dL)"]);
  });
});

describe("exposure–response of other endpoints", () => {
  const plan = planFromText(exampleSpecText("pbc-endpoints.yaml"), { replicates: "1" });
  const first = runTrial(plan).kept[0];

  it("a binary endpoint driven by exposure: each arm's responder share in exposure quartiles", () => {
    const logistic = { id: "albumin_responder", label: "Albumin responder", type: "binary", logistic: { intercept: -1 }, drug_effect: { model: "emax", exposure: "auc_tau", emax: 1.5, ec50: 15 }, methods: ["newcombe", "fisher", "logistic"] };
    const edited = planFromText(editedSpecText("pbc-endpoints.yaml", [[["endpoints", 1], logistic]]), { replicates: "1" });
    const simulation = runTrial(edited).kept[0];
    const data = simulation === undefined ? undefined : exposureResponseData(edited, simulation, 1);
    const outcome = simulation?.endpoints[1] as BinaryOutcome;
    expect(data?.points).toBe("bin");
    expect(data?.responseTitle).toBe("Albumin responder: share of responders");
    // Placebo: one bin at exposure 0; each drug arm: 4 quartiles.
    expect(data?.data.map((point) => point.arm)).toEqual(edited.arms.flatMap((arm) => new Array<string>(arm.isControl ? 1 : RESPONSE_BINS).fill(arm.label)));
    expect(data?.data.reduce((total, point) => total + point.patients, 0)).toBe(simulation?.population.size);
    expect(data?.data.reduce((total, point) => total + point.response * point.patients, 0)).toBeCloseTo(outcome.response.reduce((total, value) => total + value, 0), 9);
  });

  it("a count endpoint: events per year at risk; a responder endpoint without a drug effect of its own: none", () => {
    const counts = plan.spec.endpoints.findIndex((endpoint) => endpoint.type === "count");
    const responder = plan.spec.endpoints.findIndex((endpoint) => endpoint.responder !== undefined);
    const data = first === undefined ? undefined : exposureResponseData(plan, first, counts);
    expect(data?.responseTitle).toMatch(/: events per year$/);
    expect(first === undefined ? "no trial" : exposureResponseData(plan, first, responder)).toBeUndefined();
  });

  it("a time-to-event endpoint has none", () => {
    const survival = planFromText(exampleSpecText("pbc-survival.yaml"), { replicates: "1" });
    const simulation = runTrial(survival).kept[0];
    expect(simulation === undefined ? "no trial" : exposureResponseData(survival, simulation, 0)).toBeUndefined();
  });
});
