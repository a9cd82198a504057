import { closestName } from "../text/closest-name.js";
import { columnTypes } from "./column-rules.js";
import type { Design, Spec } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

/** The trial's own arms are reported as design "rct". */
const RESERVED_DESIGN_ID = "rct";

function issue(code: string, path: SpecPath, message: string, hint: string, atKey = false): SpecIssue {
  return { code, message: `${formatPath(path)} ${message}`, hint, path, ...(atKey ? { atKey } : {}) };
}

function designsEndpointIndex(spec: Spec): number {
  const designs = spec.designs;
  if (designs === undefined) return -1;
  return designs.endpoint === undefined ? (spec.endpoints.length > 0 ? 0 : -1) : spec.endpoints.findIndex((endpoint) => endpoint.id === designs.endpoint);
}

function armsFit(spec: Spec): SpecIssue[] {
  const controls = spec.arms.filter((arm) => arm.control).length;
  if (spec.arms.length === 2 && controls === 1) return [];
  return [issue("SPEC_DESIGN_ARMS", ["designs"], `compare designs of a drug against a control, but arms has ${spec.arms.length} arm(s) with ${controls} control`, "keep exactly two arms for a design comparison: one control: true and one drug arm (run other drug arms in their own spec)")];
}

function endpointFits(spec: Spec): SpecIssue[] {
  const designs = spec.designs;
  if (designs === undefined) return [];
  const index = designsEndpointIndex(spec);
  if (index < 0) {
    const ids = spec.endpoints.map((endpoint) => endpoint.id);
    const suggestion = designs.endpoint === undefined ? undefined : closestName(designs.endpoint, ids);
    return [issue("SPEC_UNKNOWN_ENDPOINT", ["designs", "endpoint"], designs.endpoint === undefined ? "needs an endpoint, and the spec has none" : `"${designs.endpoint}" is not an endpoint id`, `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}endpoints: ${ids.join(", ") || "(none: add one)"}`)];
  }
  const endpoint = spec.endpoints[index];
  const issues: SpecIssue[] = [];
  if (endpoint?.type === "binary" && endpoint.responder !== undefined)
    issues.push(issue("SPEC_DESIGN_ENDPOINT", ["designs", "endpoint"], `"${endpoint.id}" is a responder endpoint, which designs cannot compare`, `compare the designs on the continuous endpoint "${endpoint.responder.endpoint}", or model the event with logistic instead of responder`));
  if (spec.analysis.cutoff?.events !== undefined)
    issues.push(issue("SPEC_DESIGN_CUTOFF", ["analysis", "cutoff", "events"], "is event-driven, but designs of different sizes need one fixed follow-up to be compared", "use cutoff: {day: N} with designs"));
  return issues;
}

function driftPlacement(spec: Spec): SpecIssue[] {
  const index = designsEndpointIndex(spec);
  return spec.endpoints.flatMap((endpoint, at) => {
    if (endpoint.drift === undefined || at === index) return [];
    const path: SpecPath = ["endpoints", at, "drift"];
    if (spec.designs === undefined) return [issue("SPEC_INVALID_VALUE", path, "applies only to a design comparison (spec.designs): it shifts the trial's patients away from the historical data", "remove it, or add a designs: section", true)];
    return [issue("SPEC_INVALID_VALUE", path, `applies only to the endpoint the designs compare ("${spec.endpoints[index]?.id}")`, `move drift to that endpoint, or set designs.endpoint: ${endpoint.id}`, true)];
  });
}

function sizes(design: Design, path: SpecPath, spec: Spec): SpecIssue[] {
  const randomised = design.kind === "randomised";
  const issues: SpecIssue[] = [];
  const misplaced = (field: keyof Design, reason: string, hint: string) => {
    if (design[field] !== undefined && !(field === "prognostic_score" && design.prognostic_score === false)) issues.push(issue("SPEC_INVALID_VALUE", [...path, field], reason, hint, true));
  };
  if (randomised) {
    if (design.n_total === undefined) issues.push(issue("SPEC_MISSING_KEY", path, "(randomised) needs n_total", "write n_total: 200 (both arms together)"));
    misplaced("n_treated", "applies only to single-arm-synthetic and external-control designs", "a randomised design gives n_total (both arms)");
    const allocation = design.allocation ?? {};
    const armIds = spec.arms.map((arm) => arm.id);
    for (const key of Object.keys(allocation)) if (!armIds.includes(key)) issues.push(issue("SPEC_UNKNOWN_ARM", [...path, "allocation", key], `names arm "${key}", which is not in arms`, `arms: ${armIds.join(", ")}`, true));
    const block = armIds.reduce((sum, id) => sum + (allocation[id] ?? 1), 0);
    if (design.n_total !== undefined && design.n_total % block !== 0) issues.push(issue("SPEC_POPULATION_SIZE", [...path, "n_total"], `${design.n_total} is not a multiple of the allocation block ${block}`, `use ${design.n_total - (design.n_total % block) || block} or ${design.n_total - (design.n_total % block) + block}`));
  } else {
    if (design.n_treated === undefined) issues.push(issue("SPEC_MISSING_KEY", path, `(${design.kind}) needs n_treated`, "write n_treated: 100 (every trial patient is on drug)"));
    misplaced("n_total", "applies only to randomised designs", "a single-arm or external-control design gives n_treated");
    misplaced("allocation", "applies only to randomised designs", "every patient of this design is on drug: remove it");
    misplaced("prognostic_score", "applies only to randomised designs (PROCOVA)", "remove it");
  }
  if (design.kind !== "external-control") {
    misplaced("matching", "applies only to external-control designs", "remove it");
    misplaced("historical_outcomes", "applies only to external-control designs", "remove it");
  }
  return issues;
}

function externalControls(design: Design, path: SpecPath, spec: Spec): SpecIssue[] {
  if (design.kind !== "external-control") return [];
  const endpoint = spec.endpoints[designsEndpointIndex(spec)];
  if (endpoint === undefined) return [];
  if (endpoint.twin_model === undefined)
    return [issue("SPEC_DESIGN_EXTERNAL", [...path, "kind"], `needs the real control patients of "${endpoint.id}": give that endpoint a twin_model (its fitting rows are the historical controls)`, "add twin_model: {rows: {column: arm, values: [placebo]}, ...} to the endpoint")];
  const declared = design.matching?.covariates;
  if (declared === undefined && endpoint.twin_model.covariates.length === 0)
    return [issue("SPEC_DESIGN_EXTERNAL", [...path, "matching"], "has nothing to match on: the twin model has no covariates", "list matching.covariates, or give the twin model its prognostic covariates")];
  const types = columnTypes(spec);
  return (declared ?? []).flatMap((column, index) => {
    const type = types.get(column);
    if (type === "number" || type === "integer" || type === "boolean") return [];
    const at: SpecPath = [...path, "matching", "covariates", index];
    if (type === undefined) {
      const suggestion = closestName(column, [...types.keys()]);
      return [issue("SPEC_UNKNOWN_COLUMN", at, `"${column}" is not declared under cohort.columns`, `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}matching covariates are cohort number columns`)];
    }
    return [issue("SPEC_COLUMN_TYPE", at, `"${column}" is declared as ${type}, but matching needs a number`, "match on number, integer or boolean columns")];
  });
}

function candidateIds(spec: Spec): SpecIssue[] {
  const seen = new Set<string>();
  return (spec.designs?.candidates ?? []).flatMap((design, index) => {
    const path: SpecPath = ["designs", "candidates", index, "id"];
    const issues: SpecIssue[] = [];
    if (design.id === RESERVED_DESIGN_ID) issues.push(issue("SPEC_DUPLICATE_ID", path, `"${RESERVED_DESIGN_ID}" names the arms' own trial in summary.csv`, "call the concurrent randomised design e.g. concurrent"));
    if (seen.has(design.id)) issues.push(issue("SPEC_DUPLICATE_ID", path, `"${design.id}" is used by an earlier design`, "give every design its own id"));
    seen.add(design.id);
    return issues;
  });
}

/**
 * Rules of the design comparison (spec.designs): two arms, a supported endpoint with a fixed
 * follow-up, the fields each kind of design takes, historical controls from a twin model,
 * and drift only where a design comparison reads it.
 */
export function designRules(spec: Spec): SpecIssue[] {
  const drift = driftPlacement(spec);
  const designs = spec.designs;
  if (designs === undefined) return drift;
  const perDesign = designs.candidates.flatMap((design, index) => {
    const path: SpecPath = ["designs", "candidates", index];
    return [...sizes(design, path, spec), ...externalControls(design, path, spec)];
  });
  return [...armsFit(spec), ...endpointFits(spec), ...drift, ...candidateIds(spec), ...perDesign];
}
