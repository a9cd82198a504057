import type { TrialResult } from "../../trial/index.js";
import { concentrationTimeData, concentrationTimeFigure } from "./concentration-time.js";
import { exposureResponseData, exposureResponseFigure } from "./exposure-response.js";
import type { Figure } from "./figure.js";
import { forestData, forestFigure } from "./forest-plot.js";
import { kaplanMeierData, kaplanMeierFigure } from "./kaplan-meier-figure.js";
import { virtualCohortData, virtualCohortFigure } from "./virtual-cohort-figure.js";

/** The figures of a run, by the report section that shows them. */
export interface TrialFigures {
  /** "Virtual cohort fidelity": real vs virtual covariate distributions. */
  readonly virtualCohort: Figure | undefined;
  /** "Pharmacokinetics": concentration–time percentile bands per arm. */
  readonly concentrationTime: Figure | undefined;
  /** Each endpoint's subsection of "Efficacy in the first simulated trial": exposure–response, Kaplan–Meier. */
  readonly byEndpoint: ReadonlyMap<string, readonly Figure[]>;
  /** "Operating characteristics": a forest plot per endpoint and effect measure. */
  readonly forest: readonly Figure[];
}

/** The endpoints' figures of the first simulated trial (undefined when it is not kept). */
function endpointFigures(result: TrialResult): Map<string, Figure[]> {
  const { plan } = result;
  const first = result.kept[0]?.replicate === 1 ? result.kept[0] : undefined;
  const figures = new Map<string, Figure[]>();
  if (first === undefined || plan.controlIndex < 0) return figures;
  plan.spec.endpoints.forEach((endpoint, index) => {
    const exposure = exposureResponseData(plan, first, index);
    const survival = kaplanMeierData(plan, first, index);
    const mine = [...(exposure === undefined ? [] : [exposureResponseFigure(exposure)]), ...(survival === undefined ? [] : [kaplanMeierFigure(survival)])];
    if (mine.length > 0) figures.set(endpoint.id, mine);
  });
  return figures;
}

/**
 * Every figure a run has, from the same data as its CSV files and report (pure): a figure
 * without data for this run (no PK model or sampling times, no time-to-event endpoint,
 * outputs.keep_replicates 0, no control arm) is left out.
 */
export function trialFigures(result: TrialResult): TrialFigures {
  const { plan } = result;
  const concentration = concentrationTimeData(plan, result.kept);
  const virtual = virtualCohortData({ method: plan.spec.population.method, cohort: plan.spec.cohort }, result.virtualCohort.fidelity);
  const replicates = plan.spec.trial.replicates;
  const forest = plan.controlIndex < 0 ? [] : forestData(plan, result.summary, result.designs).filter((data) => data.rows.length > 0);
  return {
    virtualCohort: virtual === undefined ? undefined : virtualCohortFigure(virtual),
    concentrationTime: concentration === undefined ? undefined : concentrationTimeFigure(concentration, { replicates: result.kept.length }),
    byEndpoint: endpointFigures(result),
    forest: forest.map((data) => forestFigure(data, { replicates })),
  };
}

/** The figures in the order the report shows them (and the manifest lists them). */
export function figuresInOrder(figures: TrialFigures): Figure[] {
  return [
    ...(figures.virtualCohort === undefined ? [] : [figures.virtualCohort]),
    ...(figures.concentrationTime === undefined ? [] : [figures.concentrationTime]),
    ...[...figures.byEndpoint.values()].flat(),
    ...figures.forest,
  ];
}
