// @vitest-environment happy-dom
/** The panel's cards: one per thing to fix, rules listed, fixes offered, ticks in their card. */
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { Panel, postLabel, type PanelModel } from '../../../../components/panel/Panel';
import { decide } from '../../../../components/guard/gate';
import { compileProfile, type Finding } from '../../../../rules';
import { ALL_WEEK, checkedPanelModel, intentSpy, mount } from '../../../fixtures/dom';

const compiled = compileProfile({
  version: 1,
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours: ALL_WEEK, rules: { 'text-speak': 'confirm' } },
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
  staff: [],
});


function show(text: string) {
  const spy = intentSpy();
  return { el: mount(<Panel model={checkedPanelModel(text, compiled)} onIntent={spy.onIntent} />), intents: spy.intents };
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
  const { intents, onIntent } = intentSpy();
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
    posts: [],
    images: [],
    attestations: [{ text: "'May' is not a pupil here", ticked: false }],
    checkedText: 'May was lovely',
  };
  const root = mount(<Panel model={model} onIntent={onIntent} />);
  const card = root.querySelector<HTMLElement>('li.card[data-card-rule="possible-pupil-name"]')!;
  const box = card.querySelector<HTMLInputElement>('label.attest input')!;
  expect(root.querySelectorAll('label.attest')).toHaveLength(1);
  act(() => box.click());
  expect(intents).toEqual([{ kind: 'attest', attestation: "'May' is not a pupil here", ticked: true }]);
});

test('clicking a fix hands that fix to the guard as one intent', async () => {
  const { el, intents } = show('What a gr8 day');
  const button = el.querySelector<HTMLButtonElement>('li.card[data-card-rule="text-speak"] button.fix')!;
  await act(async () => button.click());
  expect(intents).toEqual([{ kind: 'apply-fix', fix: expect.objectContaining({ start: 7, end: 10, replacement: 'great' }) }]);
  expect(el.querySelector('.fix-failed')).toBeNull();
});

test('a fix the guard could not make says so on its card', async () => {
  const { onIntent } = intentSpy(() => ({ ok: false, message: 'no' }));
  const el = mount(<Panel model={checkedPanelModel('What a gr8 day', compiled)} onIntent={onIntent} />);
  await act(async () => el.querySelector<HTMLButtonElement>('button.fix')!.click());
  expect(el.querySelector('.fix-failed')?.textContent).toMatch(/could not be made/);
});

test.each<[string, { offset: number; length: number }[], number | undefined, string]>([
  ['a single post has no label', [{ offset: 0, length: 10 }], 3, ''],
  ['the second post of a thread', [{ offset: 0, length: 10 }, { offset: 11, length: 8 }], 12, 'Post 2'],
  ['the end of the first post still counts as the first', [{ offset: 0, length: 10 }, { offset: 11, length: 8 }], 10, 'Post 1'],
  ['a finding without a place (image, draft rule)', [{ offset: 0, length: 10 }, { offset: 11, length: 8 }], undefined, ''],
])('post label: %s', (_name, posts, start, expected) => {
  const finding = { rule: 'text-speak', severity: 'warn', source: 'text', match: 'x', start, end: start === undefined ? undefined : start + 1, message: '', hint: '' } as Finding;
  expect(postLabel(finding, posts)).toBe(expected);
});
