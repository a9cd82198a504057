import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { renderCsv, renderCsvHeader, renderCsvRows, type CsvCell } from "../../src/report/index.js";

/**
 * simulate writes efficacy.csv and safety.csv replicate by replicate (memory flat in
 * replicates): the header, then each chunk's rows. That must be renderCsv of the whole table,
 * byte for byte, however the rows are cut, whatever the cells (quotes, commas, newlines,
 * formula-like text, NaN, ±Infinity, −0, booleans, NA).
 */
const cell: fc.Arbitrary<CsvCell> = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("=1+1", "a,b", 'say "hi"', "line\nbreak", "-3", "@x"));

describe("renderCsvHeader + renderCsvRows by chunks = renderCsv", () => {
  test.prop([fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 5 })])("any rows, any cuts", (rows, cuts) => {
    const columns = ["a", "b c", 'd"e'];
    const points = [...new Set([0, ...cuts.map((cut) => Math.min(cut, rows.length)), rows.length])].sort((x, y) => x - y);
    let chunked = renderCsvHeader(columns);
    for (let at = 1; at < points.length; at++) chunked += renderCsvRows(rows.slice(points[at - 1], points[at]));
    expect(chunked).toBe(renderCsv(columns, rows));
  });
});
