/**
 * The extension's ids, as managed policies name it. Chrome/Edge derive the id
 * from the manifest `key` (wxt.config.ts): SHA-256 of the DER public key, the
 * first 32 hex digits mapped 0-f → a-p. Firefox uses the gecko id.
 * Node-only (reads wxt.config.ts so the key has one home).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CONFIG = resolve(import.meta.dirname, '../../wxt.config.ts');

export function extensionIdFromKey(base64Key: string): string {
  const der = Buffer.from(base64Key, 'base64');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export function readManifestKey(configText = readFileSync(CONFIG, 'utf8')): string {
  const match = /MANIFEST_KEY\s*=\s*'([A-Za-z0-9+/=]+)'/.exec(configText);
  if (!match) throw new Error('wxt.config.ts has no MANIFEST_KEY');
  return match[1]!;
}

export function readGeckoId(configText = readFileSync(CONFIG, 'utf8')): string {
  const match = /gecko:\s*\{\s*id:\s*'([^']+)'/.exec(configText);
  if (!match) throw new Error('wxt.config.ts has no gecko id');
  return match[1]!;
}

export function extensionIds(): { chrome: string; firefox: string } {
  const text = readFileSync(CONFIG, 'utf8');
  return { chrome: extensionIdFromKey(readManifestKey(text)), firefox: readGeckoId(text) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const ids = extensionIds();
  process.stdout.write(`chrome/edge: ${ids.chrome}\nfirefox: ${ids.firefox}\n`);
}
