/** Staff list: CSV import with preview, search, add and remove (same pattern as pupils). */
import { readCsvFile } from './read-csv-file';
import { useMemo, useState } from 'preact/hooks';
import { StaffSchema, formatZodError } from '../../rules';
import { parseStaffCsv } from '../../rules/profile/csv';
import { isLocked } from '../profile/managed';
import { updateLocalProfile, type ProfileState } from '../profile/store';
import { LockedTag, Notice } from '../ui/bits';
import { ImportPreview } from './ImportPreview';
import { Pager, PAGE_SIZE } from './Pager';

export function StaffPanel({ state }: { state: ProfileState }) {
  const staff = state.profile.staff;
  const locked = isLocked(state.locked, 'staff');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [preview, setPreview] = useState<{ name: string; result: ReturnType<typeof parseStaffCsv> }>();
  const [draft, setDraft] = useState({ title: '', forename: '', surname: '' });
  const [errors, setErrors] = useState<string[]>([]);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return staff.map((member, index) => ({ member, index })).filter(({ member }) => !q || `${member.title} ${member.forename} ${member.surname}`.toLowerCase().includes(q));
  }, [staff, query]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pageCount - 1);

  const add = async () => {
    const parsed = StaffSchema.safeParse(draft);
    if (!parsed.success) return setErrors(formatZodError(parsed.error, draft));
    setErrors([]);
    await updateLocalProfile((p) => ({ ...p, staff: [...p.staff, parsed.data] }));
    setDraft({ title: '', forename: '', surname: '' });
  };

  return (
    <div class="stack" data-panel="staff">
      <section class="card">
        <div class="row"><h2>Staff</h2>{locked && <LockedTag />}</div>
        <p>{staff.length} staff. SafePost matches them by full name and by title and surname ("Mrs Magill") to catch opinions about colleagues.</p>
        {!locked && (
          <div class="row">
            <label class="button" for="staff-file">Import staff CSV…</label>
            <input id="staff-file" type="file" accept=".csv,text/csv" style="display:none" onChange={async (e) => { const f = e.currentTarget.files?.[0]; if (f) setPreview({ name: f.name, result: await readCsvFile(f, 'staff', parseStaffCsv) }); }} />
            <span class="muted small">Title, Forename, Surname.</span>
          </div>
        )}
      </section>
      {preview && (
        <ImportPreview name={preview.name} kind="staff" rows={preview.result.rows.length} errors={preview.result.errors} replacing={staff.length}
          onConfirm={async () => { const rows = preview.result.rows; await updateLocalProfile((p) => ({ ...p, staff: rows })); setPreview(undefined); }}
          onCancel={() => setPreview(undefined)} />
      )}
      <section class="card">
        <div class="row" style="margin-bottom:12px">
          <input type="search" placeholder="Search staff" aria-label="Search staff" value={query} onInput={(e) => { setQuery(e.currentTarget.value); setPage(0); }} />
        </div>
        <table class="data">
          <thead><tr><th>Title</th><th>Forename</th><th>Surname</th><th /></tr></thead>
          <tbody>
            {filtered.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map(({ member, index }) => (
              <tr key={index}>
                <td>{member.title}</td><td>{member.forename}</td><td>{member.surname}</td>
                <td>{!locked && <button class="link" onClick={() => updateLocalProfile((p) => ({ ...p, staff: p.staff.filter((_, i) => i !== index) }))}>Remove</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {filtered.length === 0 && <p class="muted" style="padding:12px 8px">No staff{staff.length ? ' match' : ' yet'}.</p>}
        <Pager page={current} pageCount={pageCount} onPage={setPage} />
      </section>
      {!locked && (
        <section class="card">
          <h3>Add a member of staff</h3>
          <div class="row">
            <input type="text" placeholder="Title" aria-label="Title" size={6} value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
            <input type="text" placeholder="Forename" aria-label="Staff forename" value={draft.forename} onInput={(e) => setDraft({ ...draft, forename: e.currentTarget.value })} />
            <input type="text" placeholder="Surname" aria-label="Staff surname" value={draft.surname} onInput={(e) => setDraft({ ...draft, surname: e.currentTarget.value })} />
            <button class="primary" onClick={add}>Add</button>
          </div>
          {errors.length > 0 && <Notice kind="error"><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></Notice>}
        </section>
      )}
    </div>
  );
}
