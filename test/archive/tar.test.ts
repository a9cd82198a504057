import { describe, expect, it } from "vitest";
import { packTrialArchive, readTar, unpackTrialArchive, writeTar } from "../../src/archive/index.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("writeTar and readTar", () => {
  it("an empty archive is two zero blocks and reads back empty", () => {
    const archive = writeTar([]);
    expect(archive.length).toBe(1024);
    expect(archive.every((byte) => byte === 0)).toBe(true);
    expect(readTar(archive)).toEqual([]);
  });

  it("round-trips files of 0, 1, 512 and 513 bytes with fixed metadata", () => {
    const entries = [0, 1, 512, 513].map((size) => ({ name: `f/${size}.txt`, bytes: bytes("x".repeat(size)) }));
    const archive = writeTar(entries);
    // header + data rounded up to 512-byte blocks, then two zero blocks (POSIX ustar)
    expect(archive.length).toBe(4 * 512 + (0 + 1 + 1 + 2) * 512 + 1024);
    expect(readTar(archive)).toEqual(entries);
    expect(new TextDecoder().decode(archive.subarray(100, 108))).toBe("0000644\0");
    expect(new TextDecoder().decode(archive.subarray(136, 148))).toBe("00000000000\0");
    expect(new TextDecoder().decode(archive.subarray(257, 265))).toBe("ustar\u000000");
  });

  it("refuses a damaged header and a name longer than 100 bytes", () => {
    const archive = writeTar([{ name: "a.txt", bytes: bytes("hi\n") }]);
    archive[0] = "b".charCodeAt(0);
    expect(() => readTar(archive)).toThrow("readTar: header checksum mismatch");
    expect(() => writeTar([{ name: "n".repeat(101), bytes: bytes("") }])).toThrow(RangeError);
  });

  it("stores a path longer than 100 bytes in the ustar prefix field, split at a folder", () => {
    // A 64-character trial id and endpoint id: 165 bytes (trial and endpoint ids have at most 64 characters).
    const name = `${"t".repeat(64)}/figures/forest-${"e".repeat(64)}-log-hazard-ratio.svg`;
    const archive = writeTar([{ name, bytes: bytes("<svg/>\n") }]);
    expect(new TextDecoder().decode(archive.subarray(345, 345 + 72))).toBe(`${"t".repeat(64)}/figures`);
    expect(readTar(archive)).toEqual([{ name, bytes: bytes("<svg/>\n") }]);
    expect(() => writeTar([{ name: `${"d".repeat(160)}/${"n".repeat(10)}`, bytes: bytes("") }])).toThrow("writeTar: ");
  });
});

describe("packTrialArchive", () => {
  it("sorts entries and gives the same bytes for the same files in any order", () => {
    const a = { name: "t/a.csv", bytes: bytes("a\n") };
    const b = { name: "t/b.csv", bytes: bytes("b\n") };
    const packed = packTrialArchive([b, a]);
    expect(packed.equals(packTrialArchive([a, b]))).toBe(true);
    expect(unpackTrialArchive(packed)).toEqual([a, b]);
    // gzip header (RFC 1952): mtime 0 and OS byte fixed to Unix (3)
    expect([...packed.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect(packed[9]).toBe(3);
  });

  it("refuses bytes that are not gzip", () => {
    expect(() => unpackTrialArchive(bytes("not gzip"))).toThrow(/^unpackTrialArchive: not a gzip file/);
  });
});
