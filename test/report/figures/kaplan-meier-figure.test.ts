import { describe, expect, it } from "vitest";
import { kaplanMeierData, kaplanMeierFigure, survivalSteps } from "../../../src/report/figures/kaplan-meier-figure.js";
import { kaplanMeier } from "../../../src/stats/index.js";
import { runTrial, type TimeToEventOutcome } from "../../../src/trial/index.js";
import { exampleSpecText } from "../../helpers/cli.js";
import { planFromText } from "../../helpers/plan.js";
import { axisTitles, layersOf } from "./figure-spec-helpers.js";

const steps = (times: number[], events: number[]) => survivalSteps(kaplanMeier({ times, events })).map((step) => [step.timeDays, step.survival]);

/** The product-limit estimate written out naively: S(t) = Π over event times u ≤ t of (1 − d(u)/n(u)). */
function naiveSurvival(times: readonly number[], events: readonly number[], at: number): number {
  const eventTimes = [...new Set(times.filter((time, index) => events[index] === 1 && time <= at))].sort((a, b) => a - b);
  return eventTimes.reduce((survival, time) => {
    const atRisk = times.filter((other) => other >= time).length;
    const deaths = times.filter((other, index) => other === time && events[index] === 1).length;
    return survival * (1 - deaths / atRisk);
  }, 1);
}

describe("survivalSteps", () => {
  it("a hand-computed curve: 3/4 after day 1, × 2/3 after day 2 (one event, one censoring at 2), × 0 after day 3", () => {
    expect(steps([1, 2, 2, 3], [1, 1, 0, 1])).toEqual([[0, 1], [1, 0.75], [2, 0.5], [3, 0]]);
  });

  it("runs on to the last censoring at the last estimate", () => {
    expect(steps([1, 2, 3], [1, 0, 0])).toEqual([[0, 1], [1, 2 / 3], [3, 2 / 3]]);
  });

  it("nobody has the event: flat at 1 to the end of follow-up", () => {
    expect(steps([5, 2], [0, 0])).toEqual([[0, 1], [5, 1]]);
  });

  it("an event at time 0 drops at once", () => {
    expect(steps([0, 4], [1, 0])).toEqual([[0, 1], [0, 0.5], [4, 0.5]]);
  });

  it("one patient with the event", () => {
    expect(steps([7], [1])).toEqual([[0, 1], [7, 0]]);
  });
});

describe("kaplanMeierData (pbc-survival, first simulated trial)", () => {
  const plan = planFromText(exampleSpecText("pbc-survival.yaml"), { replicates: "1" });
  const first = runTrial(plan).kept[0];
  const index = plan.spec.endpoints.findIndex((endpoint) => endpoint.type === "time-to-event");
  const data = first === undefined ? undefined : kaplanMeierData(plan, first, index);

  it("one curve per simulated arm, then one per arm of the real trial recorded in the cohort", () => {
    expect(data?.curves.map((curve) => curve.source)).toEqual(["simulated", "simulated", "real", "real"]);
    expect(data?.curves.slice(0, 2).map((curve) => curve.label)).toEqual(plan.arms.map((arm) => `simulated: ${arm.label}`));
  });

  it("each simulated curve's corners are the product-limit estimate of the arm's patients who entered before the cutoff", () => {
    const outcome = first?.endpoints[index] as TimeToEventOutcome;
    plan.arms.forEach((arm, armIndex) => {
      const patients = Array.from(first?.arm ?? [], (value, patient) => ({ value, patient })).filter(({ value, patient }) => value === arm.index && (first?.entryDays[patient] as number) < (first?.cutoffDay ?? 0));
      const times = patients.map(({ patient }) => outcome.timeDays[patient] as number);
      const events = patients.map(({ patient }) => outcome.event[patient] as number);
      const curve = data?.curves[armIndex];
      expect(curve?.steps[0]).toEqual({ timeDays: 0, survival: 1 });
      for (const step of curve?.steps.slice(1) ?? []) expect(step.survival).toBeCloseTo(naiveSurvival(times, events, step.timeDays), 12);
      expect(curve?.steps.at(-1)?.timeDays).toBe(Math.max(...times));
    });
  });

  it("the figure: step lines, survival axis 0–1, time in days, a legend per arm and per source", () => {
    const figure = kaplanMeierFigure(data ?? { endpoint: "x", label: "x", curves: [] });
    expect(figure.file).toBe(`figures/kaplan-meier-${plan.spec.endpoints[index]?.id}.svg`);
    expect(axisTitles(figure.spec)).toEqual(["time since entry (days)", "survival without the event, S(t)"]);
    const [layer] = layersOf(figure.spec);
    expect(layer?.mark).toMatchObject({ type: "line", interpolate: "step-after" });
    expect(layer?.encoding?.color).toMatchObject({ title: "arm", scale: { domain: data?.curves.map((curve) => curve.label) } });
    expect(layer?.encoding?.strokeDash?.legend).not.toBeNull();
  });
});

it("a trial without a time-to-event endpoint has no Kaplan–Meier data", () => {
  const plan = planFromText(exampleSpecText(), { replicates: "1" });
  const first = runTrial(plan).kept[0];
  expect(first === undefined ? "no trial" : kaplanMeierData(plan, first, 0)).toBeUndefined();
});
