/** One regular file of a tar archive: a relative POSIX path and its bytes. */
export interface TarEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const BLOCK = 512;
/** Fixed metadata, so the same files always give the same bytes (no owner, clock or umask leaks in). */
const FILE_MODE = 0o644;
const FIXED_MTIME = 0;

function writeText(header: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > length) throw new RangeError(`writeTar: "${text}" is longer than ${length} bytes`);
  header.set(bytes, offset);
}

/** An octal number field: zero-padded digits then a NUL, as POSIX ustar writes them. */
function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeText(header, offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
}

/**
 * A path as ustar stores it: names up to 100 bytes as they are; a longer one is split at a "/"
 * into a prefix (up to 155 bytes, field 345) and a name (up to 100): e.g. a long trial id's
 * figures/forest-<endpoint>-<measure>.svg. A path that cannot be split so is refused.
 */
function splitPath(path: string): { prefix: string; name: string } {
  const size = (text: string): number => new TextEncoder().encode(text).length;
  if (size(path) <= 100) return { prefix: "", name: path };
  for (let at = path.lastIndexOf("/"); at > 0; at = path.lastIndexOf("/", at - 1)) {
    const prefix = path.slice(0, at);
    const name = path.slice(at + 1);
    if (size(name) > 100) break;
    if (size(prefix) <= 155) return { prefix, name };
  }
  throw new RangeError(`writeTar: "${path}" is longer than a ustar path can be (a name of 100 bytes after a folder of 155)`);
}

function fileHeader(entry: TarEntry): Uint8Array {
  const header = new Uint8Array(BLOCK);
  const path = splitPath(entry.name);
  writeText(header, 0, 100, path.name);
  if (path.prefix !== "") writeText(header, 345, 155, path.prefix);
  writeOctal(header, 100, 8, FILE_MODE);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, entry.bytes.length);
  writeOctal(header, 136, 12, FIXED_MTIME);
  header.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  writeText(header, 156, 1, "0");
  writeText(header, 257, 6, "ustar\0");
  writeText(header, 263, 2, "00");
  const checksum = header.reduce((total, byte) => total + byte, 0);
  writeText(header, 148, 8, `${checksum.toString(8).padStart(6, "0")}\0 `);
  return header;
}

/**
 * A POSIX ustar archive of regular files, in the order given, with mode 0644, owner 0:0
 * and mtime 0 (POSIX.1-2001 "pax" chapter, ustar interchange format). No folder entries:
 * every extractor creates the parent folders. Paths longer than 100 bytes use the ustar
 * prefix field (see splitPath).
 *
 * @example writeTar([{ name: "a.txt", bytes: new TextEncoder().encode("hi\n") }]).length // 2048
 */
export function writeTar(entries: readonly TarEntry[]): Uint8Array {
  const size = entries.reduce((total, entry) => total + BLOCK + Math.ceil(entry.bytes.length / BLOCK) * BLOCK, 2 * BLOCK);
  const archive = new Uint8Array(size);
  let offset = 0;
  for (const entry of entries) {
    archive.set(fileHeader(entry), offset);
    archive.set(entry.bytes, offset + BLOCK);
    offset += BLOCK + Math.ceil(entry.bytes.length / BLOCK) * BLOCK;
  }
  return archive; // ends with two zero blocks (already zero)
}
