/** Small shared UI pieces for the popup and options page. */
import type { ComponentChildren } from 'preact';
import type { ProfileSource } from '../profile/store';

export { SeverityBadge } from './SeverityBadge';

export function LockedTag() {
  return (
    <span class="badge locked" title="Set by your school's managed policy; change it there." data-locked="true">
      <svg width="10" height="10" viewBox="0 0 16 16" aria-hidden="true">
        <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
      </svg>
      Set by your school
    </span>
  );
}

const SOURCE_LABEL: Record<ProfileSource, string> = {
  managed: 'Managed by your school',
  local: 'Set on this computer',
  default: 'Built-in default',
};

export function SourceBadge({ source }: { source: ProfileSource }) {
  return <span class={`badge ${source}`}>{SOURCE_LABEL[source]}</span>;
}

export function Notice({ kind, title, children }: { kind: 'info' | 'warn' | 'error' | 'ok'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <strong>{title}</strong>}
      {children}
    </div>
  );
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
