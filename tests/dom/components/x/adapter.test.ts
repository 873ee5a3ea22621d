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
    ['postEditor', [...POST_SURFACES, 'xpro']],
    ['postEditorArea', [...POST_SURFACES, 'broken']],
    ['dmEditor', ['dm-legacy']],
    ['dmEditorArea', ['dm-legacy']],
    ['chatForm', ['x-chat']],
    ['chatEditor', ['x-chat']],
    ['postSendButton', [...POST_SURFACES, 'xpro']],
    ['dmSendButton', ['dm-legacy']],
    ['chatSendButton', ['x-chat']],
    ['toolBar', [...POST_SURFACES, 'xpro']],
    ['mediaDescription', ['media-editor']],
    ['mediaSaveButton', ['media-editor']],
    ['mediaPreview', ['media-editor']],
    ['articleTitle', ['articles']],
    ['articleBody', ['articles']],
    ['articleBodyArea', ['articles']],
    ['articlePublishButton', ['articles']],
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

  test("the media editor's description field is a composer of its own: rooted at its pop-up, Save its send, describing the photo it shows", () => {
    load('media-editor');
    const composers = findComposers(document);
    const description = composers.find((c) => c.describes !== undefined)!;
    expect(description.root.matches(S.dialog)).toBe(true);
    expect(description.problem).toBeUndefined();
    expect(description.sendButtons.map((b) => b.getAttribute('data-testid'))).toEqual(['endEditingButton']);
    expect(readComposerText(description).text).toBe('Children painting at the fair');
    const attached = attachedImageUrls(composers.find((c) => c !== description)!.root);
    expect(attached).toEqual([description.describes]);
    // Its Save is not mistaken for the home box's send.
    expect(composerOf(composers, document.querySelector(S.mediaSaveButton))).toBe(description);
  });

  test('the article editor: title and body are one draft, Publish its send', () => {
    load('articles');
    const [article, ...rest] = findComposers(document);
    expect(rest).toEqual([]);
    expect(article!.problem).toBeUndefined();
    expect(readComposerText(article!).text).toBe('Our summer concert\n\nYear 5 sang.\nEveryone came.');
    expect(article!.sendButtons.map((b) => b.getAttribute('data-testid'))).toEqual(['articlePublishButton']);
  });

  test("X Pro: the column composer is found with X's own ids, whatever the columns around it", () => {
    load('xpro');
    const [column, ...rest] = findComposers(document);
    expect(rest).toEqual([]);
    expect(column!.problem).toBeUndefined();
    expect(readComposerText(column!).text).toBe('Column post');
    expect(composerContext(column!, '/i/tweetdeck')).toEqual({ reply: false, quote: false, dm: false });
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
  test.each([
    ['[role="alertdialog"]', (d: Element) => d.setAttribute('role', 'alertdialog')],
    ['a pop-up after twc-cc-mask, with no role', (d: Element) => {
      d.removeAttribute('role');
      const mask = document.createElement('div');
      mask.setAttribute('data-testid', 'twc-cc-mask');
      d.before(mask);
    }],
  ])('a reply in %s is a reply, as in [role="dialog"]', (_name, reshape) => {
    load('reply');
    reshape(document.querySelector('[role="dialog"]')!);
    const composer = findComposers(document).find((c) => c.root.closest(S.dialog))!;
    expect(composer).toBeDefined();
    expect(composerContext(composer, '/compose/post')).toEqual({ reply: true, quote: false, dm: false });
  });
  test("X Chat's file input outside the message form attaches to the chat box; any other stray input to none", () => {
    load('x-chat');
    const composers = findComposers(document);
    const input = document.createElement('input');
    input.type = 'file';
    document.body.append(input);
    expect(composerOf(composers, input)).toBeUndefined();
    input.setAttribute('data-testid', 'dm-composer-file-input');
    expect(composerOf(composers, input)?.surface).toBe('chat');
  });
  test('control: the same pop-up with neither role nor mask is not found as one', () => {
    load('reply');
    document.querySelector('[role="dialog"]')!.removeAttribute('role');
    expect(findComposers(document).some((c) => c.root.closest(S.dialog))).toBe(false);
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
