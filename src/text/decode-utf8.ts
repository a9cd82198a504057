/** Where the first byte that is not UTF-8 sits: its 0-based offset, 1-based line and column (in characters), and the byte. */
export interface InvalidUtf8 {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** Length of the UTF-8 sequence starting at `offset` if it is valid there, else 0 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  const first = bytes[offset] as number;
  if (first < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[offset + at];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first === 0xe0) return continuation(1, 0xa0) && continuation(2) ? 3 : 0;
  if ((first >= 0xe1 && first <= 0xec) || first === 0xee || first === 0xef) return continuation(1) && continuation(2) ? 3 : 0;
  if (first === 0xed) return continuation(1, 0x80, 0x9f) && continuation(2) ? 3 : 0;
  if (first === 0xf0) return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0;
  if (first >= 0xf1 && first <= 0xf3) return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  if (first === 0xf4) return continuation(1, 0x80, 0x8f) && continuation(2) && continuation(3) ? 4 : 0;
  return 0;
}

/**
 * The text of UTF-8 bytes, or where they stop being UTF-8. Text files from spreadsheets are
 * often Latin-1 or Windows-1252, where "é" is the single byte 0xE9: decoding those leniently
 * would turn names and categories into "\uFFFD" without a word, so the first such byte is
 * reported instead.
 *
 * @example decodeUtf8(Uint8Array.of(0x61, 0x0a, 0x62, 0xe9)) // { ok: false, invalid: { offset: 3, line: 2, column: 2, byte: 0xe9 } }
 */
export function decodeUtf8(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly invalid: InvalidUtf8 } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    let line = 1;
    let column = 1;
    for (let offset = 0; offset < bytes.length; ) {
      const length = sequenceLength(bytes, offset);
      if (length === 0) return { ok: false, invalid: { offset, line, column, byte: bytes[offset] as number } };
      if (bytes[offset] === 0x0a) {
        line += 1;
        column = 1;
      } else column += length === 4 ? 2 : 1;
      offset += length;
    }
    throw new Error("TextDecoder refused bytes that are valid UTF-8");
  }
}

/** '0xE9 ("é" in Latin-1 / Windows-1252)': how a byte that is not UTF-8 reads in the usual other encoding (0xA0–0xFF are the same letters in both). */
export function describeByte(byte: number): string {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  const latin = String.fromCharCode(byte);
  return byte > 0xa0 && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(latin) ? `${hex} ("${latin}" in Latin-1 / Windows-1252)` : hex;
}
