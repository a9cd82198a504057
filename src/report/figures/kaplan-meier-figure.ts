import type { TopLevelSpec } from "vega-lite";
import type { KaplanMeierCurve } from "../../stats/index.js";
import { observedSurvivalByArm, simulatedSurvivalByArm, type ReplicateSimulation, type TimeToEventOutcome, type TrialPlan } from "../../trial/index.js";
import { figureSlug, type Figure } from "./figure.js";
import { figureFrame, PLOT_HEIGHT, PLOT_WIDTH, seriesColours } from "./figure-style.js";

/** One corner of a Kaplan–Meier step curve: from timeDays on, S is survival (until the next corner). */
export interface SurvivalStep {
  readonly timeDays: number;
  readonly survival: number;
}

/** One curve of the figure: an arm of the simulated trial, or of the real trial recorded in the cohort. */
export interface SurvivalCurve {
  readonly label: string;
  readonly source: "simulated" | "real";
  readonly steps: readonly SurvivalStep[];
}

/** What the Kaplan–Meier figure of one endpoint plots. */
export interface KaplanMeierData {
  readonly endpoint: string;
  readonly label: string;
  readonly curves: readonly SurvivalCurve[];
}

/**
 * The corners of a right-continuous Kaplan–Meier step function: S = 1 from time 0, then the
 * estimate from each time where it drops, and a last corner at the last observed time (events or
 * censorings), so the curve runs to the end of follow-up. Drawn with step-after interpolation.
 *
 * @example survivalSteps(kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] }))
 * // [{0, 1}, {1, 0.75}, {2, 0.5}, {3, 0}]
 */
export function survivalSteps(curve: KaplanMeierCurve): SurvivalStep[] {
  const steps: SurvivalStep[] = [{ timeDays: 0, survival: 1 }];
  let previous = 1;
  curve.times.forEach((time, index) => {
    const survival = curve.survival[index] as number;
    const isLast = index === curve.times.length - 1;
    if (survival !== previous || (isLast && time > (steps[steps.length - 1]?.timeDays ?? 0))) steps.push({ timeDays: time, survival });
    previous = survival;
  });
  return steps;
}

/**
 * The Kaplan–Meier data of a time-to-event endpoint: each arm of the first simulated trial (the
 * patients who entered before the cutoff, as report.md's table), and the real trial's arms when
 * the cohort records them (endpoint.observed).
 */
export function kaplanMeierData(plan: TrialPlan, simulation: ReplicateSimulation, endpointIndex: number): KaplanMeierData | undefined {
  const endpoint = plan.spec.endpoints[endpointIndex];
  const outcome = simulation.endpoints[endpointIndex];
  if (endpoint === undefined || outcome?.type !== "time-to-event") return undefined;
  const level = plan.spec.analysis.confidence_level;
  const simulated = simulatedSurvivalByArm(plan, simulation, outcome as TimeToEventOutcome).filter((arm) => arm.patients > 0);
  const observed = plan.observed.find((entry) => entry.endpoint === endpoint.id);
  const real = observed === undefined ? [] : observedSurvivalByArm(observed, level).arms.filter((arm) => arm.patients > 0);
  const curves: SurvivalCurve[] = [
    ...simulated.map((arm) => ({ label: `simulated: ${arm.label}`, source: "simulated" as const, steps: survivalSteps(arm.curve) })),
    ...real.map((arm) => ({ label: `real: ${arm.label}`, source: "real" as const, steps: survivalSteps(arm.curve) })),
  ];
  return curves.length === 0 ? undefined : { endpoint: endpoint.id, label: endpoint.label ?? endpoint.id, curves };
}

/** The Kaplan–Meier figure: a step curve per arm, simulated solid and real dashed. */
export function kaplanMeierFigure(data: KaplanMeierData): Figure {
  const labels = data.curves.map((curve) => curve.label);
  const hasReal = data.curves.some((curve) => curve.source === "real");
  const values = data.curves.flatMap((curve) => curve.steps.map((step) => ({ curve: curve.label, source: curve.source, timeDays: step.timeDays, survival: step.survival })));
  const spec: TopLevelSpec = {
    ...figureFrame(`Kaplan–Meier: ${data.label}`, [`Share of patients without the event, by arm, in the first simulated trial${hasReal ? " (solid) and in the real trial recorded in the cohort (dashed)" : ""}`]),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
    encoding: {
      x: { field: "timeDays", type: "quantitative", title: "time since entry (days)" },
      y: { field: "survival", type: "quantitative", title: "survival without the event, S(t)", scale: { domain: [0, 1] }, axis: { format: ".0%" } },
      color: { field: "curve", type: "nominal", title: "arm", scale: { domain: labels, range: seriesColours(labels.length) }, legend: { orient: "bottom", direction: "vertical" } },
      strokeDash: { field: "source", type: "nominal", title: null, scale: { domain: ["simulated", "real"], range: [[1, 0], [6, 4]] }, legend: hasReal ? { orient: "bottom", direction: "vertical" } : null },
      order: { field: "timeDays", type: "quantitative" },
    },
  };
  return { file: `figures/kaplan-meier-${figureSlug(data.endpoint)}.svg`, alt: `Kaplan–Meier curves of ${data.label} by arm`, spec };
}
