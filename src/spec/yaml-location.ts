import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { SpecPath } from "./spec-issue.js";

/** 1-based line and column in the spec file. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

function child(node: Node, part: string | number): { keyNode?: Node; valueNode?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === part || (typeof part === "number" && key === String(part))) {
        const result: { keyNode?: Node; valueNode?: Node } = {};
        if (isNode(pair.key)) result.keyNode = pair.key;
        if (isNode(pair.value)) result.valueNode = pair.value;
        return result;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof part === "number") {
    const item = node.items[part];
    if (isPair(item)) return undefined;
    return isNode(item) ? { valueNode: item } : undefined;
  }
  return undefined;
}

/**
 * Where a path points in the YAML text: the value (or the key, with `atKey`), or the
 * nearest ancestor that exists when the path's end is missing.
 */
export function locatePath(
  document: Document,
  lineCounter: LineCounter,
  path: SpecPath,
  options: { readonly atKey?: boolean; readonly offsetInValue?: number } = {},
): TextPosition {
  let node: Node | undefined = isNode(document.contents) ? document.contents : undefined;
  let offset = node?.range?.[0] ?? 0;
  for (let index = 0; index < path.length && node !== undefined; index++) {
    const part = path[index] as string | number;
    const found = child(node, part);
    if (found === undefined) break;
    const last = index === path.length - 1;
    const target = last && options.atKey === true ? (found.keyNode ?? found.valueNode) : (found.valueNode ?? found.keyNode);
    if (target?.range !== undefined && target.range !== null) offset = target.range[0];
    if (last && options.offsetInValue !== undefined && target !== undefined && isScalar(target)) {
      const quoted = target.type === "QUOTE_DOUBLE" || target.type === "QUOTE_SINGLE";
      offset += options.offsetInValue + (quoted ? 1 : 0);
    }
    node = found.valueNode;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
