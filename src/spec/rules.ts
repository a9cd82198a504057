import { closestName } from "../text/closest-name.js";
import type { Spec } from "./schema.js";
import { adverseEventRules, gradeShares } from "./adverse-event-rules.js";
import { cohortImportRules } from "./cohort-import-rules.js";
import { columnRules } from "./column-rules.js";
import { designRules } from "./design-rules.js";
import { dropoutRules, estimandRules } from "./dropout-rules.js";
import { endpointRules } from "./endpoint-rules.js";
import { outputSizeRules } from "./output-size-rules.js";
import { pkRules } from "./pk-rules.js";
import { populationRules } from "./population-rules.js";
import { adherenceRules, regimenRules } from "./regimen-rules.js";
import type { SpecIssue } from "./spec-issue.js";
import { twinModelRules } from "./twin-model-rules.js";

/**
 * Semantic rules: what the schema alone cannot say. One small function each; every rule
 * returns the issues it finds (changesets packages/config/src/rules.ts).
 */
type Rule = (spec: Spec) => SpecIssue[];

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const indexes: number[] = [];
  items.forEach((item, index) => {
    const name = key(item);
    if (seen.has(name)) indexes.push(index);
    seen.add(name);
  });
  return indexes;
}

const uniqueArmIds: Rule = (spec) =>
  duplicates(spec.arms, (arm) => arm.id).map((index) => ({
    code: "SPEC_DUPLICATE_ID",
    message: `arms[${index}].id "${spec.arms[index]?.id}" is used by an earlier arm`,
    hint: "give every arm its own id",
    path: ["arms", index, "id"],
  }));

const exactlyOneControl: Rule = (spec) => {
  const controls = spec.arms.flatMap((arm, index) => (arm.control ? [index] : []));
  if (controls.length === 1 || (spec.arms.length === 1 && controls.length === 0)) return [];
  if (controls.length === 0)
    return [{ code: "SPEC_NO_CONTROL_ARM", message: "no arm is marked control: true", hint: "mark the placebo or comparator arm with control: true", path: ["arms"] }];
  return controls.slice(1).map((index) => ({
    code: "SPEC_SEVERAL_CONTROL_ARMS",
    message: `arms[${index}] is a second control arm (arms[${controls[0]}] is already control: true)`,
    hint: "exactly one arm is the control every other arm is compared with",
    path: ["arms", index, "control"],
  }));
};

/**
 * A regimen needs a PK model when anything reads the exposure: a drug effect other than
 * constant, or an adverse reaction model. Without one, a regimen only marks its arm as
 * treated (constant drug effects, as in an abstract power calculation).
 */
const pkWhenDosed: Rule = (spec) => {
  const dosed = spec.arms.findIndex((arm) => arm.regimen !== undefined);
  if (dosed < 0 || spec.pk !== undefined) return [];
  const effect = spec.endpoints.findIndex((endpoint) => (endpoint.drug_effect !== undefined && endpoint.drug_effect.model !== "constant") || endpoint.model === "indirect-response");
  const reader =
    effect >= 0 ? (spec.endpoints[effect]?.model === "indirect-response" ? `endpoints[${effect}] (model: indirect-response) reads the concentrations it gives` : `endpoints[${effect}].drug_effect (${spec.endpoints[effect]?.drug_effect?.model}) reads the exposure it gives`)
    : spec.adverse_events.length > 0 ? `adverse_events[0] "${spec.adverse_events[0]?.term}" reads the exposure it gives`
    : undefined;
  if (reader === undefined) return [];
  return [{ code: "SPEC_MISSING_KEY", message: `arms[${dosed}] has a regimen and ${reader}, but the spec has no pk section`, hint: "add a pk: section with the model and its parameters; without one a regimen only marks who is on drug, which suits model: constant drug effects and no adverse_events", path: ["arms", dosed, "regimen"] }];
};

const populationSize: Rule = (spec) => {
  const { n_per_arm: perArm, n_total: total, allocation } = spec.population;
  if (spec.population.method === "cohort") {
    if (perArm === undefined && total === undefined) return [];
    return [{ code: "SPEC_POPULATION_SIZE", message: "population method cohort takes every eligible patient once: n_per_arm and n_total do not apply", hint: "remove n_per_arm / n_total, or use method: bootstrap", path: ["population"] }];
  }
  if ((perArm === undefined) === (total === undefined))
    return [{ code: "SPEC_POPULATION_SIZE", message: "population needs exactly one of n_per_arm and n_total", hint: "write n_per_arm: 50, or n_total: 150 with an allocation ratio", path: ["population"] }];
  if (allocation === undefined) {
    if (total !== undefined && total % spec.arms.length !== 0)
      return [{ code: "SPEC_POPULATION_SIZE", message: `population.n_total ${total} does not split equally over ${spec.arms.length} arms`, hint: `use a multiple of ${spec.arms.length}, or give an allocation ratio`, path: ["population", "n_total"] }];
    return [];
  }
  if (perArm !== undefined)
    return [{ code: "SPEC_POPULATION_SIZE", message: "population.allocation goes with n_total, not n_per_arm", hint: "replace n_per_arm with n_total (all arms together)", path: ["population", "allocation"] }];
  return allocationMatchesArms(spec);
};

function allocationMatchesArms(spec: Spec): SpecIssue[] {
  const allocation = spec.population.allocation ?? {};
  const armIds = spec.arms.map((arm) => arm.id);
  const issues: SpecIssue[] = [];
  for (const key of Object.keys(allocation)) {
    if (armIds.includes(key)) continue;
    const suggestion = closestName(key, armIds);
    issues.push({ code: "SPEC_UNKNOWN_ARM", message: `population.allocation names arm "${key}", which is not in arms`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}arms: ${armIds.join(", ")}`, path: ["population", "allocation", key], atKey: true });
  }
  for (const id of armIds) {
    if (allocation[id] === undefined) issues.push({ code: "SPEC_MISSING_KEY", message: `population.allocation has no ratio for arm "${id}"`, hint: "give every arm a whole-number ratio, e.g. placebo: 1", path: ["population", "allocation"] });
  }
  const block = Object.values(allocation).reduce((sum, ratio) => sum + ratio, 0);
  const total = spec.population.n_total ?? 0;
  if (issues.length > 0) return issues;
  if (total % block !== 0) {
    const lower = total - (total % block);
    return [{ code: "SPEC_POPULATION_SIZE", message: `population.n_total ${total} is not a multiple of the allocation block ${block}`, hint: `use ${lower > 0 ? `${lower} or ` : ""}${lower + block} so every arm gets its exact share`, path: ["population", "n_total"] }];
  }
  const smallest = armIds.find((id) => ((allocation[id] ?? 1) * total) / block < 2);
  if (smallest !== undefined)
    return [{ code: "SPEC_POPULATION_SIZE", message: `population.n_total ${total} gives arm "${smallest}" fewer than 2 patients`, hint: `every arm needs at least 2 patients for its analysis: use n_total >= ${2 * block}`, path: ["population", "n_total"] }];
  return [];
}

const uniqueEndpointIds: Rule = (spec) =>
  duplicates(spec.endpoints, (endpoint) => endpoint.id).map((index) => ({ code: "SPEC_DUPLICATE_ID", message: `endpoints[${index}].id "${spec.endpoints[index]?.id}" is used by an earlier endpoint`, hint: "give every endpoint its own id", path: ["endpoints", index, "id"] }));

const uniqueAdverseEventTerms: Rule = (spec) =>
  duplicates(spec.adverse_events, (event) => event.term).map((index) => ({ code: "SPEC_DUPLICATE_ID", message: `adverse_events[${index}].term "${spec.adverse_events[index]?.term}" is used by an earlier adverse event`, hint: "give every adverse event term its own name", path: ["adverse_events", index, "term"] }));

const gradeSharesAddUp: Rule = (spec) =>
  spec.adverse_events.flatMap((event, index) => {
    if (event.grades === undefined) return [];
    const total = gradeShares(event.grades).reduce((sum, share) => sum + share, 0);
    if (Math.abs(total - 1) <= 1e-9) return [];
    return [{ code: "SPEC_INVALID_VALUE", message: `adverse_events[${index}].grades add up to ${Number(total.toPrecision(12))}, not 1`, hint: "the grade shares split the events: e.g. grade_1: 0.6, grade_2: 0.3, grade_3: 0.1", path: ["adverse_events", index, "grades"] }];
  });

export const SPEC_RULES: readonly Rule[] = [
  uniqueArmIds,
  exactlyOneControl,
  pkWhenDosed,
  populationSize,
  populationRules,
  uniqueEndpointIds,
  uniqueAdverseEventTerms,
  gradeSharesAddUp,
  columnRules,
  cohortImportRules,
  regimenRules,
  adherenceRules,
  pkRules,
  endpointRules,
  twinModelRules,
  designRules,
  adverseEventRules,
  dropoutRules,
  estimandRules,
  outputSizeRules,
];
