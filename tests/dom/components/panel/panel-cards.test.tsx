// @vitest-environment happy-dom
/** The panel's cards: one per thing to fix, rules listed, fixes offered, ticks in their card. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { Panel, type PanelModel } from '../../../../components/panel/Panel';
import { decide, requiredAttestations } from '../../../../components/guard/gate';
import { fixesForGroup, type TextFix } from '../../../../rules/fixes';
import { check, compileProfile, type Finding } from '../../../../rules';

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as ('Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun')[], start: '00:00', end: '23:59', timezone: 'Europe/London' };
const compiled = compileProfile({
  version: 1,
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours, rules: { 'text-speak': 'confirm' } },
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
  staff: [],
});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(text: string, applyFix = vi.fn(async (_fix: TextFix) => true)) {
  const result = check({ text }, compiled);
  const attestations = requiredAttestations({ result, images: [], unreadableImage: 'block' });
  const model: PanelModel = {
    status: { active: true, text: 'checking' },
    decision: decide({ closed: false, result, images: [], unreadableImage: 'block', ticked: new Set() }),
    verdict: result.verdict,
    findings: result.findings,
    postLabel: () => '',
    images: [],
    attestations: attestations.map((a) => ({ text: a, ticked: false })),
    checkedText: text,
    fixesFor: (findings) => fixesForGroup(findings, { text, profile: compiled, hasImages: false }),
    applyFix,
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Panel model={model} onTick={() => undefined} />, root));
  return { el: root, applyFix };
}

test('a name breaking several rules is one card, with its rules and both name fixes', () => {
  const { el } = show('Well done Tamsin Okonkwo-Reyes, gr8 work');
  const cards = [...el.querySelectorAll<HTMLElement>('li.card')];
  const name = cards.filter((c) => c.querySelector('.match')?.textContent === 'Tamsin Okonkwo-Reyes');
  expect(name).toHaveLength(1);
  const rules = [...name[0]!.querySelectorAll<HTMLElement>('.breaks li')].map((li) => li.dataset.rule);
  expect(rules).toEqual(expect.arrayContaining(['pupil-full-name', 'identifiable-name']));
  expect([...name[0]!.querySelectorAll('button.fix')].map((b) => b.textContent)).toEqual(["Use 'Tamsin'", "Say 'a pupil in Year 4'"]);
  expect(name[0]!.querySelector('.why')!.textContent).toMatch(/^Pupils' full names must never be used/);
});

test("a confirm finding's statement is ticked in its own card (any rule with an attestation)", () => {
  const onTick = vi.fn();
  const finding = {
    rule: 'possible-pupil-name',
    severity: 'confirm',
    source: 'text',
    match: 'May',
    start: 0,
    end: 3,
    message: "'May' may be a pupil's name (Year 2).",
    hint: 'If May is a pupil here, leave the name out.',
    attestation: "'May' is not a pupil here",
  } as unknown as Finding;
  const result = { verdict: 'confirm' as const, findings: [finding] };
  const model: PanelModel = {
    status: { active: true, text: 'checking' },
    decision: decide({ closed: false, result, images: [], unreadableImage: 'block', ticked: new Set() }),
    verdict: 'confirm',
    findings: [finding],
    postLabel: () => '',
    images: [],
    attestations: [{ text: "'May' is not a pupil here", ticked: false }],
    checkedText: 'May was lovely',
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Panel model={model} onTick={onTick} />, root));
  const card = root.querySelector<HTMLElement>('li.card[data-card-rule="possible-pupil-name"]')!;
  const box = card.querySelector<HTMLInputElement>('label.attest input')!;
  expect(root.querySelectorAll('label.attest')).toHaveLength(1);
  act(() => box.click());
  expect(onTick).toHaveBeenCalledWith("'May' is not a pupil here", true);
});

test('clicking a fix hands that fix to the guard', async () => {
  const { el, applyFix } = show('What a gr8 day');
  const button = el.querySelector<HTMLButtonElement>('li.card[data-card-rule="text-speak"] button.fix')!;
  await act(async () => button.click());
  expect(applyFix).toHaveBeenCalledWith(expect.objectContaining({ start: 7, end: 10, replacement: 'great' }));
});
