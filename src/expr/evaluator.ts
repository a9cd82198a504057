import type { ExpressionValue } from "./compiled-expression.js";
import type { SyntaxNode } from "./syntax-node.js";

/** A compiled node: reads the variables' values by index and returns the node's value. */
export type Evaluator = (values: readonly ExpressionValue[]) => ExpressionValue;

/** What every node builder needs: the source (for messages), the variable slots and recursion. */
export interface BuildContext {
  readonly source: string;
  /** Index into the values array of each variable name. */
  readonly variableIndex: ReadonlyMap<string, number>;
  /** Compiles a child node. */
  build(node: SyntaxNode): Evaluator;
}
