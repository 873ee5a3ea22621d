/** What a CSV import will do, shown before anything is replaced. */
import type { CsvRowError } from '../../rules/profile/csv';
import { Notice } from '../ui/bits';

export interface ImportPreviewProps {
  name: string;
  kind: 'pupils' | 'staff';
  rows: number;
  errors: CsvRowError[];
  /** How many records the import replaces. */
  replacing: number;
  summary?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreview({ name, kind, rows, errors, replacing, summary, onConfirm, onCancel }: ImportPreviewProps) {
  return (
    <section class="card" data-testid="import-preview">
      <h2>Check the import: {name}</h2>
      <div class="stats" style="margin:12px 0">
        <div class="stat"><div class="value" data-testid="preview-rows">{rows}</div><div class="label">{kind} will load</div></div>
        <div class="stat"><div class="value" data-testid="preview-errors" style={errors.length ? 'color:var(--block)' : ''}>{errors.length}</div><div class="label">rows with errors</div></div>
        <div class="stat"><div class="value">{replacing}</div><div class="label">{kind} replaced</div></div>
      </div>
      {summary && <p class="muted">{summary}</p>}
      {errors.length > 0 && (
        <>
          <Notice kind="warn">These rows will not load. Fix them in the file and import again, or load the good rows now.</Notice>
          <table class="data" data-testid="preview-error-table" style="margin-top:8px">
            <thead><tr><th class="num">Line</th><th>Field</th><th>Value</th><th>Problem</th></tr></thead>
            <tbody>
              {errors.slice(0, 200).map((e) => (
                <tr key={`${e.line}-${e.field}`} data-line={e.line}>
                  <td class="num">{e.line}</td><td>{e.field}</td><td><code>{e.value}</code></td><td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {errors.length > 200 && <p class="muted small">…and {errors.length - 200} more.</p>}
        </>
      )}
      <div class="row" style="margin-top:12px">
        <button class="primary" onClick={onConfirm} disabled={rows === 0} data-testid="confirm-import">Replace {kind} with {rows} rows</button>
        <button onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
