/**
 * "Data on this laptop": what SafePost holds here (counts and sizes), export
 * and import of the profile, and the erase controls a school needs to answer
 * an erasure request: one pupil, all pupil data, or everything SafePost
 * stored. With a managed profile it says what can be erased here and what
 * only the school's IT admin can change (docs/privacy.md has the same list).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProfileSchema, formatZodError, rosterAgeDays, rosterEraseDate, rosterSavedDate, type Profile, type Pupil } from '../../rules';
import { dayKey } from '../profile/audit';
import {
  FORGET_IMAGES_REQUEST,
  HELD_IMAGES_REQUEST,
  HeldImagesReplySchema,
  describeHeldData,
  findPupils,
  formatBytes,
  type HeldData,
} from '../profile/held-data';
import { eraseAllLocalData, eraseLocalPupil, eraseLocalPupilData, saveLocalProfile, type ProfileState } from '../profile/store';
import { Notice, formatDate } from '../ui/bits';
import { downloadText } from '../ui/download';

/** Whether the image reader holds findings in memory; undefined while asking or when the background does not answer. */
async function askReaderRunning(): Promise<boolean | undefined> {
  try {
    const reply = HeldImagesReplySchema.safeParse(await browser.runtime.sendMessage({ type: HELD_IMAGES_REQUEST }));
    return reply.success ? reply.data.readerRunning : undefined;
  } catch {
    return undefined;
  }
}

/** The text read from an image may name a pupil: every erase also drops the findings held in memory. */
async function forgetImages(): Promise<void> {
  await browser.runtime.sendMessage({ type: FORGET_IMAGES_REQUEST }).catch(() => undefined);
}

function useHeldData(): { held?: HeldData; readerRunning?: boolean; refresh: () => void } {
  const [held, setHeld] = useState<HeldData>();
  const [readerRunning, setReaderRunning] = useState<boolean>();
  const refresh = () => {
    void browser.storage.local.get(null).then(
      (stored) => setHeld(describeHeldData(stored as Record<string, unknown>)),
      () => setHeld(describeHeldData({})),
    );
    void askReaderRunning().then(setReaderRunning);
  };
  useEffect(() => {
    refresh();
    const listener = (_changes: Record<string, unknown>, area: string) => {
      if (area === 'local') refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { held, readerRunning, refresh };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * The "Roster kept" line: how old the roster saved here is and when
 * settings.rosterRetentionDays erases it, or that it was erased. A roster
 * from the school's policy is the school's: never erased here.
 */
export function rosterRetentionLine(state: ProfileState, now: Date): string {
  const local = state.localProfile;
  const days = state.compiled.settings.rosterRetentionDays;
  const school = state.locked.includes('pupils') || state.locked.includes('staff') ? " The roster from your school's policy is not affected: only your IT admin can change it." : '';
  if (!local || (local.pupils.length === 0 && local.staff.length === 0)) {
    if (local?.rosterExpiredAt) {
      return `The roster saved here was erased on ${formatDate(local.rosterExpiredAt)}: it was older than the ${plural(days ?? 0, 'day')} your school keeps it. Ask your IT admin for a new roster.${school}`;
    }
    return `No roster saved here.${school}`;
  }
  const savedAt = rosterSavedDate(local);
  const age = rosterAgeDays(savedAt, now);
  const saved = savedAt && age !== undefined ? `Imported or saved ${formatDate(savedAt)} (${age === 0 ? 'today' : `${plural(age, 'day')} ago`})` : 'Date saved not yet recorded';
  const eraseAt = rosterEraseDate(savedAt, days);
  const when =
    days === undefined
      ? 'kept until it is replaced (no retention period set)'
      : eraseAt
        ? `will be erased on ${formatDate(eraseAt.toISOString())} (${plural(days, 'day')} after it was saved)`
        : `will be erased ${plural(days, 'day')} after it was saved`;
  return `${saved}; ${when}.${school}`;
}

export function DataPanel({ state }: { state: ProfileState }) {
  const { held, readerRunning, refresh } = useHeldData();
  const [done, setDone] = useState('');
  const managed = state.source === 'managed';
  const finished = (message: string) => {
    setDone(message);
    refresh();
  };

  return (
    <div class="stack" data-panel="data">
      <HeldSection state={state} held={held} readerRunning={readerRunning} />
      {managed && <ManagedSection state={state} />}
      <ExportSection state={state} onDone={finished} />
      <ErasePupilSection state={state} onDone={finished} />
      <EraseAllPupilsSection state={state} onDone={finished} />
      <EraseEverythingSection managed={managed} onDone={finished} />
      {done && (
        <p class="badge ok" role="status" data-testid="data-done">
          {done}
        </p>
      )}
    </div>
  );
}

function HeldSection({ state, held, readerRunning }: { state: ProfileState; held?: HeldData; readerRunning?: boolean }) {
  const retention = state.compiled.settings.auditRetentionDays;
  const managedPupils = state.locked.includes('pupils') ? state.profile.pupils.length : undefined;
  const managedStaff = state.locked.includes('staff') ? state.profile.staff.length : undefined;
  return (
    <section class="card" data-testid="held-data">
      <h2>What SafePost holds on this computer</h2>
      <p>Everything below stays in this browser's storage for SafePost on this computer. Nothing is sent anywhere. Sizes are as stored.</p>
      {!held ? (
        <p class="muted">Reading…</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Holds</th>
              <th scope="col" class="num">Size</th>
            </tr>
          </thead>
          <tbody>
            <tr data-held="profile">
              <th scope="row">School profile</th>
              <td>{held.profile.present ? `${plural(held.profile.settingsFields, 'setting')} saved here${held.profile.updatedAt ? `, changed ${formatDate(held.profile.updatedAt)}` : ''}` : 'nothing saved here (built-in default)'}</td>
              <td class="num">{formatBytes(held.profile.bytes)}</td>
            </tr>
            <tr data-held="roster">
              <th scope="row">Pupil roster</th>
              <td>
                {plural(held.profile.pupils, 'pupil')} saved here (names, group, photo and name permissions)
                {managedPupils !== undefined && `; ${plural(managedPupils, 'pupil')} from your school's policy`}
              </td>
              <td class="num">in profile</td>
            </tr>
            <tr data-held="staff">
              <th scope="row">Staff list</th>
              <td>
                {plural(held.profile.staff, 'member')} of staff saved here (title and names)
                {managedStaff !== undefined && `; ${plural(managedStaff, 'member')} from your school's policy`}
              </td>
              <td class="num">in profile</td>
            </tr>
            <tr data-held="roster-retention">
              <th scope="row">Roster kept</th>
              <td data-testid="roster-retention">{rosterRetentionLine(state, new Date())}</td>
              <td class="num">—</td>
            </tr>
            <tr data-held="policy-copy">
              <th scope="row">Copy of your school's policy</th>
              <td>
                {held.schoolPolicyCopy.present
                  ? `${plural(held.schoolPolicyCopy.pupils, 'pupil')}, ${plural(held.schoolPolicyCopy.staff, 'member')} of staff${held.schoolPolicyCopy.receivedAt ? `, received ${formatDate(held.schoolPolicyCopy.receivedAt)}` : ''} (kept so a broken policy update does not leave posts unchecked)`
                  : 'none'}
              </td>
              <td class="num">{formatBytes(held.schoolPolicyCopy.bytes)}</td>
            </tr>
            <tr data-held="audit">
              <th scope="row">Audit log</th>
              <td>
                {held.audit.events === 0
                  ? 'no events'
                  : `${plural(held.audit.events, 'event')} on ${plural(held.audit.days, 'day')}, ${held.audit.first} to ${held.audit.last}`}
                {` (counts per rule and day only; kept ${plural(retention, 'day')})`}
              </td>
              <td class="num">{formatBytes(held.audit.bytes)}</td>
            </tr>
            <tr data-held="reminders">
              <th scope="row">Reminders</th>
              <td>{held.reminders.present ? 'the date the school account passwords were last changed' : 'none'}</td>
              <td class="num">{formatBytes(held.reminders.bytes)}</td>
            </tr>
            <tr data-held="images">
              <th scope="row">Image findings</th>
              <td>
                {readerRunning === undefined
                  ? 'in memory only, never saved'
                  : readerRunning
                    ? 'the text and faces found in recently attached images, in memory only while the image reader runs; never saved'
                    : 'none: the image reader is not running (findings are kept in memory only, never saved)'}
              </td>
              <td class="num">memory</td>
            </tr>
            {held.otherKeys.length > 0 && (
              <tr data-held="other">
                <th scope="row">Other</th>
                <td>{held.otherKeys.join(', ')} (from an earlier version)</td>
                <td class="num" />
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td class="num" data-testid="held-total">{formatBytes(held.totalBytes)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Which of what is in force the laptop can erase, and which only the school's policy can change. */
function ManagedSection({ state }: { state: ProfileState }) {
  const fromPolicy: string[] = [];
  if (state.locked.includes('pupils')) fromPolicy.push(`the pupil roster (${plural(state.profile.pupils.length, 'pupil')})`);
  if (state.locked.includes('staff')) fromPolicy.push(`the staff list (${plural(state.profile.staff.length, 'member')})`);
  const settings = state.locked.filter((l) => l.startsWith('settings.'));
  if (settings.length) fromPolicy.push(plural(settings.length, 'setting'));
  return (
    <section class="card" data-testid="managed-data">
      <h2>Set by your school</h2>
      <p>
        Your school's IT admin sends SafePost {fromPolicy.length ? fromPolicy.join(', ') : 'its policy'} through the browser's managed policy
        {state.managed.policyName ? ` (${state.managed.policyName})` : ''}. The browser hands these to SafePost again every time it starts, so they cannot
        be erased on this computer: ask your IT admin to change the school's policy (the admin guide says how).
      </p>
      <p>
        What you can erase here: anything saved on this computer itself (its own roster, staff and settings, the copy of the school's policy, the audit log,
        reminders) and the image findings in memory.
      </p>
    </section>
  );
}

function ExportSection({ state, onDone }: { state: ProfileState; onDone: (message: string) => void }) {
  const [pending, setPending] = useState<{ name: string; profile?: Profile; errors: string[] }>();
  const local = state.localProfile;
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (e) {
      return setPending({ name: file.name, errors: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] });
    }
    const parsed = ProfileSchema.safeParse(raw);
    setPending(parsed.success ? { name: file.name, profile: parsed.data, errors: [] } : { name: file.name, errors: formatZodError(parsed.error, raw) });
  };
  return (
    <section class="card">
      <h2>Export and import</h2>
      <p>The whole profile of this computer (settings, pupils, staff) as one JSON file, to copy to another computer, keep as a backup or answer a subject access request. It contains pupil names: store it as securely as the MIS export.</p>
      <div class="row">
        <button onClick={() => downloadText(`safepost-profile-${dayKey(new Date())}.json`, `${JSON.stringify(local ?? { version: 1, settings: {}, pupils: [], staff: [] }, null, 2)}\n`, 'application/json')} data-testid="export-profile">Export profile</button>
        <label class="button" for="profile-file">Import profile…</label>
        <input id="profile-file" type="file" accept=".json,application/json" style="display:none" data-testid="profile-file" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
      </div>
      {pending && pending.errors.length > 0 && (
        <div style="margin-top:12px"><Notice kind="error" title={`${pending.name} was not imported; the current profile stays in force:`}><ul>{pending.errors.slice(0, 20).map((e) => <li key={e}>{e}</li>)}</ul></Notice></div>
      )}
      {pending?.profile && (
        <div style="margin-top:12px">
          <Notice kind="info" title={`${pending.name}: `}>
            {pending.profile.settings.school ?? 'no school name'} · {pending.profile.pupils.length} pupils · {pending.profile.staff.length} staff. This replaces the profile on this computer.
          </Notice>
          <div class="row" style="margin-top:8px">
            <button class="primary" onClick={async () => { await saveLocalProfile(pending.profile!); setPending(undefined); onDone('Profile imported.'); }}>Replace profile</button>
            <button onClick={() => setPending(undefined)}>Cancel</button>
          </div>
        </div>
      )}
    </section>
  );
}

/** "Erase one pupil": find them by name, see where they are held, erase what is on this computer. */
function ErasePupilSection({ state, onDone }: { state: ProfileState; onDone: (message: string) => void }) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Pupil>();
  const localPupils = state.localProfile?.pupils ?? [];
  const managedPupils = state.locked.includes('pupils') ? state.profile.pupils : [];
  const local = findPupils(localPupils, search);
  const managed = findPupils(managedPupils, search);
  const label = (p: Pupil) => `${p.forename}${p.preferred ? ` (${p.preferred})` : ''} ${p.surname}${p.group ? `, ${p.group}` : ''}`;
  return (
    <section class="card" data-testid="erase-pupil">
      <h2>Erase one pupil</h2>
      <p>For a pupil who has left or an erasure request. Removes the pupil from this computer's roster and forgets the image findings held in memory. The audit log holds no names, so there is nothing else to erase on this computer.</p>
      <div class="row">
        <label for="erase-pupil-search">Pupil's name</label>
        <input id="erase-pupil-search" type="search" size={30} value={search} data-testid="erase-pupil-search" onInput={(e) => { setSearch(e.currentTarget.value); setChosen(undefined); }} />
      </div>
      {search.trim() !== '' && (
        <ul class="plain" data-testid="erase-pupil-matches" style="margin-top:8px">
          {local.length === 0 && managed.length === 0 && <li class="muted">No pupil on this computer matches "{search.trim()}".</li>}
          {local.slice(0, 20).map((p, i) => (
            <li key={`local-${i}`} class="row" data-match="local">
              <span>{label(p)}</span>
              <button class="danger" onClick={() => setChosen(p)} data-testid="erase-pupil-choose">Erase…</button>
            </li>
          ))}
          {managed.slice(0, 20).map((p, i) => (
            <li key={`managed-${i}`} data-match="managed">
              {label(p)}: <strong>in your school's policy.</strong> Only your IT admin can remove this pupil, by taking them out of the roster the policy sends.
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <ConfirmErase
          title={`Erase ${label(chosen)}? `}
          confirmLabel="Erase"
          testId="erase-pupil-confirm"
          onCancel={() => setChosen(undefined)}
          onConfirm={async () => {
            const removed = await eraseLocalPupil(chosen);
            await forgetImages();
            setChosen(undefined);
            setSearch('');
            onDone(`${label(chosen)} erased from this computer (${plural(removed, 'record')}).`);
          }}
        >
          This cannot be undone.
        </ConfirmErase>
      )}
    </section>
  );
}

function EraseAllPupilsSection({ state, onDone }: { state: ProfileState; onDone: (message: string) => void }) {
  return (
    <section class="card">
      <h2>Erase all pupil data</h2>
      <p>Removes every pupil record this browser holds ({state.localProfile?.pupils.length ?? 0} on this computer, and the copy of the school's policy). Settings and staff stay. A roster set by your school's policy comes back from the policy.</p>
      <TwoStepErase
        label="Erase all pupil data…"
        testId="erase"
        title="Erase all pupil data? "
        confirmLabel="Erase"
        confirmTestId="erase-confirm"
        onConfirm={async () => {
          await eraseLocalPupilData();
          await forgetImages();
          onDone('All pupil data erased.');
        }}
      >
        This cannot be undone; export the profile first if you may need it again.
      </TwoStepErase>
    </section>
  );
}

function EraseEverythingSection({ managed, onDone }: { managed: boolean; onDone: (message: string) => void }) {
  const [understood, setUnderstood] = useState(false);
  return (
    <section class="card">
      <h2>Erase all SafePost data</h2>
      <p>
        Removes everything SafePost saved on this computer: profile, roster, staff, the copy of the school's policy, the audit log and reminders, and the image
        findings in memory. SafePost then works as on the day it was installed: with the built-in default profile, which cannot recognise pupils' names.
        {managed && " Your school's policy is not on this computer to erase: the browser applies it again straight away."}
      </p>
      <TwoStepErase
        label="Erase all SafePost data…"
        testId="erase-all"
        title="Erase all SafePost data? "
        confirmLabel="Erase everything"
        confirmTestId="erase-all-confirm"
        disabled={!understood}
        onClose={() => setUnderstood(false)}
        onConfirm={async () => {
          await eraseAllLocalData();
          await forgetImages();
          onDone('All SafePost data on this computer erased.');
        }}
      >
        This cannot be undone. Export the profile and the audit log first if the school needs them.
        <label class="row" style="margin-top:8px">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} data-testid="erase-all-understood" />
          I understand that SafePost will no longer know this school's pupils on this computer
        </label>
      </TwoStepErase>
    </section>
  );
}

/**
 * An erase of a whole kind of data, in two steps: the red button, then
 * what it does with Erase or Cancel (ConfirmErase). `onClose` runs when the
 * second step closes either way, for a section's own extra ticks.
 */
function TwoStepErase(props: {
  label: string;
  testId: string;
  title: string;
  confirmLabel: string;
  confirmTestId: string;
  disabled?: boolean;
  onConfirm: () => Promise<void>;
  onClose?: () => void;
  children: ComponentChildren;
}) {
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    props.onClose?.();
  };
  if (!confirming) {
    return (
      <button class="danger" onClick={() => setConfirming(true)} data-testid={props.testId}>
        {props.label}
      </button>
    );
  }
  return (
    <ConfirmErase
      title={props.title}
      confirmLabel={props.confirmLabel}
      testId={props.confirmTestId}
      disabled={props.disabled}
      onCancel={close}
      onConfirm={async () => {
        await props.onConfirm();
        close();
      }}
    >
      {props.children}
    </ConfirmErase>
  );
}

/** The second step of every erase: what it does, then Erase (red) or Cancel. */
function ConfirmErase(props: {
  title: string;
  confirmLabel: string;
  testId: string;
  disabled?: boolean;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  return (
    <Notice kind="error" title={props.title}>
      {props.children}
      <div class="row" style="margin-top:8px">
        <button class="danger solid" disabled={props.disabled} data-testid={props.testId} onClick={() => void props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button onClick={props.onCancel}>Cancel</button>
      </div>
    </Notice>
  );
}
