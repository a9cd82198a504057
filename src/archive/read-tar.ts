import type { TarEntry } from "./write-tar.js";

const BLOCK = 512;

function readText(header: Uint8Array, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

function readOctal(header: Uint8Array, offset: number, length: number): number {
  const text = readText(header, offset, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new RangeError(`readTar: bad number field "${text}"`);
  return parseInt(text, 8);
}

function isZeroBlock(block: Uint8Array): boolean {
  return block.every((byte) => byte === 0);
}

function checkHeader(header: Uint8Array): void {
  if (!readText(header, 257, 6).startsWith("ustar")) throw new RangeError("readTar: not a ustar archive");
  const stored = readOctal(header, 148, 8);
  const computed = header.reduce((total, byte, index) => total + (index >= 148 && index < 156 ? 0x20 : byte), 0);
  if (stored !== computed) throw new RangeError("readTar: header checksum mismatch");
}

/**
 * The regular files of a ustar (or GNU tar) archive, in archive order. Folder entries
 * and pax/GNU extension headers are skipped; a damaged header throws a RangeError.
 *
 * @example readTar(writeTar([{ name: "a.txt", bytes }]))[0].name // "a.txt"
 */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header)) break;
    checkHeader(header);
    const size = readOctal(header, 124, 12);
    const type = readText(header, 156, 1);
    const prefix = readText(header, 345, 155);
    const name = prefix === "" ? readText(header, 0, 100) : `${prefix}/${readText(header, 0, 100)}`;
    if (offset + BLOCK + size > archive.length) throw new RangeError(`readTar: ${name} is cut short`);
    if (type === "0" || type === "") entries.push({ name, bytes: new Uint8Array(archive.subarray(offset + BLOCK, offset + BLOCK + size)) });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
