/**
 * Pupils: CSV import with a preview before anything is replaced, a searchable
 * table filtered by group (paginated, so 2,000 pupils stay smooth), consent
 * flags edited in place, pupils added and removed.
 */
import { readCsvFile } from './read-csv-file';
import { useMemo, useState } from 'preact/hooks';
import { PupilSchema, formatZodError, type Pupil } from '../../rules';
import { parsePupilCsv } from '../../rules/profile/csv';
import { isLocked } from '../profile/managed';
import { updateLocalProfile, type ProfileState } from '../profile/store';
import { LockedTag, Notice, formatDate } from '../ui/bits';
import { ImportPreview } from './ImportPreview';
import { Pager, PAGE_SIZE } from './Pager';

export function RosterPanel({ state }: { state: ProfileState }) {
  const pupils = state.profile.pupils;
  const locked = isLocked(state.locked, 'pupils');
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  const [page, setPage] = useState(0);
  const [preview, setPreview] = useState<{ name: string; result: ReturnType<typeof parsePupilCsv> }>();

  const groups = useMemo(() => [...new Set(pupils.map((p) => p.group).filter(Boolean))].sort(), [pupils]);
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return pupils
      .map((pupil, index) => ({ pupil, index }))
      .filter(({ pupil }) => (!group || pupil.group === group) && (!q || `${pupil.forename} ${pupil.preferred ?? ''} ${pupil.surname}`.toLowerCase().includes(q)));
  }, [pupils, query, group]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pageCount - 1);
  const visible = filtered.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setPreview({ name: file.name, result: await readCsvFile(file, 'roster', parsePupilCsv) });
  };
  const replace = async () => {
    if (!preview) return;
    const rows = preview.result.rows;
    await updateLocalProfile((p) => ({ ...p, pupils: rows }));
    setPreview(undefined);
    setPage(0);
  };
  const edit = (index: number, patch: Partial<Pupil>) =>
    updateLocalProfile((p) => ({ ...p, pupils: p.pupils.map((pupil, i) => (i === index ? { ...pupil, ...patch } : pupil)) }));
  const remove = (index: number) => updateLocalProfile((p) => ({ ...p, pupils: p.pupils.filter((_, i) => i !== index) }));

  const withPhoto = pupils.filter((p) => p.photoConsent).length;
  const withName = pupils.filter((p) => p.nameConsent).length;

  return (
    <div class="stack" data-panel="pupils">
      <section class="card">
        <div class="row">
          <h2>Pupils</h2>
          {locked && <LockedTag />}
        </div>
        <p>
          {pupils.length} pupils in {groups.length} groups · {withPhoto} with photo consent · {withName} with name consent
        </p>
        {state.rosterExpiredAt && (
          <Notice kind="error" title="The roster expired.">
            The pupils and staff saved on this computer were erased on {formatDate(state.rosterExpiredAt)}: they were older than your school's roster retention setting. SafePost cannot recognise pupils' names until a new roster is imported. Ask your IT admin for one.
          </Notice>
        )}
        {locked ? (
          <Notice kind="info">The roster comes from your school's managed policy. Change it there; it reaches this computer within seconds.</Notice>
        ) : (
          <div class="row">
            <label class="button" for="roster-file">Import roster CSV…</label>
            <input id="roster-file" type="file" accept=".csv,text/csv" style="display:none" data-testid="roster-file" onChange={(e) => onFile(e.currentTarget.files?.[0])} />
            <span class="muted small">Forename, Surname, Preferred Forename, Group, Photo Consent, Name Consent (usual MIS spellings accepted). Nothing changes until you confirm.</span>
          </div>
        )}
      </section>

      {preview && (
        <ImportPreview
          name={preview.name}
          kind="pupils"
          rows={preview.result.rows.length}
          errors={preview.result.errors}
          replacing={pupils.length}
          summary={`${preview.result.rows.filter((p) => p.photoConsent).length} with photo consent · ${preview.result.rows.filter((p) => p.nameConsent).length} with name consent · ${new Set(preview.result.rows.map((p) => p.group)).size} groups`}
          onConfirm={replace}
          onCancel={() => setPreview(undefined)}
        />
      )}

      <section class="card">
        <div class="row" style="margin-bottom:12px">
          <input type="search" placeholder="Search by name" aria-label="Search pupils" value={query} onInput={(e) => { setQuery(e.currentTarget.value); setPage(0); }} />
          <select aria-label="Filter by group" value={group} onChange={(e) => { setGroup(e.currentTarget.value); setPage(0); }}>
            <option value="">All groups</option>
            {groups.map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
          <span class="spacer" />
          <span class="muted small" data-testid="pupil-count">{filtered.length} shown</span>
        </div>
        <table class="data" data-testid="pupil-table">
          <thead>
            <tr>
              <th>Forename</th>
              <th>Preferred</th>
              <th>Surname</th>
              <th>Group</th>
              <th>Photo consent</th>
              <th>Name consent</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {visible.map(({ pupil, index }) => (
              <tr key={index}>
                <td>{pupil.forename}</td>
                <td class="muted">{pupil.preferred}</td>
                <td>{pupil.surname}</td>
                <td>{pupil.group}</td>
                <td><input type="checkbox" aria-label={`Photo consent for ${pupil.forename} ${pupil.surname}`} checked={pupil.photoConsent} disabled={locked} onChange={(e) => edit(index, { photoConsent: e.currentTarget.checked })} /></td>
                <td><input type="checkbox" aria-label={`Name consent for ${pupil.forename} ${pupil.surname}`} checked={pupil.nameConsent} disabled={locked} onChange={(e) => edit(index, { nameConsent: e.currentTarget.checked })} /></td>
                <td>{!locked && <button class="link" onClick={() => remove(index)}>Remove</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {filtered.length === 0 && <p class="muted" style="padding:12px 8px">No pupils{pupils.length ? ' match' : ' yet: import the roster CSV from your MIS'}.</p>}
        <Pager page={current} pageCount={pageCount} onPage={setPage} />
      </section>

      {!locked && <AddPupil groups={groups} />}
    </div>
  );
}

function AddPupil({ groups }: { groups: string[] }) {
  const empty = { forename: '', surname: '', preferred: '', group: '', photoConsent: false, nameConsent: false };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<string[]>([]);
  const add = async () => {
    const candidate = { ...draft, preferred: draft.preferred.trim() || undefined };
    const parsed = PupilSchema.safeParse(candidate);
    if (!parsed.success) return setErrors(formatZodError(parsed.error, candidate));
    setErrors([]);
    await updateLocalProfile((p) => ({ ...p, pupils: [...p.pupils, parsed.data] }));
    setDraft(empty);
  };
  return (
    <section class="card">
      <h3>Add a pupil</h3>
      <div class="row">
        <input type="text" placeholder="Forename" aria-label="Forename" value={draft.forename} onInput={(e) => setDraft({ ...draft, forename: e.currentTarget.value })} />
        <input type="text" placeholder="Preferred (optional)" aria-label="Preferred forename" value={draft.preferred} onInput={(e) => setDraft({ ...draft, preferred: e.currentTarget.value })} />
        <input type="text" placeholder="Surname" aria-label="Surname" value={draft.surname} onInput={(e) => setDraft({ ...draft, surname: e.currentTarget.value })} />
        <input type="text" placeholder="Group" aria-label="Group" list="groups" size={10} value={draft.group} onInput={(e) => setDraft({ ...draft, group: e.currentTarget.value })} />
        <datalist id="groups">{groups.map((g) => <option key={g} value={g} />)}</datalist>
        <label class="row" style="gap:4px"><input type="checkbox" checked={draft.photoConsent} onChange={(e) => setDraft({ ...draft, photoConsent: e.currentTarget.checked })} />Photo consent</label>
        <label class="row" style="gap:4px"><input type="checkbox" checked={draft.nameConsent} onChange={(e) => setDraft({ ...draft, nameConsent: e.currentTarget.checked })} />Name consent</label>
        <button class="primary" onClick={add}>Add</button>
      </div>
      {errors.length > 0 && <Notice kind="error"><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></Notice>}
    </section>
  );
}
