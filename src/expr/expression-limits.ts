/**
 * Limits that keep a hostile or generated expression from exhausting the stack or memory:
 * breaking one is an `ExpressionError`, never a stack overflow.
 */

/** The longest accepted source, in characters (UTF-16 code units). */
export const MAX_EXPRESSION_LENGTH = 4_000;

/**
 * The deepest accepted nesting: each parenthesis, function call, prefix `-` or `not` and
 * exponent of `^` opens one level. Long flat chains such as `a + b + c + …` do not nest.
 */
export const MAX_NESTING_DEPTH = 64;
