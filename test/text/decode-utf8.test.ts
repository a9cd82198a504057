import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeUtf8, describeByte } from "../../src/text/decode-utf8.js";

describe("decodeUtf8", () => {
  test.prop([fc.string({ unit: "binary" })])("any text encoded as UTF-8 decodes to itself", (text) => {
    const bytes = new TextEncoder().encode(text);
    const decoded = decodeUtf8(bytes);
    expect(decoded).toEqual({ ok: true, text: new TextDecoder().decode(bytes) });
  });

  it.each([
    ["Latin-1 é", [0x61, 0x0a, 0x62, 0xe9], { offset: 3, line: 2, column: 2, byte: 0xe9 }],
    ["overlong NUL", [0x41, 0xc0, 0x80], { offset: 1, line: 1, column: 2, byte: 0xc0 }],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80], { offset: 0, line: 1, column: 1, byte: 0xed }],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], { offset: 0, line: 1, column: 1, byte: 0xf4 }],
    ["a lone continuation byte after an emoji (2 UTF-16 units)", [0xf0, 0x9f, 0x98, 0x80, 0x80], { offset: 4, line: 1, column: 3, byte: 0x80 }],
    ["a truncated sequence at the end", [0x31, 0x0a, 0x32, 0x0a, 0xe2, 0x82], { offset: 4, line: 3, column: 1, byte: 0xe2 }],
  ])("finds the first byte that is not UTF-8: %s", (_, bytes, invalid) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({ ok: false, invalid });
  });

  it("says how a byte reads in Latin-1 / Windows-1252 when it is a character there", () => {
    expect(describeByte(0xe9)).toBe('0xE9 ("é" in Latin-1 / Windows-1252)');
    expect(describeByte(0xfc)).toBe('0xFC ("ü" in Latin-1 / Windows-1252)');
    expect(describeByte(0x81)).toBe("0x81");
  });
});
