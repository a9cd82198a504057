/**
 * One pass over JSON text that finds what JSON.parse does not say: the position of the first
 * syntax error (V8's messages give none for e.g. `[1,]`), and where each element of the
 * root object's "entry" list starts (a FHIR Bundle's entries), so that messages can name a
 * line and column. Iterative, so deep nesting cannot overflow the stack.
 */

/** A 1-based line and column (in UTF-16 code units, as editors count). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export interface JsonScan {
  /** The first syntax error, when the text is not JSON. */
  readonly error?: { readonly position: TextPosition; readonly message: string };
  /** Start of each element of the root object's "entry" list, in order. */
  readonly entryPositions: readonly TextPosition[];
}

interface Frame {
  readonly kind: "object" | "array";
  /** This array is the value of the root object's "entry" key. */
  readonly isEntryList: boolean;
}

type Expecting = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close";

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Index just past the string that opens at `start`, or a problem. */
function stringEnd(text: string, start: number): number | { at: number; message: string } {
  let at = start + 1;
  while (at < text.length) {
    const char = text.charCodeAt(at);
    if (char === 0x22) return at + 1;
    if (char < 0x20) return { at, message: "a control character (such as a line break) inside a string" };
    if (char === 0x5c) {
      const escape = text[at + 1] ?? "";
      if (escape === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return { at, message: "a \\u escape without four hex digits" };
        at += 6;
      } else if ('"\\/bfnrt'.includes(escape) && escape !== "") at += 2;
      else return { at, message: `an invalid escape \\${escape}` };
    } else at += 1;
  }
  return { at: start, message: "a string that is never closed" };
}

function describeChar(char: string): string {
  return char === "" ? "the end of the file" : char === '"' ? "the start of a string" : `"${char}"`;
}

function positionOf(lineStarts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

const EXPECTED: Readonly<Record<Expecting, string>> = {
  value: "a value",
  "value-or-close": 'a value or "]"',
  key: "a property name in double quotes",
  "key-or-close": 'a property name in double quotes or "}"',
  colon: '":" after the property name',
  "comma-or-close": '"," or the closing bracket',
};

interface ScanState {
  readonly text: string;
  readonly stack: Frame[];
  expecting: Expecting;
  rootKey: string | undefined;
  entryOffsets: number[];
  at: number;
}

/** A step reads the token at state.at and moves on; it returns an error message (at state.at) or undefined. */
function stepAfterValue(state: ScanState, char: string): string | undefined {
  const top = state.stack.at(-1);
  if (top === undefined) return `unexpected ${describeChar(char)} after the end of the JSON value`;
  if (char === ",") state.expecting = top.kind === "object" ? "key" : "value";
  else if ((char === "}" && top.kind === "object") || (char === "]" && top.kind === "array")) state.stack.pop();
  else return `expected "," or "${top.kind === "object" ? "}" : "]"}", got ${describeChar(char)}`;
  state.at += 1;
  return undefined;
}

function stepKey(state: ScanState, char: string): string | undefined {
  if (state.expecting === "colon") {
    if (char !== ":") return `expected ":" after the property name, got ${describeChar(char)}`;
    state.expecting = "value";
    state.at += 1;
    return undefined;
  }
  if (char === "}" && state.expecting === "key-or-close") {
    state.stack.pop();
    state.expecting = "comma-or-close";
    state.at += 1;
    return undefined;
  }
  if (char !== '"') return `expected ${EXPECTED[state.expecting]}, got ${describeChar(char)}`;
  const end = stringEnd(state.text, state.at);
  if (typeof end !== "number") {
    state.at = end.at;
    return end.message;
  }
  if (state.stack.length === 1) state.rootKey = JSON.parse(state.text.slice(state.at, end)) as string;
  state.expecting = "colon";
  state.at = end;
  return undefined;
}

function stepValue(state: ScanState, char: string): string | undefined {
  const { stack } = state;
  if (char === "]" && state.expecting === "value-or-close") {
    stack.pop();
    state.expecting = "comma-or-close";
    state.at += 1;
    return undefined;
  }
  if (stack.at(-1)?.isEntryList === true) state.entryOffsets.push(state.at);
  if (char === "{" || char === "[") {
    const isEntryList = char === "[" && stack.length === 1 && stack[0]?.kind === "object" && state.rootKey === "entry";
    // A repeated "entry" key: JSON.parse keeps the last one, and so do we.
    if (isEntryList) state.entryOffsets = [];
    stack.push({ kind: char === "{" ? "object" : "array", isEntryList });
    state.expecting = char === "{" ? "key-or-close" : "value-or-close";
    state.at += 1;
    return undefined;
  }
  if (char === '"') {
    const end = stringEnd(state.text, state.at);
    if (typeof end !== "number") {
      state.at = end.at;
      return end.message;
    }
    state.at = end;
  } else {
    LITERAL.lastIndex = state.at;
    const literal = LITERAL.exec(state.text);
    if (literal === null) return `expected ${EXPECTED[state.expecting]}, got ${describeChar(char)}`;
    state.at += literal[0].length;
  }
  state.expecting = "comma-or-close";
  return undefined;
}

/**
 * Scans JSON text (RFC 8259).
 *
 * @example scanJson('{"entry": [{}, {}]}').entryPositions // [{ line: 1, column: 12 }, { line: 1, column: 16 }]
 * @example scanJson("[1,]").error // { position: { line: 1, column: 4 }, message: 'expected a value, got "]"' }
 */
export function scanJson(text: string): JsonScan {
  const lineStarts = [0];
  for (let at = 0; at < text.length; at += 1) if (text.charCodeAt(at) === 0x0a) lineStarts.push(at + 1);
  const state: ScanState = { text, stack: [], expecting: "value", rootKey: undefined, entryOffsets: [], at: 0 };
  for (;;) {
    while (state.at < text.length && " \t\n\r".includes(text[state.at] as string)) state.at += 1;
    const char = text[state.at] ?? "";
    let message: string | undefined;
    if (char === "") {
      if (state.stack.length === 0 && state.expecting === "comma-or-close") return { entryPositions: state.entryOffsets.map((offset) => positionOf(lineStarts, offset)) };
      message = `the file ends early: expected ${EXPECTED[state.expecting]}`;
    } else if (state.expecting === "comma-or-close") message = stepAfterValue(state, char);
    else if (state.expecting === "value" || state.expecting === "value-or-close") message = stepValue(state, char);
    else message = stepKey(state, char);
    if (message !== undefined) return { error: { position: positionOf(lineStarts, state.at), message }, entryPositions: [] };
  }
}
