/**
 * Chrome's managed_schema is generated from the zod ManagedPolicySchema
 * (scripts/build/managed-schema.ts, written into every build by wxt.config.ts).
 * These tests hold the checked-in copy to the generator, the generated schema
 * to the subset Chrome accepts, and its fields to the zod schema's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ManagedPolicySchema } from '../../../../components/profile/managed';
import { RULE_IDS } from '../../../../rules';
import { MANAGED_SCHEMA_ASSET, managedSchema, managedSchemaJson } from '../../../../scripts/build/managed-schema';

const checkedIn = readFileSync(MANAGED_SCHEMA_ASSET, 'utf8');
const schemaFile = managedSchema() as Record<string, any>;

type Node = Record<string, unknown>;

/** Structure only: type, property names, items, typed additionalProperties (what Chrome enforces). */
function shape(node: Node): unknown {
  const out: Node = { type: node.type };
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, Node>).map(([k, v]) => [k, shape(v)]),
    );
  }
  if (node.items) out.items = shape(node.items as Node);
  const extra = node.additionalProperties;
  if (extra && typeof extra === 'object' && 'type' in extra) out.additionalProperties = shape(extra as Node);
  return out;
}

const CHROME_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];

function chromeProblems(node: Node, path: string, problems: string[]): string[] {
  const hasRef = '$ref' in node;
  if (hasRef === ('type' in node)) problems.push(`${path}: needs exactly one of type or $ref`);
  if (!hasRef && !CHROME_TYPES.includes(node.type as string)) problems.push(`${path}: type ${String(node.type)}`);
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Node>)) chromeProblems(v, `${path}.${k}`, problems);
  if (node.items) chromeProblems(node.items as Node, `${path}[]`, problems);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    chromeProblems(node.additionalProperties as Node, `${path}.*`, problems);
  }
  return problems;
}

describe('managed schema', () => {
  test('the checked-in assets/managed-schema.json is what the generator writes (else: npx tsx scripts/build/managed-schema.ts)', () => {
    expect(checkedIn).toBe(managedSchemaJson());
  });

  test('follows Chrome managed_schema rules (top-level object, no top-level additionalProperties, one type per node)', () => {
    expect(schemaFile.type).toBe('object');
    expect(schemaFile).not.toHaveProperty('additionalProperties');
    expect(chromeProblems(schemaFile, '(root)', [])).toEqual([]);
  });

  test('mirrors the zod ManagedPolicySchema field for field', () => {
    const fromZod = z.toJSONSchema(ManagedPolicySchema, { io: 'input', unrepresentable: 'any' }) as Node;
    const zodShape = shape(fromZod) as Node;
    const fileShape = shape(schemaFile) as Node;
    // zod models rules as a checked record; Chrome needs each rule id spelled out.
    const strip = (s: Node) => {
      const copy = structuredClone(s) as { properties: { settings: { properties: Node } } };
      delete copy.properties.settings.properties.rules;
      return copy;
    };
    expect(strip(fileShape)).toEqual(strip(zodShape));
  });

  test('lists every rule id, and only rule ids, as a string severity', () => {
    const rules = schemaFile.properties.settings.properties.rules;
    expect(Object.keys(rules.properties).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(rules.properties[id]).toEqual({ type: 'string' });
  });

  test('a policy that fits the JSON schema structurally is what zod accepts', () => {
    const policy = {
      policyName: 'Trust policy',
      settings: { school: 'Oakfield', naming: 'none', rules: { reply: 'block' }, hours: { days: ['Mon'], start: '08:00', end: '17:00', timezone: 'Europe/London' } },
      pupils: [{ forename: 'Ada', surname: 'Moss', group: 'Year 4', photoConsent: true, nameConsent: false }],
      staffCsv: 'Title,Forename,Surname\nMrs,Claire,Magill\n',
      expectedFields: { 'settings.school': 1 },
    };
    expect(ManagedPolicySchema.safeParse(policy).success).toBe(true);
    expect(ManagedPolicySchema.safeParse({ ...policy, surprise: 1 }).success).toBe(false);
  });
});
