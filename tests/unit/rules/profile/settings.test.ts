import { describe, expect, it } from 'vitest';
import { parseSettings, parseSettingsJson } from '../../../../rules/profile/settings';
import { resolveSettings } from '../../../../rules/profile/defaults';

describe('parseSettingsJson: valid files', () => {
  it('accepts the full RULES.md example', () => {
    const result = parseSettingsJson(
      JSON.stringify({
        school: 'Thornbury Vale Primary',
        accounts: ['@ThornburyVale', 'ThornburyY5'],
        naming: 'first-name-only',
        hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
        rules: { reply: 'block', 'identifiable-name': 'off' },
        unreadableImage: 'confirm',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Handles are normalised to start with "@".
    expect(result.settings.accounts).toEqual(['@ThornburyVale', '@ThornburyY5']);
    expect(result.settings.rules).toEqual({ reply: 'block', 'identifiable-name': 'off' });
  });

  it('accepts an empty object and a BOM; missing fields come from the default profile', () => {
    const result = parseSettingsJson('\uFEFF{}');
    expect(result).toEqual({ ok: true, settings: {} });
    const resolved = resolveSettings(result.ok ? result.settings : {});
    expect(resolved.naming).toBe('first-name-only');
    expect(resolved.hours.start).toBe('08:00');
    expect(resolved.rules.reply).toBe('warn');
    expect(resolved.rules['outside-hours']).toBe('confirm');
  });

  it.each<[string, Record<string, unknown>, number]>([
    ['a file without it (written before the setting existed)', {}, 90],
    ['a school that keeps a term', { auditRetentionDays: 120 }, 120],
    ['the shortest: today only', { auditRetentionDays: 1 }, 1],
  ])('audit retention: %s', (_name, input, days) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(true);
    expect(resolveSettings(result.ok ? result.settings : {}).auditRetentionDays).toBe(days);
  });

  it.each<[string, Record<string, unknown>, number | undefined]>([
    ['a file without it: the roster is kept until replaced', {}, undefined],
    ['a school that keeps the roster a year', { rosterRetentionDays: 365 }, 365],
    ['the shortest: one day', { rosterRetentionDays: 1 }, 1],
    ['the longest: two school years', { rosterRetentionDays: 730 }, 730],
  ])('roster retention: %s', (_name, input, days) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(true);
    const resolved = resolveSettings(result.ok ? result.settings : {});
    expect(resolved.rosterRetentionDays).toBe(days);
    expect('rosterRetentionDays' in resolved).toBe(days !== undefined);
  });

  it('overrides only the rules it names', () => {
    const result = parseSettings({ rules: { 'direct-message': 'warn' } });
    expect(result.ok).toBe(true);
    const resolved = resolveSettings(result.ok ? result.settings : {});
    expect(resolved.rules['direct-message']).toBe('warn');
    expect(resolved.rules['pupil-full-name']).toBe('block');
  });
});

describe('parseSettings: every error names the field and the bad value', () => {
  it.each<[string, unknown, string[]]>([
    ['bad severity', { rules: { reply: 'stop' } }, ['rules.reply: must be one of block, confirm, warn, off (got "stop")']],
    ['unknown rule id', { rules: { 'no-such-rule': 'warn' } }, ['rules.no-such-rule: unknown rule id']],
    ['bad naming', { naming: 'surnames' }, ['naming: must be one of none, first-name-only (got "surnames")']],
    ['bad start time', { hours: { days: ['Mon'], start: '8am', end: '18:00', timezone: 'Europe/London' } }, ['hours.start: must be a 24-hour time "HH:MM" (got "8am")']],
    ['bad day', { hours: { days: ['Mon', 'Funday'], start: '08:00', end: '18:00', timezone: 'Europe/London' } }, ['hours.days[1]: must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun (got "Funday")']],
    ['bad time zone', { hours: { days: ['Mon'], start: '08:00', end: '18:00', timezone: 'Europe/Atlantis' } }, ['hours.timezone: is not an IANA time zone such as "Europe/London" (got "Europe/Atlantis")']],
    ['incomplete hours', { hours: { days: ['Mon'], start: '08:00', end: '18:00' } }, ['hours.timezone: is required']],
    ['bad handle', { accounts: ['not a handle'] }, ['accounts[0]: must be an X handle such as "@OakfieldPrimary" (got "not a handle")']],
    ['accounts not a list', { accounts: '@Solo' }, ['accounts: must be a list (got "@Solo")']],
    ['unknown field', { schol: 'Typo Primary' }, ['schol: unknown field']],
    ['empty school', { school: '  ' }, ['school: must not be empty (got "  ")']],
    ['bad unreadableImage', { unreadableImage: 'pass' }, ['unreadableImage: must be one of block, confirm (got "pass")']],
    ['retention not a number', { auditRetentionDays: '90' }, ['auditRetentionDays: must be a number (got "90")']],
    ['retention of no days', { auditRetentionDays: 0 }, ['auditRetentionDays: must be at least 1 day (got 0)']],
    ['retention past two years', { auditRetentionDays: 731 }, ['auditRetentionDays: must be at most 730 days (two school years) (got 731)']],
    ['retention in part days', { auditRetentionDays: 1.5 }, ['auditRetentionDays: must be a whole number (got 1.5)']],
    ['roster retention not a number', { rosterRetentionDays: '365' }, ['rosterRetentionDays: must be a number (got "365")']],
    ['roster retention of no days', { rosterRetentionDays: 0 }, ['rosterRetentionDays: must be at least 1 day (got 0)']],
    ['roster retention negative', { rosterRetentionDays: -30 }, ['rosterRetentionDays: must be at least 1 day (got -30)']],
    ['roster retention past two years', { rosterRetentionDays: 731 }, ['rosterRetentionDays: must be at most 730 days (two school years) (got 731)']],
    ['roster retention in part days', { rosterRetentionDays: 30.5 }, ['rosterRetentionDays: must be a whole number (got 30.5)']],
    ['roster retention null', { rosterRetentionDays: null }, ['rosterRetentionDays: must be a number (got null)']],
    ['not an object', ['school'], ['(root): must be an object']],
  ])('%s', (_name, input, errors) => {
    expect(parseSettings(input)).toEqual({ ok: false, errors });
  });

  it('reports several problems at once', () => {
    const result = parseSettings({ naming: 'x', rules: { reply: 'nope', 'made-up': 'off' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
  });
});

describe('parseSettingsJson: syntax errors give a line and column', () => {
  it.each([
    ['{\n  "school": "Elm Tree",\n  "naming": "none",\n}', /line 4, column 1/],
    ['{\n  "school": "Elm Tree"\n  "naming": "none"\n}', /line 3, column 3/],
    ['', /not valid JSON/],
  ])('%j', (text, message) => {
    const result = parseSettingsJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^not valid JSON/);
    expect(result.errors[0]).toMatch(message);
  });
});
