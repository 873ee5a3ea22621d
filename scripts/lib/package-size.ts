/**
 * The size of a built extension as a laptop receives it: the store package
 * is a zip (a CRX is a zip with a signature header; an XPI is a zip), so the
 * download is each file deflated at level 9 (or stored, if smaller) plus the
 * zip's per-file headers, computed here without writing an archive. Also the
 * unpacked size (what the browser keeps on disk) and the content scripts'
 * size (what every x.com page parses at document_start) and the modules
 * they import after the first paint, with the goals of issue 17.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Issue 17: the package a laptop downloads, Chrome and Firefox alike. */
export const PACKAGE_MAX_BYTES = 20_000_000;
/** Issue 17: both content scripts together, minified. */
export const CONTENT_SCRIPTS_MAX_BYTES = 150_000;

/** Where the modules the content script imports after the first paint live (scripts/build/engine-module.ts). */
export const CONTENT_MODULES_DIR = 'content-modules';

export interface PackageSize {
  /** Bytes of the zip a laptop downloads. */
  zipped: number;
  /** Bytes on disk, unpacked. */
  unpacked: number;
  /** The content scripts the manifest loads into x.com pages at document_start. */
  contentScripts: number;
  /** The modules those scripts import after the first paint (content-modules/: the engine module). */
  contentModules: number;
  /** Largest files first: path, unpacked and zipped bytes. */
  files: { path: string; bytes: number; zipped: number }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Local header (30) + central directory entry (46) + the name twice; the archive's end record (22). */
const ZIP_ENTRY_OVERHEAD = 76;
const ZIP_END_RECORD = 22;

export function packageSize(dir: string): PackageSize {
  const files = walk(dir).map((file) => {
    const path = relative(dir, file).split('\\').join('/');
    const bytes = readFileSync(file);
    const zipped = Math.min(bytes.length, deflateRawSync(bytes, { level: 9 }).length) + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(path);
    return { path, bytes: statSync(file).size, zipped };
  });
  files.sort((a, b) => b.bytes - a.bytes);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const scripts = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  const contentScripts = [...scripts].reduce((n, js) => n + statSync(join(dir, js)).size, 0);
  return {
    zipped: files.reduce((n, f) => n + f.zipped, ZIP_END_RECORD),
    unpacked: files.reduce((n, f) => n + f.bytes, 0),
    contentScripts,
    contentModules: files.filter((f) => f.path.startsWith(`${CONTENT_MODULES_DIR}/`)).reduce((n, f) => n + f.bytes, 0),
    files,
  };
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
