// @vitest-environment happy-dom
/** The panel's cards: one per thing to fix, rules listed, fixes offered, ticks in their card. */
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { Panel, type PanelModel } from '../../../../components/panel/Panel';
import { decide } from '../../../../components/guard/gate';
import type { TextFix } from '../../../../rules/fixes';
import { compileProfile, type Finding } from '../../../../rules';
import { ALL_WEEK, checkedPanelModel, mount } from '../../../fixtures/dom';

const compiled = compileProfile({
  version: 1,
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours: ALL_WEEK, rules: { 'text-speak': 'confirm' } },
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
  staff: [],
});


function show(text: string, applyFix = vi.fn(async (_fix: TextFix) => true)) {
  return { el: mount(<Panel model={checkedPanelModel(text, compiled, { applyFix })} onTick={() => undefined} />), applyFix };
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
  const root = mount(<Panel model={model} onTick={onTick} />);
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
