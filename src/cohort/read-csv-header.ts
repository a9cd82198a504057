import { parse } from "csv-parse/sync";

/**
 * The column names on the first line of CSV text, trimmed, as parseCohort reads them. An
 * empty text, or a first line csv-parse cannot read, gives no names: parseCohort then
 * reports the problem with its row.
 *
 * @example readCsvHeader("id,age\n1,50\n") // ["id", "age"]
 */
export function readCsvHeader(text: string): string[] {
  try {
    const records = parse(text, { bom: true, to_line: 1 }) as string[][];
    return (records[0] ?? []).map((name) => name.trim());
  } catch {
    return [];
  }
}
