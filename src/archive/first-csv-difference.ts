import { parse } from "csv-parse/sync";

/** Where two CSV files first differ: row as a spreadsheet shows it (the header is row 1). */
export interface CsvDifference {
  readonly row: number;
  /** The column name from the expected header; undefined when a whole row is missing or extra. */
  readonly columnName?: string;
  readonly expected: string;
  readonly got: string;
}

function records(text: string): string[][] {
  return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
}

function describeRow(row: readonly string[] | undefined): string {
  return row === undefined ? "no row" : row.join(",");
}

/**
 * The first differing cell of two CSV texts, or undefined when every cell is equal.
 * Texts that parse equal but differ in bytes (quoting, line ends) are reported at the
 * caller as a byte difference.
 *
 * @example firstCsvDifference("a,b\n1,2\n", "a,b\n1,3\n") // { row: 2, columnName: "b", expected: "2", got: "3" }
 */
export function firstCsvDifference(expectedText: string, gotText: string): CsvDifference | undefined {
  const expected = records(expectedText);
  const got = records(gotText);
  const header = expected[0] ?? [];
  for (let index = 0; index < Math.max(expected.length, got.length); index++) {
    const expectedRow = expected[index];
    const gotRow = got[index];
    if (expectedRow === undefined || gotRow === undefined) return { row: index + 1, expected: describeRow(expectedRow), got: describeRow(gotRow) };
    for (let column = 0; column < Math.max(expectedRow.length, gotRow.length); column++) {
      if (expectedRow[column] === gotRow[column]) continue;
      const columnName = header[column] ?? `column ${column + 1}`;
      return { row: index + 1, columnName, expected: expectedRow[column] ?? "(no cell)", got: gotRow[column] ?? "(no cell)" };
    }
  }
  return undefined;
}
