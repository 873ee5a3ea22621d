// @vitest-environment happy-dom
/**
 * The panel on x.com, "Try a draft" and the CLI's readable report present a
 * finding the same way: one table of labels and colours (severity.ts) and the
 * guard's own decide() for what the compose box does (outcome.ts).
 */
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';

vi.mock('../../../../components/vision/client', () => ({ readImage: () => Promise.reject(new Error('no OCR in this test')) }));

import { Panel } from '../../../../components/panel/Panel';
import { DraftPlayground } from '../../../../components/options/DraftPlayground';
import { SEVERITY_LOOKS } from '../../../../components/ui/severity';
import { composeOutcome } from '../../../../components/guard/outcome';
import { decide } from '../../../../components/guard/gate';
import { formatDraft, styleFor } from '../../../../scripts/cli/report';
import { check, compileProfile, type Profile } from '../../../../rules';
import type { ProfileState } from '../../../../components/profile/store';
import { ALL_WEEK, checkedPanelModel, mount, unmount } from '../../../fixtures/dom';

const profile: Profile = {
  version: 1,
  settings: { school: 'Hollowmere Primary', hours: ALL_WEEK, rules: { 'outside-hours': 'confirm' } },
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
  staff: [],
};
const compiled = compileProfile(profile);
const state: ProfileState = { compiled, source: 'local', problems: [], profile, locked: [], managed: { status: 'none', dropped: [], errors: [], notes: [] } };

/** One draft per verdict, checked by the real engine. */
const DRAFTS = {
  block: 'Well done Tamsin Okonkwo-Reyes',
  warn: 'What a gr8 day',
  ok: 'Year 4 visited the museum',
} as const;


/** happy-dom keeps the colour as written; browsers give rgb(): compare both ways. */
function sameColour(actual: string, hex: string): boolean {
  const n = parseInt(hex.slice(1), 16);
  return actual.toLowerCase() === hex.toLowerCase() || actual.replace(/\s/g, '') === `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
}

function badges(el: HTMLElement): { severity: string; label: string; colour: string }[] {
  return [...el.querySelectorAll<HTMLElement>('[data-severity-badge]')].map((b) => ({
    severity: b.dataset.severityBadge!,
    label: b.textContent ?? '',
    colour: b.style.background || b.style.backgroundColor,
  }));
}


describe('one table of labels and colours', () => {
  test.each(['block', 'warn'] as const)('%s: the panel and "Try a draft" show the same badge, from the table', (severity) => {
    const text = DRAFTS[severity];
    const panelRoot = mount(<Panel model={checkedPanelModel(text, compiled)} onIntent={async () => ({ ok: true, message: '' })} />);
    const inPanel = badges(panelRoot).find((b) => b.severity === severity);
    unmount(panelRoot);
    const options = mount(<DraftPlayground state={state} />);
    const area = options.querySelector<HTMLTextAreaElement>('[data-testid="draft-text"]')!;
    act(() => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const inOptions = badges(options).filter((b) => b.severity === severity);
    expect(inPanel).toBeDefined();
    expect(inOptions.length).toBeGreaterThan(0);
    const look = SEVERITY_LOOKS[severity];
    for (const b of [inPanel!, ...inOptions]) {
      expect(b.label).toBe(look.label);
      expect(sameColour(b.colour, look.colour)).toBe(true);
    }
  });

  test('the CLI report uses the table: label and terminal colour', () => {
    const text = DRAFTS.block;
    const report = { id: 'd1', text, imageTexts: [], imageNames: [], unreadable: new Map(), unreadableImage: 'block' as const, result: check({ text }, compiled) };
    const plain = formatDraft(report, styleFor(false));
    expect(plain).toMatch(new RegExp(`^d1 {2}${SEVERITY_LOOKS.block.label.toUpperCase()} \\(block\\)`, 'm'));
    const coloured = formatDraft(report, styleFor(true));
    expect(coloured).toContain(`\x1b[1;${SEVERITY_LOOKS.block.ansi}m${SEVERITY_LOOKS.block.label.toUpperCase()}`);
  });
});

describe('the same decide(): what the compose box would do', () => {
  test.each(Object.entries(DRAFTS))('%s draft: "Try a draft" and the CLI say what decide() does', (_verdict, text) => {
    const result = check({ text }, compiled);
    const expected = composeOutcome({ result, images: [], unreadableImage: 'block' });
    // decide() is the guard's: the outcome is its decision, not a copy of the rules.
    expect(expected.decision).toEqual(decide({ closed: false, result, images: [], unreadableImage: 'block', ticked: new Set() }));

    const options = mount(<DraftPlayground state={state} />);
    const area = options.querySelector<HTMLTextAreaElement>('[data-testid="draft-text"]')!;
    act(() => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shown = options.querySelector<HTMLElement>('[data-testid="draft-outcome"]')!;
    expect(shown.textContent).toContain(expected.text);
    expect(shown.dataset.allow).toBe(String(expected.decision.allow));
    expect(options.textContent).not.toMatch(/stays disabled/);

    const report = formatDraft({ id: 't', text, imageTexts: [], imageNames: [], unreadable: new Map(), unreadableImage: 'block', result }, styleFor(false));
    expect(report).toContain(`Compose box: ${expected.text}`);
  });

  test('a held draft is described as held at the action, never as a disabled button', () => {
    const result = check({ text: DRAFTS.block }, compiled);
    const { text, decision } = composeOutcome({ result, images: [], unreadableImage: 'block' });
    expect(decision.allow).toBe(false);
    expect(text).toMatch(/does not send it: SafePost holds it/);
    expect(text).not.toMatch(/disabled/);
  });

  test('an unreadable image: the CLI says what the guard does with it, per the profile', () => {
    const result = check({ text: DRAFTS.ok, images: [{ text: '' }] }, compiled);
    for (const unreadableImage of ['block', 'confirm'] as const) {
      const report = formatDraft(
        { id: 'i', text: DRAFTS.ok, imageTexts: [''], imageNames: ['a.png'], unreadable: new Map([[0, 'not an image']]), unreadableImage, result },
        styleFor(false),
      );
      const expected = composeOutcome({ result, images: [{ state: 'failed', reason: 'not an image' }], unreadableImage });
      expect(report).toContain(`Compose box: ${expected.text}`);
      expect(expected.decision).toMatchObject({ allow: false, kind: unreadableImage === 'block' ? 'image-failed' : 'confirm' });
    }
  });
});

test("the options page's severity colours (styles.css) are the table's", async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const css = readFileSync(join(import.meta.dirname, '../../../../components/ui/styles.css'), 'utf8');
  for (const severity of ['block', 'confirm', 'warn', 'ok'] as const) {
    const look = SEVERITY_LOOKS[severity];
    expect(css).toMatch(new RegExp(`--${severity}:\\s*${look.colour};`, 'i'));
    expect(css).toMatch(new RegExp(`--${severity}-soft:\\s*${look.soft};`, 'i'));
  }
});
