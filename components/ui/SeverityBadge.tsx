/**
 * The severity badge of the panel on x.com and of the options page: word and
 * colour from the one table (severity.ts). Colours are set through the style
 * object (CSSOM), which X's CSP allows, so the badge needs no stylesheet rule
 * to look the same on both surfaces.
 */
import { severityLook } from './severity';

export function SeverityBadge({ severity }: { severity: string }) {
  const look = severityLook(severity);
  return (
    <span class={`sev badge ${severity}`} data-severity-badge={severity} style={{ background: look.colour, color: '#ffffff' }}>
      {look.label}
    </span>
  );
}
