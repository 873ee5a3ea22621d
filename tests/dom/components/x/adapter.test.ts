// @vitest-environment happy-dom
/**
 * The X adapter (components/x) on HTML snapshots of the X stand-in
 * (tests/dom/fixtures, made by tests/e2e/fixtures/make-dom-snapshots.ts from
 * real draft-js). Every selector must match the fixtures its comment names.
 */
import { DOM_FIXTURES } from '../../../paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import * as S from '../../../../components/x/selectors';
import {
  attachedImageUrls,
  composerContext,
  composerOf,
  findComposers,
  readComposerText,
  readEditorText,
  signedInHandle,
} from '../../../../components/x/adapter';

function load(name: string): void {
  document.body.innerHTML = readFileSync(join(DOM_FIXTURES, `${name}.html`), 'utf8');
}
afterEach(() => {
  document.body.innerHTML = '';
});

const POST_SURFACES = ['home', 'compose', 'reply', 'quote', 'thread', 'status'];

describe('each selector matches the fixtures its comment names', () => {
  const table: [keyof typeof S, string[]][] = [
    ['postEditor', POST_SURFACES],
    ['postEditorArea', [...POST_SURFACES, 'broken']],
    ['dmEditor', ['dm-legacy']],
    ['dmEditorArea', ['dm-legacy']],
    ['chatForm', ['x-chat']],
    ['chatEditor', ['x-chat']],
    ['postSendButton', POST_SURFACES],
    ['dmSendButton', ['dm-legacy']],
    ['chatSendButton', ['x-chat']],
    ['toolBar', POST_SURFACES],
    ['fileInput', ['home', 'compose']],
    ['attachments', ['home']],
    ['postCard', ['reply', 'quote', 'status']],
    ['dialog', ['compose', 'reply', 'quote', 'thread']],
    ['modalDialog', ['compose', 'reply', 'quote', 'thread']],
    ['primaryColumn', ['home', 'status']],
    ['profileLink', ['home', 'compose', 'dm-legacy', 'x-chat']],
    ['draftBlock', ['home', 'dm-legacy']],
  ];
  for (const [name, fixtures] of table) {
    for (const fixture of fixtures) {
      test(`${name} matches ${fixture}`, () => {
        load(fixture);
        expect(document.querySelector(S[name] as string)).not.toBeNull();
      });
    }
  }
  test('postEditor never matches the look-alike wrappers (_label, RichTextInputContainer)', () => {
    load('home');
    const matched = [...document.querySelectorAll(S.postEditor)].map((e) => e.getAttribute('data-testid'));
    expect(matched).toEqual(['tweetTextarea_0']);
    expect(document.querySelector('[data-testid="tweetTextarea_0_label"]')).not.toBeNull();
  });
  test('no post editor in the DM fixtures, no DM editor in the post fixtures', () => {
    load('dm-legacy');
    expect(document.querySelector(S.postEditor)).toBeNull();
    load('home');
    expect(document.querySelector(`${S.dmEditor}, ${S.chatEditor}`)).toBeNull();
  });
});

describe('composer discovery', () => {
  test('home box: one composer rooted at the ancestor holding editor, toolbar and button', () => {
    load('home');
    const [home, ...rest] = findComposers(document);
    expect(rest).toEqual([]);
    expect(home!.surface).toBe('post');
    expect(home!.problem).toBeUndefined();
    expect(home!.editors.map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0']);
    expect(home!.root.querySelector(S.toolBar)).not.toBeNull();
    expect(home!.sendButtons.map((b) => b.getAttribute('data-testid'))).toEqual(['tweetButtonInline']);
  });

  test('pop-up over the home box: two composers, the pop-up inside the dialog', () => {
    load('compose');
    const composers = findComposers(document);
    expect(composers).toHaveLength(2);
    const popup = composers.find((c) => c.root.closest('[role="dialog"]'))!;
    expect(popup.sendButtons[0]!.getAttribute('data-testid')).toBe('tweetButton');
    const button = document.querySelector('[data-testid="tweetButtonInline"]')!;
    expect(composerOf(composers, button)).not.toBe(popup);
  });

  test('thread: one composer with every post in order', () => {
    load('thread');
    const popup = findComposers(document).find((c) => c.root.closest('[role="dialog"]'))!;
    expect(popup.editors.map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2']);
    expect(readComposerText(popup).text).toBe('Post one\n\nPost two\n\nPost three');
  });

  test('DMs: legacy and X Chat are composers without a toolbar', () => {
    load('dm-legacy');
    const [dm] = findComposers(document);
    expect(dm!.surface).toBe('dm');
    expect(dm!.problem).toBeUndefined();
    load('x-chat');
    const [chat] = findComposers(document);
    expect(chat!.surface).toBe('chat');
    expect(chat!.root.matches(S.chatForm)).toBe(true);
  });

  test('an editor without role=textbox is recognised but unreadable (fail safe)', () => {
    load('broken');
    const [home] = findComposers(document);
    expect(home!.editors).toEqual([]);
    expect(home!.problem).toMatch(/not .*SafePost/);
  });

  test('a Draft editor whose blocks are gone is unreadable', () => {
    load('home');
    document.querySelector('[data-contents="true"]')!.replaceWith(document.createElement('p'));
    expect(findComposers(document)[0]!.problem).toMatch(/form SafePost can read/);
  });

  test('an editor with no send button around it is still reported, with a problem', () => {
    load('home');
    document.querySelector('[data-testid="tweetButtonInline"]')!.remove();
    const [home] = findComposers(document);
    expect(home!.problem).toMatch(/send button/);
  });
});

describe('reading text', () => {
  test('Draft blocks are joined with \\n and non-breaking spaces become spaces', () => {
    load('home');
    const editor = document.querySelector<HTMLElement>(S.postEditor)!;
    expect(readEditorText(editor)).toBe('First line\nSecond line');
  });
  test('X Chat textarea value', () => {
    load('x-chat');
    const area = document.querySelector<HTMLTextAreaElement>(S.chatEditor)!;
    area.value = 'one\u00a0two\nthree';
    expect(readEditorText(area)).toBe('one two\nthree');
  });
  test('legacy DM editor', () => {
    load('dm-legacy');
    expect(readEditorText(document.querySelector(S.dmEditor)!)).toBe('Hello there');
  });
});

describe('context from structure', () => {
  const ctx = (fixture: string, path: string) => {
    load(fixture);
    const composers = findComposers(document);
    const c = composers.find((x) => x.root.closest('[role="dialog"]')) ?? composers[0]!;
    return composerContext(c, path);
  };
  test.each([
    ['home', '/home', { reply: false, quote: false, dm: false }],
    ['compose', '/compose/post', { reply: false, quote: false, dm: false }],
    ['reply', '/compose/post', { reply: true, quote: false, dm: false }],
    ['quote', '/compose/post', { reply: false, quote: true, dm: false }],
    ['status', '/SomeParent/status/1234567890', { reply: true, quote: false, dm: false }],
    ['dm-legacy', '/messages', { reply: false, quote: false, dm: true }],
    ['x-chat', '/i/chat', { reply: false, quote: false, dm: true }],
  ])('%s', (fixture, path, expected) => {
    expect(ctx(fixture, path)).toEqual(expected);
  });
  test('the signed-in handle from the side nav', () => {
    load('home');
    expect(signedInHandle(document)).toBe('@OakfieldPri');
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-Some_School"></div></div>';
    expect(signedInHandle(document)).toBe('@Some_School');
    document.body.innerHTML = '';
    expect(signedInHandle(document)).toBeUndefined();
  });
  test('attached images are read from blob: URLs in the attachments list', () => {
    load('home');
    const [home] = findComposers(document);
    const urls = attachedImageUrls(home!.root);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^blob:https:\/\/x\.com\//);
  });
});
