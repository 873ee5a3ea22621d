/**
 * Chrome's managed_schema for the school policy, generated from the zod
 * ManagedPolicySchema (components/profile/managed.ts) with `z.toJSONSchema`,
 * so the schema Chrome enforces and the one SafePost validates with cannot
 * drift apart. wxt.config.ts writes it into every Chrome build; the copy in
 * assets/managed-schema.json is for administrators to read, and
 * tests/unit/scripts/build/managed-schema.test.ts fails when it is stale:
 *
 *   npx tsx scripts/build/managed-schema.ts     rewrites assets/managed-schema.json
 *
 * Chrome's schema language is a subset of JSON Schema (Chromium's
 * components/policy/core/common/schema.cc: no $schema, no top-level
 * `additionalProperties`, integers of 32 bits). This schema keeps to `type`,
 * `properties`, `items`, a typed `additionalProperties` and `description`.
 * The rest zod writes (`required`, `additionalProperties: false`,
 * `propertyNames`, safe-integer bounds, enum lists) is left out on purpose:
 * Chrome silently drops a value its schema refuses, so Chrome checks types
 * only and SafePost's zod check reports the rest, naming the field, instead
 * of the value vanishing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ManagedPolicySchema } from '../../components/profile/managed';
import { RULE_IDS } from '../../rules/rule-ids';

type Node = Record<string, unknown>;

/** What administrators read in Chrome's policy page and the Admin console, by field path. */
const DESCRIPTIONS: Record<string, string> = {
  policyName: 'A label for this policy shown to staff, e.g. "Oakfield Trust, autumn 2026".',
  settings: 'The school\'s settings file (SafePost RULES.md). Every field set here is locked on the laptop.',
  'settings.school': 'School name.',
  'settings.accounts': 'The school\'s X accounts, e.g. "@OakfieldPrimary".',
  'settings.naming': '"none" (no pupil names at all) or "first-name-only".',
  'settings.hours': 'Posting hours.',
  'settings.hours.days': 'Mon, Tue, Wed, Thu, Fri, Sat, Sun.',
  'settings.hours.start': 'HH:MM, 24-hour.',
  'settings.hours.end': 'HH:MM, 24-hour.',
  'settings.hours.timezone': 'IANA time zone, e.g. Europe/London.',
  'settings.rules': 'Rule id to severity: block, confirm, warn or off.',
  'settings.unreadableImage': 'What an image SafePost cannot read does: block or confirm.',
  'settings.auditRetentionDays': 'Days of audit counts kept on each laptop, 1 to 730 (default 90).',
  'settings.rosterRetentionDays':
    'Days the roster and staff list saved on a laptop are kept after they were last imported or saved, 1 to 730 (default: kept until replaced). A roster set in this policy is not affected.',
  pupils: 'The roster. Replaces the laptop\'s roster and locks it.',
  pupilsCsv: 'The roster as CSV text (RULES.md roster CSV), an alternative to pupils.',
  staff: 'Staff list. Replaces the laptop\'s staff list and locks it.',
  staffCsv: 'The staff list as CSV text (Title,Forename,Surname), an alternative to staff.',
  expectedFields:
    'Written by `safepost policy`: every field path the policy sets, with its item count. SafePost compares it with what Chrome delivers to show values Chrome dropped.',
};

const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** One zod JSON Schema node in Chrome's subset, with its description; throws on what Chrome cannot express. */
function chromeNode(node: Node, path: string): Node {
  const description = DESCRIPTIONS[path];
  if (path === 'settings.rules') {
    // zod checks rules with a transform JSON Schema cannot show; Chrome needs
    // an object whose keys it knows, so each rule id is spelled out.
    const properties = Object.fromEntries(RULE_IDS.map((id) => [id, { type: 'string' }]));
    return { type: 'object', ...(description ? { description } : {}), properties };
  }
  const type = node.type;
  if (typeof type !== 'string' || !CHROME_TYPES.has(type)) {
    throw new Error(`managed schema: ${path || '(root)'} has type ${JSON.stringify(type)}, which Chrome's managed_schema cannot express`);
  }
  const out: Node = { type };
  if (description) out.description = description;
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, Node>).map(([key, child]) => [key, chromeNode(child, path ? `${path}.${key}` : key)]),
    );
  }
  if (node.items) out.items = chromeNode(node.items as Node, `${path}[]`);
  const extra = node.additionalProperties;
  if (extra && typeof extra === 'object') out.additionalProperties = chromeNode(extra as Node, `${path}.*`);
  return out;
}

/** Chrome's managed_schema for ManagedPolicySchema. */
export function managedSchema(): Node {
  return chromeNode(z.toJSONSchema(ManagedPolicySchema, { io: 'input', unrepresentable: 'any' }) as Node, '');
}

/** The schema as the file Chrome reads (and assets/managed-schema.json holds). */
export const managedSchemaJson = (): string => JSON.stringify(managedSchema(), null, 2) + '\n';

export const MANAGED_SCHEMA_ASSET = join(fileURLToPath(import.meta.url), '..', '..', '..', 'assets', 'managed-schema.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(MANAGED_SCHEMA_ASSET, managedSchemaJson());
  console.log(`wrote ${MANAGED_SCHEMA_ASSET}`);
}
