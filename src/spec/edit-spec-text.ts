import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";

/** One field set to one value. */
export interface SpecEdit {
  readonly path: readonly string[];
  readonly value: number | string | boolean;
}

/** Why an edit's path does not lead anywhere, with a fix. */
export class SpecEditError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = "SpecEditError";
  }
}

function itemId(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get("id", true);
  return isScalar(id) ? String(id.value) : undefined;
}

/** The document path (keys and list positions) of an edit path whose list parts may be item ids. */
function documentPath(document: Document, path: readonly string[]): (string | number)[] {
  const resolved: (string | number)[] = [];
  let node: unknown = document.contents;
  for (const [at, part] of path.entries()) {
    const where = path.slice(0, at).join(".") || "the spec";
    if (isSeq(node)) {
      const ids = node.items.map(itemId);
      let position = ids.indexOf(part);
      if (position < 0 && /^\d+$/.test(part)) position = Number(part);
      if (position < 0 || position >= node.items.length) {
        const named = ids.filter((id) => id !== undefined);
        throw new SpecEditError(`${where} has no item ${JSON.stringify(part)}`, named.length > 0 ? `name an item by its id (${named.join(", ")}) or its position from 0` : `name an item by its position, 0 to ${node.items.length - 1}`);
      }
      resolved.push(position);
      node = node.items[position];
    } else if (isMap(node) || node === null || node === undefined) {
      resolved.push(part);
      node = isMap(node) ? node.get(part, true) : undefined;
    } else {
      throw new SpecEditError(`${where} is a single value, so it has no field ${JSON.stringify(part)}`, "end the path at a field that holds a value, e.g. population.n_per_arm");
    }
  }
  return resolved;
}

/**
 * The pseudo-field `design`: which design a point runs. "rct" is the arms' own randomised trial
 * alone (the designs section and the endpoints' drift, which only designs read, are removed); a design id keeps that one candidate of
 * designs.candidates (the arms' own trial runs beside it, as always).
 */
export const DESIGN_CHOICE = "design";

function chooseDesign(document: Document, choice: string): void {
  if (choice === "rct") {
    // Drift belongs to the design comparison (the arms' own trial never reads it): it goes with the designs.
    document.delete("designs");
    const endpoints = document.get("endpoints", true);
    if (isSeq(endpoints)) for (const endpoint of endpoints.items) if (isMap(endpoint)) endpoint.delete("drift");
    return;
  }
  const candidates = document.getIn(["designs", "candidates"], true);
  const ids = isSeq(candidates) ? candidates.items.map(itemId) : [];
  const position = ids.indexOf(choice);
  if (!isSeq(candidates) || position < 0) {
    const named = ["rct", ...ids.filter((id) => id !== undefined)];
    throw new SpecEditError(`design ${JSON.stringify(choice)} is neither rct nor a design of designs.candidates`, `use one of ${named.join(", ")}`);
  }
  candidates.items = [candidates.items[position] as (typeof candidates.items)[number]];
}

/**
 * The spec text with each edit's field set to its value (missing mapping keys are added; a
 * list item is named by its id or 0-based position; the path `design` chooses a design, see
 * DESIGN_CHOICE). Comments and the rest of the text are kept; the result is validated like any
 * spec by whoever reads it.
 *
 * @example specTextWith(text, [{ path: ["arms", "active", "regimen", "dose_mg"], value: 50 }])
 */
export function specTextWith(text: string, edits: readonly SpecEdit[]): string {
  const document = parseDocument(text.startsWith("\uFEFF") ? text.slice(1) : text, { schema: "core", uniqueKeys: true });
  if (document.errors.length > 0) throw new SpecEditError("the spec is not valid YAML", "run twin-trial validate on the spec first");
  for (const edit of edits) {
    if (edit.path.length === 1 && edit.path[0] === DESIGN_CHOICE) {
      chooseDesign(document, String(edit.value));
      continue;
    }
    const path = documentPath(document, edit.path);
    document.setIn(path, document.createNode(edit.value) as Node);
  }
  return document.toString({ lineWidth: 0 });
}
