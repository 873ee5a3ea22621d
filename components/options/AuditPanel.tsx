/** Audit log: counts per rule and day (never post text or names), with CSV export. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AUDIT_KEY, auditCsv, auditRows, dayKey, loadAuditLog, type AuditLog } from '../profile/audit';
import { downloadText } from '../ui/download';

export function AuditPanel() {
  const [log, setLog] = useState<AuditLog>({});
  useEffect(() => {
    void loadAuditLog().then(setLog);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && AUDIT_KEY in changes) void loadAuditLog().then(setLog);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const rows = auditRows(log);
  const totals = rows.reduce((t, r) => ({ warning: t.warning + r.warning, block: t.block + r.block, attestation: t.attestation + r.attestation, override: t.override + r.override }), { warning: 0, block: 0, attestation: 0, override: 0 });
  return (
    <div class="stack" data-panel="audit">
      <section class="card">
        <div class="row">
          <h2>Audit log</h2>
          <span class="spacer" />
          <button onClick={() => downloadText(`safepost-audit-${dayKey(new Date())}.csv`, auditCsv(log), 'text/csv')} disabled={rows.length === 0} data-testid="audit-export">Export CSV</button>
        </div>
        <p>How often each rule acted on this computer. Only counts are kept: no post text, no names, no accounts.</p>
        <div class="stats" style="margin:12px 0">
          <div class="stat"><div class="value">{totals.warning}</div><div class="label">Warnings</div></div>
          <div class="stat"><div class="value">{totals.block}</div><div class="label">Posts held</div></div>
          <div class="stat"><div class="value">{totals.attestation}</div><div class="label">Attestations</div></div>
          <div class="stat"><div class="value">{totals.override}</div><div class="label">Sent with a warning</div></div>
        </div>
        {rows.length === 0 ? <p class="muted">Nothing recorded yet.</p> : (
          <table class="data" data-testid="audit-table">
            <thead><tr><th>Date</th><th>Rule</th><th class="num">Warnings</th><th class="num">Held</th><th class="num">Attested</th><th class="num">Sent anyway</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.day}-${r.rule}`}><td>{r.day}</td><td><code>{r.rule}</code></td><td class="num">{r.warning}</td><td class="num">{r.block}</td><td class="num">{r.attestation}</td><td class="num">{r.override}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
