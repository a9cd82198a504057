import { analyseProfile, summariseGroup } from "../nca/index.js";
import type { PkSection } from "../spec/schema.js";
import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { formatNumber } from "./format-number.js";
import { formatSignificant, renderMarkdownTable } from "./markdown-table.js";

const MODEL_TEXT: Record<string, string> = {
  "one-compartment": "one-compartment model",
  "two-compartment": "two-compartment model",
  "three-compartment": "three-compartment model",
  ode: "model defined by ordinary differential equations (Dormand–Prince 5(4))",
};

/** "1.23 (45.6%)": a geometric mean and its geometric CV. */
function geometric(values: readonly number[]): string {
  const summary = summariseGroup(values);
  if (summary.n === 0 || Number.isNaN(summary.geometricMean)) return "—";
  return `${formatSignificant(summary.geometricMean, 3)} (${formatSignificant(summary.geometricCvPercent, 3)}%)`;
}

function effectText(pk: PkSection, name: string): string {
  const effects = pk.parameters[name]?.covariates ?? [];
  if (effects.length === 0) return "—";
  return effects
    .map((effect) => {
      if (effect.model === "power") return `× (${effect.column}/${formatNumber(effect.reference ?? Number.NaN)})^${formatNumber(effect.exponent ?? Number.NaN)}`;
      if (effect.model === "exponential") return `× exp(${formatNumber(effect.coefficient ?? Number.NaN)}·(${effect.column} − ${formatNumber(effect.reference ?? Number.NaN)}))`;
      if (effect.model === "linear") return `× (1 + ${formatNumber(effect.slope ?? Number.NaN)}·(${effect.column} − ${formatNumber(effect.reference ?? Number.NaN)}))`;
      return `× factor by ${effect.column} (${Object.entries(effect.factors ?? {}).map(([level, factor]) => `${level}: ${formatNumber(factor)}`).join(", ")})`;
    })
    .join(" ");
}

function parameterTable(plan: TrialPlan, pk: PkSection): string {
  const rows = (plan.parameterModel?.names ?? []).map((name) => {
    const parameter = pk.parameters[name];
    const rse = pk.uncertainty?.rse[name];
    return [name, formatNumber(parameter?.typical ?? Number.NaN), parameter?.cv === 0 ? "—" : `${formatNumber(100 * (parameter?.cv ?? 0))}%`, effectText(pk, name), rse === undefined ? "—" : `${formatNumber(100 * rse)}%`];
  });
  return renderMarkdownTable(["parameter", "typical value", "between-patient CV", "covariate model", "uncertainty (RSE)"], rows, [1, 2, 4]);
}

function exposureTable(plan: TrialPlan, first: ReplicateSimulation): string {
  const timed = plan.timedTerms.length > 0;
  const rows = plan.arms
    .filter((arm) => arm.dosing !== undefined)
    .map((arm) => {
      const all = first.exposure.filter((_, patient) => first.arm[patient] === arm.index).flatMap((exposure) => (exposure === null ? [] : [exposure]));
      const scheduled = arm.dosing?.scheduled.length ?? 0;
      const taken = all.reduce((sum, exposure) => sum + exposure.doses.length, 0) / Math.max(1, all.length * scheduled);
      // With dose interruptions and discontinuation, patients without the last dose have (almost) no exposure in the
      // last interval: the geometric summaries are of the patients still on drug there.
      const lastDoseH = arm.dosing?.lastDoseH ?? 0;
      const mine = timed ? all.filter((exposure) => exposure.doses[exposure.doses.length - 1]?.timeH === lastDoseH) : all;
      const cells = [arm.id, String(mine.length), geometric(mine.map((e) => e.metrics.cmaxMgPerL)), geometric(mine.map((e) => e.metrics.aucTauMgHPerL)), geometric(mine.map((e) => e.metrics.ctroughMgPerL)), `${formatSignificant(100 * taken, 3)}%`];
      return timed ? [...cells.slice(0, 2), String(all.length - mine.length), ...cells.slice(2)] : cells;
    });
  const header = ["arm", "patients", "Cmax (mg/L)", "AUCτ (mg·h/L)", "Ctrough (mg/L)", "doses taken"];
  if (!timed) return renderMarkdownTable(header, rows, [1, 2, 3, 4, 5]);
  return renderMarkdownTable(["arm", "patients on drug at the last dose", "off drug (interrupted or discontinued)", ...header.slice(2)], rows, [1, 2, 3, 4, 5, 6]);
}

function ncaTable(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string | undefined {
  const times = plan.samplingTimesH;
  if (times.length < 3 || kept.every((simulation) => simulation.concentrations === undefined)) return undefined;
  const rows = plan.arms.filter((arm) => arm.dosing !== undefined).map((arm) => {
    const results = kept.flatMap((simulation) =>
      (simulation.concentrations?.observedMgPerL ?? []).flatMap((observed, patient) => {
        // Only patients who took every dose given up to the last sample: their profile is the regimen's.
        const exposure = simulation.exposure[patient];
        const lastSampleH = times[times.length - 1] ?? 0;
        const missedEarly = exposure?.missedIndexes.some((index) => (arm.dosing?.scheduled[index]?.timeH ?? Infinity) <= lastSampleH) ?? true;
        if (observed === null || simulation.arm[patient] !== arm.index || missedEarly) return [];
        // Observed values below 0 (additive error) are taken as 0, as below a quantification limit.
        return [analyseProfile({ timesH: Array.from(times), concentrationsMgPerL: Array.from(observed, (value) => Math.max(0, value)), doseMg: 1 })];
      }),
    );
    const tmax = summariseGroup(results.map((result) => result.tmaxH)).median;
    return [arm.id, String(results.length), geometric(results.map((result) => result.cmaxMgPerL)), formatSignificant(tmax, 3), geometric(results.map((result) => result.linearUpLogDown.aucLastMgHPerL)), geometric(results.map((result) => result.terminal.halfLifeH))];
  });
  return renderMarkdownTable(["arm", "profiles", "Cmax (mg/L)", "median Tmax (h)", "AUC0–last (mg·h/L)", "t½ (h)"], rows, [1, 2, 3, 4, 5]);
}

/**
 * The "Pharmacokinetics" section: the model and its parameters, the exposure of the first
 * simulated trial by arm (geometric mean and CV%), and a non-compartmental analysis of the
 * observed concentrations of the kept trials.
 */
export function renderPkSection(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string | undefined {
  const pk = plan.spec.pk;
  if (pk === undefined) return undefined;
  const correlations = pk.correlations.map((entry) => `${entry.parameters.join("–")} ${formatNumber(entry.correlation)}`);
  const lines = [
    "## Pharmacokinetics",
    "",
    `A ${MODEL_TEXT[pk.model] ?? pk.model}, bioavailability ${formatNumber(pk.bioavailability)}; each parameter is typical × covariate factors × exp(η), η multivariate normal with ω² = ln(1 + CV²)${correlations.length === 0 ? "" : ` and correlations ${correlations.join(", ")}`}.${pk.uncertainty === undefined ? "" : " Typical values are drawn once per simulated trial from their log-normal uncertainty (RSE)."}`,
    "",
    parameterTable(plan, pk),
  ];
  const first = kept[0];
  if (first !== undefined) lines.push("", "Exposure over the last dosing interval in the first simulated trial, geometric mean (geometric CV%):", "", exposureTable(plan, first));
  const nca = ncaTable(plan, kept);
  if (nca !== undefined) lines.push("", `Non-compartmental analysis of the observed concentrations at ${Array.from(plan.samplingTimesH).map(formatNumber).join(", ")} h (kept trials, patients who took every dose up to the last sample; AUC by linear-up/log-down trapezoids, t½ from the last three points), geometric mean (geometric CV%):`, "", nca);
  return lines.join("\n");
}
