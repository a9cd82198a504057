import type { TopLevelSpec } from "vega-lite";
import type { Endpoint, ExposureMetricName } from "../../spec/schema.js";
import { quantileType7 } from "../../stats/index.js";
import { exposureUnit, exposureValue, type EndpointOutcome, type ReplicateSimulation, type TrialPlan } from "../../trial/index.js";
import { figureSlug, type Figure } from "./figure.js";
import { figureFrame, PLOT_HEIGHT, PLOT_WIDTH, seriesColours } from "./figure-style.js";

/** Exposure metrics as a pharmacometrician writes them. */
const METRIC_NAMES: Record<ExposureMetricName, string> = { auc_tau: "AUCτ", cavg: "Cavg", cmax: "Cmax", cmin: "Cmin", ctrough: "Ctrough", auc_cumulative: "cumulative AUC" };

/** How a binary endpoint's responses are shown: the share of responders in exposure quartiles of each arm. */
export const RESPONSE_BINS = 4;

/** One point of the exposure–response figure: a patient, or (binary endpoints) an exposure bin of an arm. */
export interface ExposureResponsePoint {
  readonly arm: string;
  readonly exposure: number;
  readonly response: number;
  /** Patients behind the point: 1, or the bin's size. */
  readonly patients: number;
}

/** What the exposure–response figure of one endpoint plots. */
export interface ExposureResponseData {
  readonly endpoint: string;
  readonly label: string;
  readonly metric: ExposureMetricName;
  /** "patient": one point per patient; "bin": share of responders per exposure bin. */
  readonly points: "patient" | "bin";
  readonly responseTitle: string;
  readonly arms: readonly string[];
  readonly data: readonly ExposureResponsePoint[];
}

/**
 * Splits one arm's patients into `bins` groups of (nearly) equal size by exposure (rank r of n
 * goes to group ⌊r·bins/n⌋, ties in patient order) and gives each group's median exposure (type
 * 7) and mean response. An arm whose patients all have the same exposure (no drug) is one group.
 *
 * @example binResponses([{ exposure: 1, response: 0 }, { exposure: 2, response: 1 }, { exposure: 3, response: 1 }, { exposure: 4, response: 1 }], 2)
 * // [{ exposure: 1.5, response: 0.5, patients: 2 }, { exposure: 3.5, response: 1, patients: 2 }]
 */
export function binResponses(points: readonly { exposure: number; response: number }[], bins: number): { exposure: number; response: number; patients: number }[] {
  if (points.length === 0) return [];
  const order = points.map((_, index) => index).sort((a, b) => (points[a]?.exposure as number) - (points[b]?.exposure as number) || a - b);
  const first = points[order[0] as number]?.exposure;
  const groups = points.every((point) => point.exposure === first) ? 1 : Math.min(bins, points.length);
  const members = Array.from({ length: groups }, () => [] as { exposure: number; response: number }[]);
  order.forEach((index, rank) => members[Math.floor((rank * groups) / order.length)]?.push(points[index] as { exposure: number; response: number }));
  return members.map((group) => ({
    exposure: quantileType7(group.map((point) => point.exposure), 0.5),
    response: group.reduce((total, point) => total + point.response, 0) / group.length,
    patients: group.length,
  }));
}

/** The response a patient shows, or undefined where the trial does not observe it (the patient left). */
function responseOf(outcome: EndpointOutcome, patient: number): number | undefined {
  if (outcome.type === "time-to-event" || outcome.observed?.[patient] === 0) return undefined;
  if (outcome.type === "continuous") return outcome.change[patient] as number;
  if (outcome.type === "binary") return outcome.response[patient] as number;
  return (outcome.count[patient] as number) / (outcome.exposureYears[patient] as number);
}

function responseTitle(endpoint: Endpoint): string {
  const name = endpoint.label ?? endpoint.id;
  if (endpoint.type === "continuous") return `${name}${endpoint.unit === undefined ? "" : ` (${endpoint.unit})`}`;
  if (endpoint.type === "binary") return `${name}: share of responders`;
  return `${name}: events per year`;
}

/**
 * The exposure–response data of an endpoint in one simulated trial: each patient's exposure
 * metric (the one that drives the endpoint's drug effect; 0 without drug) against its response
 * (continuous: the change at the primary visit; count: events per year at risk; binary: the share
 * of responders in exposure quartiles of each arm). Undefined for endpoints whose drug effect is
 * not driven by an exposure metric, and for time-to-event endpoints.
 */
export function exposureResponseData(plan: TrialPlan, simulation: ReplicateSimulation, endpointIndex: number): ExposureResponseData | undefined {
  const endpoint = plan.spec.endpoints[endpointIndex];
  const outcome = simulation.endpoints[endpointIndex];
  const metric = endpoint?.drug_effect?.exposure;
  if (endpoint === undefined || outcome === undefined || outcome.type === "time-to-event" || metric === undefined || metric === "concentration" || metric === "effect-site" || plan.pkModel === undefined) return undefined;
  const byArm = plan.arms.map(() => [] as { exposure: number; response: number }[]);
  simulation.arm.forEach((armIndex, patient) => {
    const response = responseOf(outcome, patient);
    const exposure = exposureValue(simulation.exposure[patient]?.metrics ?? null, metric);
    if (response !== undefined && Number.isFinite(response) && Number.isFinite(exposure)) byArm[armIndex]?.push({ exposure, response });
  });
  const binned = outcome.type === "binary";
  const data = plan.arms.flatMap((arm) => (binned ? binResponses(byArm[arm.index] ?? [], RESPONSE_BINS) : (byArm[arm.index] ?? []).map((point) => ({ ...point, patients: 1 }))).map((point) => ({ arm: arm.label, ...point })));
  return { endpoint: endpoint.id, label: endpoint.label ?? endpoint.id, metric, points: binned ? "bin" : "patient", responseTitle: responseTitle(endpoint), arms: plan.arms.map((arm) => arm.label), data };
}

/** The exposure–response figure of one endpoint: a point per patient (or per exposure bin), coloured by arm. */
export function exposureResponseFigure(data: ExposureResponseData): Figure {
  const exposureTitle = `${METRIC_NAMES[data.metric]} over the last dosing interval (${exposureUnit(data.metric)})`;
  const what = data.points === "bin" ? `points: share of responders in each arm's exposure quartiles (size: patients)` : "points: patients of the first simulated trial";
  const spec: TopLevelSpec = {
    ...figureFrame(`Exposure–response: ${data.label}`, [`${what}; patients without drug at exposure 0`]),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values: data.data.map((point) => ({ ...point })) },
    mark: data.points === "bin" ? { type: "point", filled: true, opacity: 0.9 } : { type: "point", filled: true, size: 22, opacity: 0.6 },
    encoding: {
      x: { field: "exposure", type: "quantitative", title: data.metric === "auc_cumulative" ? `${METRIC_NAMES[data.metric]} (${exposureUnit(data.metric)})` : exposureTitle },
      y: { field: "response", type: "quantitative", title: data.responseTitle, ...(data.points === "bin" ? { axis: { format: ".0%" }, scale: { domain: [0, 1] } } : {}) },
      color: { field: "arm", type: "nominal", title: "arm", scale: { domain: [...data.arms], range: seriesColours(data.arms.length) } },
      ...(data.points === "bin" ? { size: { field: "patients", type: "quantitative", title: "patients in the bin", legend: null } } : {}),
    },
  };
  return { file: `figures/exposure-response-${figureSlug(data.endpoint)}.svg`, alt: `Exposure–response of ${data.label}: ${METRIC_NAMES[data.metric]} against the response, by arm`, spec };
}
