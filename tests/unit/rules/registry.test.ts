/**
 * Keeps the contract (../shared/RULES.md), the code and the docs in step:
 * every rule id in RULES.md has its own file, a complete policy-worded meta,
 * a test file and a row in docs/admin-guide.md's rules table.
 */
import { REPO, SHARED } from '../../paths';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Rule } from '../../../rules/types';
import { ALL_RULES, RULES_BY_ID } from '../../../rules/registry';

const repo = REPO;
const shared = SHARED;
const policies = join(shared, 'policies');

interface ContractRow {
  id: string;
  severity: string;
  source: string;
}

/**
 * The rules table of RULES.md ("| `reply` | warn | … | Droxford |"). Every rule
 * the code has must be a row of it, and every row must be implemented.
 */
function contractTable(): ContractRow[] {
  const text = readFileSync(join(shared, 'RULES.md'), 'utf8');
  const rows: ContractRow[] = [];
  const severities = ['block', 'confirm', 'warn', 'off'];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id || cells.length < 6 || !severities.includes(cells[2]!)) continue;
    rows.push({ id, severity: cells[2]!, source: cells[4]! });
  }
  return rows;
}

const POLICY_FILES = ['droxford-junior', 'forefield-junior', 'irthlingborough-junior', 'st-catherine-of-siena', 'western-primary'];

/** "Droxford (none); St Catherine, Western (first names)" → policy file names. */
function policiesNamed(source: string): string[] {
  if (/all five/i.test(source)) return POLICY_FILES;
  return source
    .replace(/\([^)]*\)/g, '')
    .split(/[,;]/)
    .map((name) => name.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean)
    .map((slug) => POLICY_FILES.find((file) => file.startsWith(slug)) ?? `unknown policy "${slug}"`);
}

/** The rules table admins read: docs/admin-guide.md (the README links to it). */
function adminGuideRulesSection(): string {
  const guide = readFileSync(join(repo, 'docs', 'admin-guide.md'), 'utf8');
  const found = /<!-- section:rules -->([\s\S]*?)<!-- \/section:rules -->/.exec(guide);
  return found?.[1] ?? '';
}

const contract = contractTable();

describe('RULES.md and the code agree', () => {
  it('RULES.md lists the rules, the image rules among them', () => {
    expect(contract.length).toBeGreaterThanOrEqual(21);
    expect(contract.map((r) => r.id)).toEqual(expect.arrayContaining(['possible-pupil-name', 'uncovered-face', 'group-photos-only']));
  });

  it('every id the code has is a row of the rules table', () => {
    const known = new Set(contract.map((r) => r.id));
    for (const id of RULE_IDS) expect(known.has(id), id).toBe(true);
  });

  it('RULE_IDS is exactly the RULES.md ids, in order', () => {
    expect([...RULE_IDS]).toEqual(contract.map((r) => r.id));
  });

  it('the registry holds every rule once, in RULES.md order', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual(contract.map((r) => r.id));
  });
});

describe.each(contract)('rule $id', ({ id, severity, source }) => {
  const file = join(repo, 'rules', `${id}.ts`);

  it(`lives in rules/${id}.ts and exports a rule with that id`, async () => {
    expect(existsSync(file)).toBe(true);
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const exported = Object.values(module).filter((v): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && 'check' in v);
    expect(exported.map((r) => r.id)).toContain(id);
    expect(exported.find((r) => r.id === id)).toBe(RULES_BY_ID.get(id as Rule['id']));
  });

  it(`has the RULES.md default severity (${severity})`, () => {
    expect(RULES_BY_ID.get(id as Rule['id'])?.meta.defaultSeverity).toBe(severity);
  });

  it('has a complete, policy-worded meta', () => {
    const meta = RULES_BY_ID.get(id as Rule['id'])!.meta;
    expect(meta.description.trim().length).toBeGreaterThan(10);
    expect(meta.messages.default.trim().length).toBeGreaterThan(20);
    expect(meta.hints.default.trim().length).toBeGreaterThan(10);
    // The skeleton's placeholder hint says nothing about how to fix the post.
    expect(meta.hints.default).not.toBe('Edit the post.');
    for (const key of Object.keys(meta.hints)) expect(meta.messages).toHaveProperty(key);
    if (severity === 'confirm') expect(meta.attestation?.trim()).toBeTruthy();
  });

  it(`traces back to the policies RULES.md names (${source})`, () => {
    const meta = RULES_BY_ID.get(id as Rule['id'])!.meta;
    expect(meta.policySource.length).toBeGreaterThan(0);
    for (const policy of meta.policySource) expect(existsSync(join(policies, `${policy}.txt`)), `${policy}.txt`).toBe(true);
    expect([...meta.policySource].sort()).toEqual(expect.arrayContaining(policiesNamed(source).sort()));
  });

  it(`has tests in tests/unit/rules/${id}.test.ts`, () => {
    expect(existsSync(join(repo, 'tests', 'unit', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('has a row in the admin guide\'s rules table', () => {
    expect(adminGuideRulesSection()).toMatch(new RegExp(`^\\|\\s*\`${id}\`\\s*\\|`, 'm'));
  });
});
