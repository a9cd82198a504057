/** Where two texts first differ, by line (1-based). */
export interface LineDifference {
  readonly line: number;
  readonly expected: string;
  readonly got: string;
}

/**
 * The first differing line of two texts, or undefined when every line is equal. A missing
 * line is shown as "(end of file)".
 *
 * @example firstLineDifference("a\nb\n", "a\nc\n") // { line: 2, expected: "b", got: "c" }
 */
export function firstLineDifference(expectedText: string, gotText: string): LineDifference | undefined {
  const expected = expectedText.split("\n");
  const got = gotText.split("\n");
  for (let index = 0; index < Math.max(expected.length, got.length); index++) {
    if (expected[index] === got[index]) continue;
    return { line: index + 1, expected: expected[index] ?? "(end of file)", got: got[index] ?? "(end of file)" };
  }
  return undefined;
}
