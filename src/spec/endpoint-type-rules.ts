import { closestName } from "../text/closest-name.js";
import { EXPOSURE_METRICS, type AnalysisMethod, type Endpoint, type EndpointType, type Spec } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";
import { unusedFieldRules } from "./unused-field-rules.js";

/** The analyses each endpoint type offers; the first of each list is the default primary. */
export const METHODS_BY_TYPE: Record<EndpointType, readonly string[]> = {
  continuous: ["welch", "student", "ancova"],
  binary: ["risk-difference", "newcombe", "chi-square", "chi-square-yates", "fisher", "odds-ratio", "relative-risk", "logistic"],
  "time-to-event": ["logrank", "cox"],
  count: ["negative-binomial", "poisson"],
};

/** Default analyses when an endpoint lists none (continuous: analysis.methods). */
export const DEFAULT_METHODS: Record<Exclude<EndpointType, "continuous">, readonly string[]> = {
  binary: ["risk-difference", "odds-ratio"],
  "time-to-event": ["logrank", "cox"],
  count: ["negative-binomial"],
};

/** The analyses of an endpoint in order (the first is primary): its own, or the default of its type. */
export function methodsOf(spec: Spec, endpoint: Endpoint): readonly AnalysisMethod[] {
  if (endpoint.methods !== undefined) return endpoint.methods;
  return endpoint.type === "continuous" ? spec.analysis.methods : (DEFAULT_METHODS[endpoint.type] as readonly AnalysisMethod[]);
}

/** The default family of the multiplicity adjustment: every endpoint × drug arm, endpoint-major in spec order. */
export function defaultHypotheses(spec: Spec): string[] {
  const drugArms = spec.arms.filter((arm) => !arm.control);
  return spec.endpoints.flatMap((endpoint) => drugArms.map((arm) => `${endpoint.id}:${arm.id}`));
}

/** Fields that belong to one endpoint type only. */
const TYPE_FIELDS: Record<EndpointType, readonly (keyof Endpoint)[]> = {
  continuous: ["baseline_column", "residual_sd", "visits_days", "primary_visit_day", "indirect_response", "progression", "model", "placebo_response", "baseline_slope", "baseline_centre"],
  binary: ["responder", "logistic", "composite_value"],
  "time-to-event": ["baseline_hazard", "observed", "dropout_rate_per_year"],
  count: ["count_model", "rate_per_year", "dispersion"],
};

function misplacedFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  return (Object.entries(TYPE_FIELDS) as [EndpointType, readonly (keyof Endpoint)[]][])
    .filter(([type]) => type !== endpoint.type)
    .flatMap(([type, fields]) => fields.filter((field) => endpoint[field] !== undefined).map((field) => ({ code: "SPEC_INVALID_VALUE", message: `${formatPath([...path, field])} applies only to ${type} endpoints, not ${endpoint.type}`, hint: `remove it, or set type: ${type}`, path: [...path, field], atKey: true })));
}

function missing(path: SpecPath, field: string, what: string, hint: string): SpecIssue {
  return { code: "SPEC_MISSING_KEY", message: `${formatPath([...path, field])} is missing (${what})`, hint, path };
}

function continuousFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (endpoint.baseline_column === undefined) issues.push(missing(path, "baseline_column", "a continuous endpoint is a change from baseline", "baseline_column — the cohort number column with each patient's baseline"));
  // A twin model fits residual_sd (and refuses it stated beside it: twin-model-rules.ts).
  if (endpoint.residual_sd === undefined && endpoint.twin_model === undefined) issues.push(missing(path, "residual_sd", "needed by continuous endpoints", "residual_sd — SD of the unexplained variation at each visit (independent between visits)"));
  return issues;
}

function binaryFields(spec: Spec, endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  // A twin model is the logistic model (twin-model-rules.ts refuses responder or logistic beside it).
  if (endpoint.twin_model !== undefined) return [];
  if (endpoint.responder === undefined && endpoint.logistic === undefined)
    return [{ code: "SPEC_MISSING_KEY", message: `${formatPath(path)} (binary) needs responder or logistic`, hint: "responder: {endpoint: <earlier continuous id>, threshold: 0.1, direction: above} (a threshold on its change), or logistic: {intercept: -1} (a logistic model)", path }];
  if (endpoint.responder !== undefined && endpoint.logistic !== undefined)
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(path)} gives both responder and logistic: a binary endpoint takes exactly one`, hint: "keep responder (a threshold on a continuous endpoint's change) or logistic (a model of the event probability), not both", path }];
  const source = endpoint.responder?.endpoint;
  if (source === undefined) return [];
  const position = path[1] as number;
  const sourcePath: SpecPath = [...path, "responder", "endpoint"];
  const earlier = spec.endpoints.slice(0, position).filter((other) => other.type === "continuous").map((other) => other.id);
  const choices = earlier.length === 0 ? "no continuous endpoint is listed before it: add one above it, or use logistic" : `continuous endpoints before it: ${earlier.join(", ")}`;
  const index = spec.endpoints.findIndex((other) => other.id === source);
  const named = spec.endpoints[index];
  if (named === undefined) {
    const suggestion = closestName(source, earlier);
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(sourcePath)} names "${source}", which is not an endpoint of this spec`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}${choices}`, path: sourcePath }];
  }
  if (index === position)
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(sourcePath)} names the endpoint itself: a responder is defined on another, continuous endpoint's change`, hint: choices, path: sourcePath }];
  if (named.type !== "continuous")
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(sourcePath)} names "${source}", a ${named.type} endpoint: a responder is defined on a continuous endpoint's change`, hint: choices, path: sourcePath }];
  if (index > position)
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(sourcePath)} names "${source}", which is listed after it: endpoints are simulated in spec order`, hint: `move endpoint "${source}" above "${endpoint.id}"`, path: sourcePath }];
  return [];
}

function timeToEventFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const hazard = endpoint.baseline_hazard;
  // A twin model fits the baseline hazard (twin-model-rules.ts refuses one stated beside it).
  if (endpoint.twin_model !== undefined) return [];
  if (hazard === undefined) return [missing(path, "baseline_hazard", "needed by time-to-event endpoints", "e.g. baseline_hazard: {model: weibull, median_days: 2000, shape: 1.2}")];
  const hazardPath = [...path, "baseline_hazard"];
  if (hazard.model === "exponential" && (hazard.rate_per_day === undefined) === (hazard.median_days === undefined))
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(hazardPath)} (exponential) needs exactly one of rate_per_day and median_days`, hint: "e.g. {model: exponential, median_days: 1500}", path: hazardPath }];
  if (hazard.model === "weibull" && (hazard.shape === undefined || (hazard.scale_days === undefined) === (hazard.median_days === undefined)))
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(hazardPath)} (weibull) needs shape and exactly one of scale_days and median_days`, hint: "e.g. {model: weibull, median_days: 2000, shape: 1.2}", path: hazardPath }];
  return [];
}

function countFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (endpoint.count_model === undefined) issues.push(missing(path, "count_model", "needed by count endpoints", "count_model: poisson or negative-binomial"));
  if (endpoint.rate_per_year === undefined) issues.push(missing(path, "rate_per_year", "needed by count endpoints", "rate_per_year — events per year of the reference patient without drug"));
  if (endpoint.count_model === "negative-binomial" && endpoint.dispersion === undefined) issues.push(missing(path, "dispersion", "a negative binomial needs θ", "dispersion — θ of Var = μ + μ²/θ, e.g. 2"));
  return issues;
}

/** What a constant drug effect's value is, by endpoint type. */
const CONSTANT_VALUE_HINTS: Record<EndpointType, string> = {
  continuous: "value — the change added on drug, in the endpoint's unit, e.g. -0.3",
  binary: "value — the log odds ratio of drug versus control, e.g. -0.5",
  "time-to-event": "value — the log hazard ratio of drug versus control, e.g. -0.357 for HR 0.7",
  count: "value — the log rate ratio of drug versus control, e.g. -0.357 for a rate ratio of 0.7",
};

function drugEffectFits(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const effect = endpoint.drug_effect;
  if (effect === undefined) return [];
  const effectPath = [...path, "drug_effect"];
  const metrics = EXPOSURE_METRICS.join(", ");
  if (effect.model === "constant") return effect.value === undefined ? [missing(effectPath, "value", "needed by constant drug effects", CONSTANT_VALUE_HINTS[endpoint.type])] : [];
  if (effect.exposure === undefined) {
    const drivers = endpoint.type === "continuous" ? `${metrics} (last dosing interval), concentration or effect-site` : `${metrics} (last dosing interval)`;
    return [missing(effectPath, "exposure", `needed by ${effect.model} drug effects`, `exposure — what drives the effect: ${drivers}; or use model: constant`)];
  }
  if (endpoint.type !== "continuous" && (effect.exposure === "concentration" || effect.exposure === "effect-site"))
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath([...effectPath, "exposure"])} ${effect.exposure} is only for continuous endpoints (it changes from visit to visit; a ${endpoint.type} endpoint has one value per patient)`, hint: `use an exposure metric of the last dosing interval (${metrics}) or model: constant`, path: [...effectPath, "exposure"] }];
  return [];
}

function methodsFit(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const allowed = METHODS_BY_TYPE[endpoint.type];
  return (endpoint.methods ?? []).flatMap((method, index): SpecIssue[] => {
    const at: SpecPath = [...path, "methods", index];
    if (!allowed.includes(method)) return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(at)} ${method} does not analyse a ${endpoint.type} endpoint`, hint: `${endpoint.type} endpoints: ${allowed.join(", ")}`, path: at }];
    if (endpoint.methods?.indexOf(method) !== index) return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(at)} ${method} is listed twice`, hint: "list each method once; the first is the primary analysis", path: at }];
    return [];
  });
}

function analysisMethodsFit(spec: Spec): SpecIssue[] {
  const allowed = METHODS_BY_TYPE.continuous;
  return spec.analysis.methods.flatMap((method, index): SpecIssue[] => {
    const path: SpecPath = ["analysis", "methods", index];
    if (!allowed.includes(method)) return [{ code: "SPEC_INVALID_VALUE", message: `analysis.methods[${index}] ${method} is not an analysis of continuous endpoints (analysis.methods is their default)`, hint: `list it under the endpoint's own methods instead; analysis.methods takes ${allowed.join(", ")}`, path }];
    if (spec.analysis.methods.indexOf(method) !== index) return [{ code: "SPEC_INVALID_VALUE", message: `analysis.methods[${index}] ${method} is listed twice`, hint: "list each method once; the first is the primary analysis", path }];
    return [];
  });
}

function hypothesesFit(spec: Spec): SpecIssue[] {
  const hypotheses = spec.analysis.multiplicity.hypotheses ?? [];
  const known = defaultHypotheses(spec);
  const seen = new Set<string>();
  return hypotheses.flatMap((hypothesis, index): SpecIssue[] => {
    const path: SpecPath = ["analysis", "multiplicity", "hypotheses", index];
    if (seen.has(hypothesis)) return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(path)} "${hypothesis}" is listed twice`, hint: "list each hypothesis once", path }];
    seen.add(hypothesis);
    if (known.includes(hypothesis)) return [];
    const suggestion = closestName(hypothesis, known);
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(path)} "${hypothesis}" is not an endpoint:arm pair of this spec`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}each entry is "<endpoint id>:<drug arm id>" with a drug arm (not the control): ${known.join(", ")}`, path }];
  });
}

/** Type-specific rules of every endpoint. */
export function endpointTypeRules(spec: Spec): SpecIssue[] {
  return spec.endpoints.flatMap((endpoint, index) => {
    const path: SpecPath = ["endpoints", index];
    const own = { continuous: () => continuousFields(endpoint, path), binary: () => binaryFields(spec, endpoint, path), "time-to-event": () => timeToEventFields(endpoint, path), count: () => countFields(endpoint, path) }[endpoint.type]();
    return [...misplacedFields(endpoint, path), ...own, ...unusedFieldRules(endpoint, path), ...drugEffectFits(endpoint, path), ...methodsFit(endpoint, path)];
  }).concat(analysisMethodsFit(spec), hypothesesFit(spec));
}
