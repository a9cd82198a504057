import type { AdverseEventModel } from "../spec/schema.js";

/** The organ class of a term without `soc` in the spec. */
export const UNCLASSIFIED_SOC = "Unclassified";

/** A term's MedDRA-style system organ class, from the spec (twin-trial ships no MedDRA list). */
export function socOf(model: AdverseEventModel): string {
  return model.soc ?? UNCLASSIFIED_SOC;
}

/** A term's MedDRA-style preferred term: `pt`, else its label, else the term. */
export function ptOf(model: AdverseEventModel): string {
  return model.pt ?? model.label ?? model.term;
}

/** The organ classes of the spec's terms in first-seen order, each with its term indexes. */
export function groupBySoc(models: readonly AdverseEventModel[]): { soc: string; terms: number[] }[] {
  const groups = new Map<string, number[]>();
  models.forEach((model, index) => {
    const soc = socOf(model);
    groups.set(soc, [...(groups.get(soc) ?? []), index]);
  });
  return [...groups].map(([soc, terms]) => ({ soc, terms }));
}
