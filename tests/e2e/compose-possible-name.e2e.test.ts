/**
 * possible-pupil-name in the compose box (issue 9): the built extension in
 * real Chromium on the draft-js X stand-in. A roster pupil called May (a
 * month) is used where SafePost cannot tell: the panel asks "Is 'May' (Year 2)
 * a pupil here?", the send is held until the teacher ticks "'May' is not a
 * pupil here", then the post goes through. The same name in a name role is
 * blocked outright, with no attestation to tick.
 */
import { expect, test } from 'vitest';
import { EDITOR, HOME, PUPILS, openX, panel, panelText, posted, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;
const WITH_MAY = [...PUPILS, { forename: 'May', surname: 'Oyelaran', group: 'Year 2', photoConsent: true, nameConsent: true }];

test("an unclear word-name asks its question; ticking \"'May' is not a pupil here\" lets the post go", async () => {
  await setProfile(x.session, testProfile({ naming: 'none' }, WITH_MAY));
  try {
    const page = await openX(x.session, '/home');
    await typeInto(page, HOME_EDITOR, 'Lovely to see May at the fete today');
    const box = panel(page).locator('label.attest', { hasText: "'May' is not a pupil here" }).locator('input');
    await box.waitFor();
    expect(await panelText(page)).toContain("Is 'May' (Year 2) a pupil here?");
    await waitForDecision(page, false);
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);

    await box.check();
    await waitForDecision(page, true);
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Lovely to see May at the fete today'], images: 0 }]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('the same name in a name role is blocked, with nothing to tick', async () => {
  await setProfile(x.session, testProfile({ naming: 'none' }, WITH_MAY));
  try {
    const page = await openX(x.session, '/home');
    await typeInto(page, HOME_EDITOR, 'Well done May for your brilliant poem!');
    await waitForDecision(page, false);
    const text = await panelText(page);
    expect(text).toContain('May');
    expect(text).not.toContain('is not a pupil here');
    expect(await panel(page).locator('label.attest', { hasText: 'is not a pupil here' }).count()).toBe(0);
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('the month in a date asks nothing and sends', async () => {
  await setProfile(x.session, testProfile({ naming: 'none' }, WITH_MAY));
  try {
    const page = await openX(x.session, '/home');
    await typeInto(page, HOME_EDITOR, 'Our open morning is on 14 May');
    await waitForDecision(page, true);
    await page.click(HOME_BUTTON);
    expect((await posted(page)).length).toBe(1);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});
