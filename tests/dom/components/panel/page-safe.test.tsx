// @vitest-environment happy-dom
/**
 * The panel is rendered into x.com's page (an open shadow root its scripts
 * can read): a photo-consent card counts the pupils without consent instead
 * of naming them, and "See who" asks the background to open the extension
 * page that lists them (components/panel/see-who.ts).
 */
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';

const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true }));
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

const { Panel } = await import('../../../../components/panel/Panel');
const { compileProfile } = await import('../../../../rules');
const { SEE_WHO } = await import('../../../../components/panel/see-who');
const { ALL_WEEK, checkedPanelModel, mount } = await import('../../../fixtures/dom');

const compiled = compileProfile({
  version: 1,
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours: ALL_WEEK },
  pupils: [
    { forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true },
    { forename: 'Amelia', surname: 'Clarke', group: 'Year 5', photoConsent: false, nameConsent: true },
    { forename: 'Bartholomew', surname: 'Quayle', preferred: 'Barty', group: 'Year 5', photoConsent: false, nameConsent: true },
    { forename: 'Percival', surname: 'Thornbury', group: 'Year 5', photoConsent: true, nameConsent: true },
  ],
  staff: [],
});

afterEach(() => {
  sendMessage.mockClear();
});

function show(text: string, images: { text: string }[] = []) {
  return mount(<Panel model={checkedPanelModel(text, compiled, { images })} onIntent={async () => ({ ok: true, message: '' })} />);
}

test('a photo-consent card counts the pupils without consent and never names them', () => {
  const el = show('Year 5 at the museum today', [{ text: '' }]);
  const card = el.querySelector<HTMLElement>('li.card[data-card-rule="photo-consent"]')!;
  expect(card.querySelector('.why')!.textContent).toBe('No photo consent in Year 5: 2 pupils.');
  expect(card.querySelector('.hint')!.textContent).toMatch(/See who/);
  for (const name of ['Amelia', 'Clarke', 'Bartholomew', 'Barty', 'Quayle']) expect(el.innerHTML).not.toContain(name);
});

test('"See who" asks the background for the extension page with the roster positions, no names', async () => {
  const el = show('Year 5 at the museum today', [{ text: '' }]);
  const button = el.querySelector<HTMLButtonElement>('button[data-see-who]')!;
  expect(button.textContent).toBe('See who');
  await act(async () => button.click());
  expect(sendMessage).toHaveBeenCalledTimes(1);
  expect(sendMessage).toHaveBeenCalledWith({ type: SEE_WHO, groups: ['Year 5'], pupils: [1, 2] });
  expect(el.querySelector('.fix-failed')).toBeNull();
});

test('when the background cannot be asked, the card says where to look instead', async () => {
  sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
  const el = show('Year 5 at the museum today', [{ text: '' }]);
  await act(async () => el.querySelector<HTMLButtonElement>('button[data-see-who]')!.click());
  await vi.waitFor(() => expect(el.querySelector('.see-who .fix-failed')?.textContent).toMatch(/options page/));
});

test('"A. Clarke": no card, fix or hint offers the first name the draft does not hold', () => {
  const el = show('Well done A. Clarke for a great assembly');
  const card = el.querySelector<HTMLElement>('li.card[data-card-rule="pupil-full-name"]')!;
  expect(card).not.toBeNull();
  expect([...card.querySelectorAll('button.fix')].map((b) => b.textContent)).toEqual(["Say 'a pupil in Year 5'"]);
  expect(el.innerHTML).not.toContain('Amelia');
});

test('a card without anyone to list has no "See who"', () => {
  const el = show('Year 4 at the museum today', [{ text: '' }]);
  expect(el.querySelector('li.card[data-card-rule="photo-consent"]')).not.toBeNull();
  expect(el.querySelector('button[data-see-who]')).toBeNull();
});
