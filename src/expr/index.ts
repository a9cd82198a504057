export { compileExpression } from "./compile-expression.js";
export type { CompileOptions } from "./compile-expression.js";
export type { CompiledExpression, ExpressionValue } from "./compiled-expression.js";
export { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from "./expression-limits.js";
