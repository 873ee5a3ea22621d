/** Export and import the whole profile (ProfileSchema JSON), and erase all pupil data. */
import { useState } from 'preact/hooks';
import { ProfileSchema, formatZodError, type Profile } from '../../rules';
import { dayKey } from '../profile/audit';
import { eraseLocalPupilData, saveLocalProfile, type ProfileState } from '../profile/store';
import { Notice } from '../ui/bits';
import { downloadText } from '../ui/download';

export function BackupPanel({ state }: { state: ProfileState }) {
  const [pending, setPending] = useState<{ name: string; profile?: Profile; errors: string[] }>();
  const [confirmErase, setConfirmErase] = useState(false);
  const [done, setDone] = useState('');
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
    <div class="stack" data-panel="backup">
      <section class="card">
        <h2>Export and import</h2>
        <p>The whole profile of this computer (settings, pupils, staff) as one JSON file, to copy to another computer or keep as a backup. It contains pupil names: store it as securely as the MIS export.</p>
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
              <button class="primary" onClick={async () => { await saveLocalProfile(pending.profile!); setPending(undefined); setDone('Profile imported.'); }}>Replace profile</button>
              <button onClick={() => setPending(undefined)}>Cancel</button>
            </div>
          </div>
        )}
        {done && <p class="badge ok" style="margin-top:12px">{done}</p>}
      </section>

      <section class="card">
        <h2>Erase all pupil data</h2>
        <p>Removes every pupil record this browser holds ({local?.pupils.length ?? 0} on this computer). Settings and staff stay. A roster set by your school's policy comes back from the policy.</p>
        {!confirmErase ? (
          <button class="danger" onClick={() => setConfirmErase(true)} data-testid="erase">Erase all pupil data…</button>
        ) : (
          <Notice kind="error" title="Erase all pupil data? ">
            This cannot be undone; export the profile first if you may need it again.
            <div class="row" style="margin-top:8px">
              <button class="danger solid" onClick={async () => { await eraseLocalPupilData(); setConfirmErase(false); setDone('All pupil data erased.'); }} data-testid="erase-confirm">Erase</button>
              <button onClick={() => setConfirmErase(false)}>Cancel</button>
            </div>
          </Notice>
        )}
      </section>
    </div>
  );
}
