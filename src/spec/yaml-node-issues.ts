import { isAlias, isCollection, isNode, isScalar, visit, type Document, type LineCounter, type Node } from "yaml";
import type { Issue } from "../errors.js";

/** Mappings and lists a value may sit inside (the top-level mapping counts): real specs use fewer than 10. */
export const MAX_YAML_DEPTH = 64;

/** The YAML core schema's tags (https://yaml.org/spec/1.2.2/#1032-tag-resolution): plain data only. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`));

function issueAt(node: Node, issue: { code: string; message: string; hint: string }, context: { lineCounter: LineCounter; file: string }): Issue {
  const { line, col } = context.lineCounter.linePos(node.range?.[0] ?? 0);
  return { ...issue, location: { kind: "yaml", file: context.file, line, column: col } };
}

function nodeIssue(node: Node, depth: number, document: Document): { code: string; message: string; hint: string } | undefined {
  if (depth > MAX_YAML_DEPTH)
    return { code: "SPEC_YAML_SYNTAX", message: `the spec is nested more than ${MAX_YAML_DEPTH} levels deep`, hint: "a spec needs only a few levels of mappings and lists: check the indentation and the brackets" };
  if (node.tag !== undefined && !CORE_TAGS.has(node.tag))
    return { code: "SPEC_YAML_SYNTAX", message: `the tag ${JSON.stringify(node.tag.replace("tag:yaml.org,2002:", "!!"))} is not allowed`, hint: "a spec holds plain YAML values (strings, numbers, true/false, null, lists, mappings): remove the tag" };
  if (isAlias(node) && node.resolve(document) === undefined)
    return { code: "SPEC_YAML_SYNTAX", message: `the alias *${node.source} has no anchor`, hint: `an alias (*name) must refer to an anchor (&name) defined before it, e.g. dose: &dose 50 … dose_mg: *dose` };
  return undefined;
}

/**
 * Issues the YAML parser does not report on its own: nesting deeper than MAX_YAML_DEPTH,
 * tags outside the core schema (`!foo`, `!!js/function`, `!!binary`, `!!set`: a spec is plain
 * data and never constructs objects), and aliases without an anchor (yaml only throws
 * when converting). Returns the first one, at its position.
 */
export function yamlNodeIssues(document: Document, lineCounter: LineCounter, file: string): Issue[] {
  const found: Issue[] = [];
  visit(document, (_key, node, path) => {
    if (!isNode(node) || !(isScalar(node) || isCollection(node) || isAlias(node))) return undefined;
    // path holds the document, then each collection and pair above the node.
    const depth = path.filter((ancestor) => isCollection(ancestor)).length;
    const issue = nodeIssue(node, depth, document);
    if (issue === undefined) return undefined;
    found.push(issueAt(node, issue, { lineCounter, file }));
    return visit.BREAK;
  });
  return found;
}
