/**
 * The settings editor: school, accounts, naming, posting hours, unreadable
 * images and each rule's severity (with its description and source policy,
 * read off the rule's meta). Fields the managed policy sets are shown with
 * the school's value and cannot be changed here.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  ALL_RULES,
  AUDIT_RETENTION_MAX_DAYS,
  AUDIT_RETENTION_MIN_DAYS,
  DAYS,
  ROSTER_RETENTION_MAX_DAYS,
  ROSTER_RETENTION_MIN_DAYS,
  SEVERITIES,
  SettingsSchema,
  formatZodError,
  resolveSettings,
  type ResolvedSettings,
  type Settings,
} from '../../rules';
import { isLocked } from '../profile/managed';
import { updateLocalProfile, type ProfileState } from '../profile/store';
import { LockedTag, Notice } from '../ui/bits';
import { PasswordReminder } from './PasswordReminder';

const POLICY_NAMES: Record<string, string> = {
  'forefield-junior': 'Forefield',
  'irthlingborough-junior': 'Irthlingborough',
  'droxford-junior': 'Droxford',
  'western-primary': 'Western',
  'st-catherine-of-siena': 'St Catherine',
};

/** The form: resolved settings, with accounts as editable text. */
interface Form extends Omit<ResolvedSettings, 'accounts'> {
  accounts: string;
}

function toForm(s: ResolvedSettings): Form {
  return { ...s, hours: { ...s.hours, days: [...s.hours.days] }, rules: { ...s.rules }, accounts: s.accounts.join(', ') };
}

/** Only what the admin set or changed goes into the local settings; locked fields keep the local value. */
export function formToSettings(form: Form, locked: readonly string[], localSettings: Settings): unknown {
  const out: Record<string, unknown> = {};
  const take = (key: 'school' | 'naming' | 'hours' | 'unreadableImage' | 'accounts' | 'auditRetentionDays' | 'rosterRetentionDays', value: unknown) => {
    if (isLocked(locked, `settings.${key}`)) {
      if (localSettings[key] !== undefined) out[key] = localSettings[key];
    } else if (value !== undefined) out[key] = value;
  };
  take('school', form.school);
  take('accounts', form.accounts.split(/[\s,]+/).filter(Boolean));
  take('naming', form.naming);
  take('hours', form.hours);
  take('unreadableImage', form.unreadableImage);
  take('auditRetentionDays', form.auditRetentionDays);
  // An empty box: no roster retention (kept until replaced).
  take('rosterRetentionDays', form.rosterRetentionDays);
  const rules: Record<string, string> = {};
  for (const [id, severity] of Object.entries(form.rules)) {
    if (isLocked(locked, `settings.rules.${id}`)) {
      const mine = localSettings.rules?.[id as keyof typeof form.rules];
      if (mine) rules[id] = mine;
    } else rules[id] = severity;
  }
  out.rules = rules;
  return out;
}

/**
 * A retention period in days (both bounds are the same for the audit log and
 * the roster). `onDays`: the number typed, NaN for a half-typed box (the
 * schema names the field on save), undefined for an empty one.
 */
function DaysField(props: { id: string; label: string; value: number | undefined; locked: boolean; onDays(days: number | undefined): void; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <div>
        <div class="row">
          <input
            id={props.id}
            type="number"
            min={AUDIT_RETENTION_MIN_DAYS}
            max={AUDIT_RETENTION_MAX_DAYS}
            step={1}
            style="width:6em"
            value={props.value === undefined || Number.isNaN(props.value) ? '' : props.value}
            disabled={props.locked}
            onInput={(e) => props.onDays(e.currentTarget.value === '' && !e.currentTarget.validity.badInput ? undefined : e.currentTarget.valueAsNumber)}
          />
          <span class="muted">days</span>
          {props.locked && <LockedTag />}
        </div>
        <div class="help" data-testid={`${props.id}-help`}>
          {props.children}
        </div>
      </div>
    </div>
  );
}

export function SettingsPanel({ state }: { state: ProfileState }) {
  const [form, setForm] = useState<Form>(() => toForm(state.compiled.settings));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const locked = state.locked;
  const lockedField = (path: string) => isLocked(locked, path);

  // A policy change while the page is open shows at once (unless the admin is mid-edit).
  useEffect(() => {
    if (!dirty) setForm(toForm(state.compiled.settings));
  }, [state]);

  const update = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
    setSaved(false);
  };

  const save = async () => {
    const candidate = formToSettings(form, locked, state.localProfile?.settings ?? {});
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(formatZodError(parsed.error, candidate));
      return;
    }
    setErrors([]);
    await updateLocalProfile((p) => ({ ...p, settings: parsed.data }));
    setDirty(false);
    setSaved(true);
  };

  const toggleDay = (day: (typeof DAYS)[number]) => {
    const days = form.hours.days.includes(day) ? form.hours.days.filter((d) => d !== day) : DAYS.filter((d) => d === day || form.hours.days.includes(d));
    update({ hours: { ...form.hours, days } });
  };

  return (
    <div class="stack" data-panel="settings">
      <section class="card">
        <h2>School</h2>
        <p>Who SafePost protects, and when and how the school posts.</p>
        <div class="field">
          <label for="school">School name</label>
          <div class="row">
            <input id="school" type="text" size={40} value={form.school} disabled={lockedField('settings.school')} onInput={(e) => update({ school: e.currentTarget.value })} />
            {lockedField('settings.school') && <LockedTag />}
          </div>
        </div>
        <div class="field">
          <label for="accounts">School accounts</label>
          <div>
            <div class="row">
              <input id="accounts" type="text" size={40} value={form.accounts} placeholder="@OakfieldPrimary, @OakfieldYear6" disabled={lockedField('settings.accounts')} onInput={(e) => update({ accounts: e.currentTarget.value })} />
              {lockedField('settings.accounts') && <LockedTag />}
            </div>
            <div class="help">The school's X accounts, separated by commas. Posting about the school from any other account gets a warning.</div>
          </div>
        </div>
        <div class="field">
          <label for="naming">Pupil names</label>
          <div>
            <div class="row">
              <select id="naming" value={form.naming} disabled={lockedField('settings.naming')} onChange={(e) => update({ naming: e.currentTarget.value as Form['naming'] })}>
                <option value="first-name-only">First names only, with name consent</option>
                <option value="none">No pupil names at all (classes and year groups only)</option>
              </select>
              {lockedField('settings.naming') && <LockedTag />}
            </div>
          </div>
        </div>
        <div class="field">
          <span class="label">Posting hours</span>
          <div>
            <div class="row" role="group" aria-label="Posting days">
              {DAYS.map((day) => (
                <label class="row" style="gap:4px" key={day}>
                  <input type="checkbox" checked={form.hours.days.includes(day)} disabled={lockedField('settings.hours')} onChange={() => toggleDay(day)} />
                  {day}
                </label>
              ))}
              {lockedField('settings.hours') && <LockedTag />}
            </div>
            <div class="row" style="margin-top:8px">
              <input aria-label="Start" type="time" value={form.hours.start} disabled={lockedField('settings.hours')} onInput={(e) => update({ hours: { ...form.hours, start: e.currentTarget.value } })} />
              <span class="muted">to</span>
              <input aria-label="End" type="time" value={form.hours.end} disabled={lockedField('settings.hours')} onInput={(e) => update({ hours: { ...form.hours, end: e.currentTarget.value } })} />
              <input aria-label="Time zone" type="text" size={18} value={form.hours.timezone} disabled={lockedField('settings.hours')} onInput={(e) => update({ hours: { ...form.hours, timezone: e.currentTarget.value } })} />
            </div>
            <div class="help">Posts outside these hours ask the teacher to confirm it is a school event or urgent news.</div>
          </div>
        </div>
        <div class="field">
          <label for="unreadable">Images SafePost cannot read</label>
          <div class="row">
            <select id="unreadable" value={form.unreadableImage} disabled={lockedField('settings.unreadableImage')} onChange={(e) => update({ unreadableImage: e.currentTarget.value as Form['unreadableImage'] })}>
              <option value="block">Hold the post</option>
              <option value="confirm">Ask the teacher to confirm</option>
            </select>
            {lockedField('settings.unreadableImage') && <LockedTag />}
          </div>
        </div>
        <DaysField
          id="audit-retention"
          label="Keep audit counts for"
          value={form.auditRetentionDays}
          locked={lockedField('settings.auditRetentionDays')}
          // An empty or half-typed box is NaN: the schema names the field on save rather than saving a guess.
          onDays={(days) => update({ auditRetentionDays: days ?? Number.NaN })}
        >
          Older days of the audit log are deleted from this computer ({AUDIT_RETENTION_MIN_DAYS} to {AUDIT_RETENTION_MAX_DAYS} days; 90 unless your school sets it).
        </DaysField>
        <DaysField
          id="roster-retention"
          label="Erase the roster saved here after"
          value={form.rosterRetentionDays}
          locked={lockedField('settings.rosterRetentionDays')}
          // Empty: kept until replaced.
          onDays={(days) => update({ rosterRetentionDays: days })}
        >
          The pupils and staff saved on this computer are erased this many days after they were last imported or saved; settings stay ({ROSTER_RETENTION_MIN_DAYS} to {ROSTER_RETENTION_MAX_DAYS} days; leave empty to keep them until replaced). A roster your school's policy supplies is the school's: it is not erased here, only your IT admin can change it.
        </DaysField>
      </section>

      <section class="card">
        <h2>Rules</h2>
        <p>How strongly each rule acts. Block holds the post; Confirm asks the teacher to tick a statement; Warn only shows the warning.</p>
        <table class="data" data-testid="rules-table">
          <thead>
            <tr>
              <th>Rule</th>
              <th>From policy</th>
              <th style="width:150px">Severity</th>
            </tr>
          </thead>
          <tbody>
            {ALL_RULES.map((rule) => {
              const path = `settings.rules.${rule.id}`;
              return (
                <tr key={rule.id} data-rule={rule.id}>
                  <td>
                    <div style="font-weight:500">{rule.meta.description}</div>
                    <div class="muted small">
                      <code>{rule.id}</code> · default {rule.meta.defaultSeverity}
                    </div>
                  </td>
                  <td class="muted small">{rule.meta.policySource.map((p) => POLICY_NAMES[p] ?? p).join(', ')}</td>
                  <td>
                    <div class="row">
                      <select aria-label={`Severity of ${rule.id}`} value={form.rules[rule.id]} disabled={lockedField(path)} onChange={(e) => update({ rules: { ...form.rules, [rule.id]: e.currentTarget.value as (typeof SEVERITIES)[number] } })}>
                        {SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {s[0]!.toUpperCase() + s.slice(1)}
                          </option>
                        ))}
                      </select>
                      {lockedField(path) && <LockedTag />}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <div class="row action-bar">
        <button class="primary" onClick={save} disabled={!dirty} data-testid="save-settings">
          Save settings
        </button>
        <button onClick={() => { setForm(toForm(state.compiled.settings)); setDirty(false); setErrors([]); }} disabled={!dirty}>
          Discard changes
        </button>
        {saved && <span class="badge ok">Saved. Open X tabs use it at once.</span>}
      </div>
      {errors.length > 0 && (
        <Notice kind="error" title="The settings were not saved:">
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </Notice>
      )}

      <PasswordReminder />
    </div>
  );
}

/** Exposed for tests: the resolved view of a settings object. */
export const resolvedForTest = (s: Settings) => toForm(resolveSettings(s));
