/** A literal written in the source: a number, a string, true or false. */
export type LiteralValue = number | string | boolean;

/** The left-associative arithmetic operators; `^` has a node of its own. */
export type ArithmeticOperator = "+" | "-" | "*" | "/";
export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "==" | "!=";
export type LogicalOperator = "and" | "or";

/** One `operator operand` step of a left-associative chain such as `a - b + c`. */
export interface ArithmeticStep {
  readonly operator: ArithmeticOperator;
  readonly operand: SyntaxNode;
}

interface NodePlace {
  /** 0-based offset of the node's first character in the source. */
  readonly start: number;
  /** 0-based offset just past its last character. */
  readonly end: number;
}

/**
 * One node of the syntax tree of an expression. Every node knows its place in the source,
 * so a type error can quote the operand, e.g. `sex` in "weight / sex".
 *
 * Chains of one precedence level (`a + b - c`, `a and b and c`) are one node with a list, not
 * a left-leaning tree: a 4,000-character `1+1+…+1` is then one node deep, and neither
 * compiling nor evaluating it can exhaust the stack.
 */
export type SyntaxNode = NodePlace &
  (
    | { readonly kind: "literal"; readonly value: LiteralValue }
    | { readonly kind: "variable"; readonly name: string }
    | { readonly kind: "negate"; readonly operand: SyntaxNode }
    | { readonly kind: "not"; readonly operand: SyntaxNode }
    | { readonly kind: "arithmetic"; readonly first: SyntaxNode; readonly rest: readonly ArithmeticStep[] }
    | { readonly kind: "power"; readonly base: SyntaxNode; readonly exponent: SyntaxNode }
    | { readonly kind: "comparison"; readonly operator: ComparisonOperator; readonly left: SyntaxNode; readonly right: SyntaxNode }
    | { readonly kind: "logical"; readonly operator: LogicalOperator; readonly operands: readonly SyntaxNode[] }
    | { readonly kind: "membership"; readonly operand: SyntaxNode; readonly items: readonly LiteralValue[] }
    | { readonly kind: "call"; readonly name: string; readonly args: readonly SyntaxNode[] }
  );

/**
 * The children of a node, in source order.
 *
 * @example childrenOf(parseExpression("a + b")).length // 2
 */
export function childrenOf(node: SyntaxNode): readonly SyntaxNode[] {
  switch (node.kind) {
    case "literal":
    case "variable":
      return [];
    case "negate":
    case "not":
    case "membership":
      return [node.operand];
    case "arithmetic":
      return [node.first, ...node.rest.map((step) => step.operand)];
    case "power":
      return [node.base, node.exponent];
    case "comparison":
      return [node.left, node.right];
    case "logical":
      return node.operands;
    case "call":
      return node.args;
  }
}
