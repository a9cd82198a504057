import { gunzipSync, gzipSync } from "node:zlib";
import { readTar } from "./read-tar.js";
import { writeTar, type TarEntry } from "./write-tar.js";

/** Byte 9 of a gzip header names the operating system (RFC 1952 §2.3.1); fixed to Unix so the bytes do not depend on the platform. */
const GZIP_OS_BYTE = 9;
const GZIP_OS_UNIX = 3;
/** A trial archive is a few megabytes at most; refuse to inflate more than this (a gzip bomb). */
const MAX_UNPACKED_BYTES = 1024 ** 3;

/**
 * The .tgz of a trial: entries sorted by name (byte order), ustar with fixed metadata,
 * gzip level 9 with mtime 0. The same entries give the same bytes with the same zlib; a
 * different zlib may compress differently, but the tar inside stays the same.
 */
export function packTrialArchive(entries: readonly TarEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const gzipped = gzipSync(writeTar(sorted), { level: 9 });
  gzipped[GZIP_OS_BYTE] = GZIP_OS_UNIX;
  return gzipped;
}

/** The files of a .tgz; throws a RangeError (from zlib or readTar) when it is not one. */
export function unpackTrialArchive(bytes: Uint8Array): TarEntry[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    throw new RangeError(`unpackTrialArchive: not a gzip file (${(error as Error).message})`);
  }
  return readTar(tar);
}
