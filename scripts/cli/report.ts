/**
 * What `check` prints: JSONL exactly as ../shared/RULES.md ("CLI output"), or a
 * report a person reads, with the match shown in its context.
 */
import type { CheckResult, Finding, Verdict } from '../../rules/types';
import { SEVERITY_LOOKS, severityLook } from '../../components/ui/severity';
import { composeOutcome } from '../../components/guard/outcome';
import type { ImageStatus } from '../../components/guard/images';

/** One JSONL line: {id, verdict, findings:[{rule, severity, source, image?, match, start?, end?}]}. */
export function jsonLine(id: string, result: CheckResult): string {
  const findings = result.findings.map((f) => {
    const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, source: f.source };
    if (f.source === 'image') out.image = f.image;
    out.match = f.match;
    if (f.start !== undefined && f.end !== undefined) {
      out.start = f.start;
      out.end = f.end;
    }
    // Face findings (uncovered-face, group-photos-only): boxes as fractions of the image.
    if (f.faces) out.faces = f.faces;
    return out;
  });
  return JSON.stringify({ id, verdict: result.verdict, findings });
}

export interface Style {
  verdict(verdict: Verdict, text: string): string;
  match(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export function styleFor(colour: boolean): Style {
  if (!colour) {
    return { verdict: (_v, t) => t, match: (t) => `[${t}]`, dim: (t) => t, bold: (t) => t };
  }
  return {
    verdict: (v, t) => `\x1b[1;${SEVERITY_LOOKS[v].ansi}m${t}\x1b[0m`,
    match: (t) => `\x1b[1;4;31m${t}\x1b[0m`,
    dim: (t) => `\x1b[2m${t}\x1b[0m`,
    bold: (t) => `\x1b[1m${t}\x1b[0m`,
  };
}

const CONTEXT = 32;

/** "…the match in [its] context…", one line, at most CONTEXT characters either side. */
export function inContext(text: string, start: number, end: number, style: Style): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const before = (from > 0 ? '…' : '') + flat(text.slice(from, start)).trimStart();
  const after = flat(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : '');
  return `${before}${style.match(flat(text.slice(start, end)))}${after}`;
}

export interface DraftReport {
  id: string;
  text: string;
  /** OCR text per image ('' when unreadable). */
  imageTexts: string[];
  imageNames: string[];
  /** Index → why the image could not be read. */
  unreadable: Map<number, string>;
  unreadableImage: 'block' | 'confirm';
  result: CheckResult;
}

function where(f: Finding, report: DraftReport): string {
  if (f.source === 'image') return `image ${f.image ?? '?'}${report.imageNames[f.image ?? -1] ? ` (${report.imageNames[f.image!]})` : ''}`;
  return 'text';
}

function excerpt(f: Finding, report: DraftReport, style: Style): string {
  const source = f.source === 'image' ? (report.imageTexts[f.image ?? -1] ?? '') : report.text;
  if (f.start !== undefined && f.end !== undefined && source.slice(f.start, f.end) === f.match) {
    return inContext(source, f.start, f.end, style);
  }
  return style.match(f.match);
}

/** The images as the compose box would see them once OCR is done: read, or failed. */
function imageStatuses(report: DraftReport): ImageStatus[] {
  const count = Math.max(report.imageTexts.length, report.imageNames.length, ...[...report.unreadable.keys()].map((i) => i + 1));
  return Array.from({ length: count }, (_, i): ImageStatus => {
    const reason = report.unreadable.get(i);
    return reason !== undefined ? { state: 'failed', reason } : { state: 'done', text: report.imageTexts[i] ?? '' };
  });
}

/** "MUST FIX (block)": the panel's word, then the id settings files use. */
function badge(severity: Verdict, style: Style, pad = 0): string {
  return style.verdict(severity, severityLook(severity).label.toUpperCase().padEnd(pad));
}

/**
 * The human report for one draft: the verdict in the panel's words, what the
 * compose box would do (the guard's own decide()), then each finding.
 */
export function formatDraft(report: DraftReport, style: Style): string {
  const { result } = report;
  const outcome = composeOutcome({ result, images: imageStatuses(report), unreadableImage: report.unreadableImage });
  const lines = [`${style.bold(report.id)}  ${badge(result.verdict, style)} ${style.dim(`(${result.verdict})`)}`];
  lines.push(`  ${style.dim('Compose box:')} ${outcome.text}`);
  for (const f of result.findings) {
    lines.push(`  ${badge(f.severity, style, 8)} ${f.rule}  ${style.dim(where(f, report))}`);
    lines.push(`      ${excerpt(f, report, style)}`);
    lines.push(`      ${f.message}`);
    lines.push(`      ${style.dim('Fix:')} ${f.hint}`);
    if (f.attestation) lines.push(`      ${style.dim('Tick to send:')} “${f.attestation}”`);
  }
  for (const [index, reason] of report.unreadable) {
    lines.push(
      `  ${badge(report.unreadableImage, style, 8)} image ${index} (${report.imageNames[index] ?? '?'}) could not be read: ${reason}`,
    );
    lines.push(`      The extension holds such a post as "${report.unreadableImage}" (settings.unreadableImage); only rules that need no image text ran on it.`);
  }
  if (result.findings.length === 0 && report.unreadable.size === 0) lines.push(`  ${style.dim('nothing found')}`);
  return lines.join('\n');
}

export function formatSummary(verdicts: Verdict[], style: Style): string {
  const counts: Record<Verdict, number> = { block: 0, confirm: 0, warn: 0, ok: 0 };
  for (const v of verdicts) counts[v]++;
  const parts = (['block', 'confirm', 'warn', 'ok'] as Verdict[]).map((v) => style.verdict(v, `${counts[v]} ${severityLook(v).label.toLowerCase()} (${v})`));
  return `${verdicts.length} draft${verdicts.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
