import { describe, expect, test } from 'vitest';
import { addToAudit, auditCsv, auditRows, AuditMessageSchema, dayTotals, parseAuditLog, pruneAudit, summariseAudit, type AuditLog } from '../../../../components/profile/audit';
import { passwordStatus, termOf } from '../../../../components/profile/reminders';

const at = (iso: string) => new Date(iso);

describe('audit aggregation', () => {
  test('counts per day, rule and event', () => {
    let log: AuditLog = {};
    log = addToAudit(log, { rule: 'pupil-full-name', severity: 'block', event: 'block' }, at('2026-11-20T10:00:00'));
    log = addToAudit(log, { rule: 'pupil-full-name', severity: 'block', event: 'block' }, at('2026-11-20T11:00:00'));
    log = addToAudit(log, { rule: 'text-speak', severity: 'warn', event: 'warning' }, at('2026-11-20T12:00:00'));
    log = addToAudit(log, { rule: 'text-speak', severity: 'warn', event: 'override' }, at('2026-11-21T09:00:00'));
    log = addToAudit(log, { rule: 'photo-consent', severity: 'confirm', event: 'attestation' }, at('2026-11-21T09:30:00'));
    expect(log).toEqual({
      '2026-11-20': { 'pupil-full-name': { block: 2 }, 'text-speak': { warning: 1 } },
      '2026-11-21': { 'text-speak': { override: 1 }, 'photo-consent': { attestation: 1 } },
    });
    expect(dayTotals(log, '2026-11-20')).toEqual({ warning: 1, block: 2, attestation: 0, override: 0 });
    expect(dayTotals(log, '2026-01-01')).toEqual({ warning: 0, block: 0, attestation: 0, override: 0 });
    expect(auditRows(log).map((r) => `${r.day} ${r.rule}`)).toEqual([
      '2026-11-21 photo-consent',
      '2026-11-21 text-speak',
      '2026-11-20 pupil-full-name',
      '2026-11-20 text-speak',
    ]);
    expect(auditCsv(log).split('\r\n')).toEqual([
      'Date,Rule,Warnings,Blocks,Attestations,Overrides',
      '2026-11-21,photo-consent,0,0,1,0',
      '2026-11-21,text-speak,0,0,0,1',
      '2026-11-20,pupil-full-name,0,2,0,0',
      '2026-11-20,text-speak,1,0,0,0',
      '',
    ]);
  });

  test('old days are pruned past retention', () => {
    const log = addToAudit({ '2024-01-01': { reply: { warning: 3 } } }, { rule: 'reply', severity: 'warn', event: 'warning' }, at('2026-11-21T09:00:00'));
    expect(Object.keys(log)).toEqual(['2026-11-21']);
  });

  const SPREAD: AuditLog = {
    '2026-08-23': { reply: { warning: 1 } },
    '2026-08-24': { reply: { warning: 1 } },
    '2026-11-20': { reply: { warning: 2 } },
    '2026-11-21': { 'text-speak': { warning: 1, override: 1 } },
  };

  test.each<[string, number, string[]]>([
    ['the default 90 days keeps 24 Aug (the 90th day, counting today) and drops 23 Aug', 90, ['2026-08-24', '2026-11-20', '2026-11-21']],
    ['a week', 7, ['2026-11-20', '2026-11-21']],
    ['today only', 1, ['2026-11-21']],
    ['a damaged setting falls back to the default', Number.NaN, ['2026-08-24', '2026-11-20', '2026-11-21']],
    ['a setting below one day falls back to the default', 0, ['2026-08-24', '2026-11-20', '2026-11-21']],
  ])('retention: %s', (_name, days, kept) => {
    expect(Object.keys(pruneAudit(SPREAD, days, at('2026-11-21T09:00:00'))).sort()).toEqual(kept);
  });

  test('an event is counted and the log kept to the retention given', () => {
    const log = addToAudit(SPREAD, { rule: 'reply', severity: 'warn', event: 'warning' }, at('2026-11-21T09:00:00'), 2);
    expect(log).toEqual({ '2026-11-20': { reply: { warning: 2 } }, '2026-11-21': { 'text-speak': { warning: 1, override: 1 }, reply: { warning: 1 } } });
  });

  test.each<[string, AuditLog, ReturnType<typeof summariseAudit>]>([
    ['empty', {}, { events: 0, days: 0, first: undefined, last: undefined }],
    ['four days', SPREAD, { events: 6, days: 4, first: '2026-08-23', last: '2026-11-21' }],
  ])('summary of the log: %s', (_name, log, summary) => {
    expect(summariseAudit(log)).toEqual(summary);
  });

  test('the message carries no text: extra fields and unknown rules are rejected', () => {
    expect(AuditMessageSchema.safeParse({ type: 'audit', rule: 'reply', severity: 'warn', event: 'warning' }).success).toBe(true);
    expect(AuditMessageSchema.safeParse({ type: 'audit', rule: 'reply', severity: 'warn', event: 'warning', text: 'Well done Josh' }).success).toBe(false);
    expect(AuditMessageSchema.safeParse({ type: 'audit', rule: 'Josh Smith', severity: 'warn', event: 'warning' }).success).toBe(false);
    expect(AuditMessageSchema.safeParse({ type: 'audit', rule: 'unreadable-image', severity: 'block', event: 'block' }).success).toBe(true);
  });

  test('a damaged stored log keeps what is valid', () => {
    expect(parseAuditLog({ '2026-11-20': { reply: { warning: 2, block: 'x' }, bad: null }, nonsense: {}, '2026-11-21': 5 })).toEqual({
      '2026-11-20': { reply: { warning: 2 } },
    });
    expect(parseAuditLog(undefined)).toEqual({});
  });
});

describe('termly password reminder', () => {
  test('terms start in September, January and April', () => {
    expect(termOf(at('2026-11-21T12:00:00')).name).toBe('autumn');
    expect(termOf(at('2027-02-01T12:00:00')).name).toBe('spring');
    expect(termOf(at('2027-06-01T12:00:00')).name).toBe('summer');
  });

  test('due once a new term has begun since the last change', () => {
    expect(passwordStatus({}, at('2026-11-21T12:00:00')).state).toBe('unknown');
    expect(passwordStatus({ passwordChangedAt: '2026-09-03' }, at('2026-11-21T12:00:00')).state).toBe('ok');
    expect(passwordStatus({ passwordChangedAt: '2026-07-10' }, at('2026-11-21T12:00:00')).state).toBe('due');
    expect(passwordStatus({ passwordChangedAt: '2026-12-15' }, at('2027-01-05T12:00:00')).state).toBe('due');
  });
});
