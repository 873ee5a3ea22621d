/**
 * How a severity looks and reads, wherever SafePost shows findings: the panel
 * on x.com, "Try a draft" on the options page and the CLI's readable report.
 * One table, so a teacher, an admin and the CLI's user see the same word and
 * colour for the same thing. Pure TypeScript (the CLI imports it in Node).
 *
 * Colours meet WCAG AA: `colour` behind white text (badges), `ink` on `soft`.
 */
import type { Verdict } from '../../rules/types';

export interface SeverityLook {
  /** The badge's word. */
  label: string;
  /** Strong colour: badge background, card edge, highlight underline. */
  colour: string;
  /** Light background of a card or notice of this severity. */
  soft: string;
  /** Text colour on `soft`. */
  ink: string;
  /** SGR colour code for terminals (31 red, 34 blue, 33 yellow, 32 green, 90 grey). */
  ansi: string;
  /** What this severity does to the send, in one sentence. */
  effect: string;
}

export type Shown = Verdict | 'off';

export const SEVERITY_LOOKS: Readonly<Record<Shown, SeverityLook>> = {
  block: {
    label: 'Must fix',
    colour: '#cf222e',
    soft: '#ffebe9',
    ink: '#82071e',
    ansi: '31',
    effect: 'SafePost holds the send until this is fixed.',
  },
  confirm: {
    label: 'Confirm',
    colour: '#0969da',
    soft: '#ddf4ff',
    ink: '#0a3069',
    ansi: '34',
    effect: 'SafePost holds the send until the teacher ticks the statement.',
  },
  warn: {
    label: 'Check',
    colour: '#9a6700',
    soft: '#fff8c5',
    ink: '#4d2d00',
    ansi: '33',
    effect: 'Shown as advice; the post can still be sent.',
  },
  ok: {
    label: 'No problems',
    colour: '#1a7f37',
    soft: '#dafbe1',
    ink: '#0f5323',
    ansi: '32',
    effect: 'The post can be sent.',
  },
  off: {
    label: 'Off',
    colour: '#57606a',
    soft: '#f6f8fa',
    ink: '#1f2328',
    ansi: '90',
    effect: 'The rule does not run.',
  },
};

/** The look of a severity or verdict; anything unknown looks like `off` (never like "no problems"). */
export function severityLook(severity: string): SeverityLook {
  return SEVERITY_LOOKS[severity as Shown] ?? SEVERITY_LOOKS.off;
}

/** Most severe first: the order cards and report lines are listed in. */
export const SEVERITY_ORDER: readonly Verdict[] = ['block', 'confirm', 'warn', 'ok'];

export function severityRank(severity: string): number {
  const i = SEVERITY_ORDER.indexOf(severity as Verdict);
  return i < 0 ? SEVERITY_ORDER.length : i;
}
