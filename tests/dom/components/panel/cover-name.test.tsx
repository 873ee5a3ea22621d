// @vitest-environment happy-dom
/**
 * A name found in a photo, in the card: a box on the picture's thumbnail
 * where the name is, and "Cover name" (one click, as "Cover faces"), for the
 * findings that carry boxes (rules/engine.ts Finding.boxes).
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type IntentOutcome, type PanelIntent, type PanelModel } from '../../../../components/panel/Panel';
import { coverLabel, textBoxesOf } from '../../../../components/panel/text-marks';
import { textCoverRects } from '../../../../components/ocr/cover-text';
import type { Finding } from '../../../../rules/types';
import { blockedPanelModel, mount } from '../../../fixtures/dom';

afterEach(() => {
  document.body.innerHTML = '';
});

const BOX = { x: 0.1, y: 0.05, w: 0.3, h: 0.06 };
const named: Finding = {
  rule: 'name-with-photo',
  severity: 'block',
  source: 'image',
  image: 0,
  match: 'bryn',
  message: 'The attached image shows the name of a pupil.',
  hint: 'Crop or cover the name in the image.',
  boxes: [BOX],
};
const code: Finding = { ...named, rule: 'safeguarding-secret', match: '5820#', boxes: [{ ...BOX, y: 0.5 }] };

function model(findings: Finding[], thumbnails?: string[]): PanelModel {
  return blockedPanelModel(findings, [{ state: 'done', text: 'name: bryn' }], thumbnails ? { thumbnails } : {});
}

describe('a name in a photo, in the card', () => {
  test.each([
    ['a name: its box on the thumbnail and "Cover name"', [named], 1, 'Cover name'],
    ['a code alone: "Cover code"', [code], 1, 'Cover code'],
    ['a name and a code: both marked', [named, code], 2, 'Cover name'],
    ['the same line found by two rules: one box', [named, { ...named, rule: 'pupil-name' as const }], 1, 'Cover name'],
  ])('%s', async (_name, findings, marks, label) => {
    const intents: PanelIntent[] = [];
    const onIntent = vi.fn(async (intent: PanelIntent): Promise<IntentOutcome> => {
      intents.push(intent);
      return { ok: true, message: 'Name covered.' };
    });
    const el = mount(<Panel model={model(findings, ['blob:https://x.com/1'])} onIntent={onIntent} />);
    const group = el.querySelector('li[data-image="0"]')!;
    expect(group.querySelector('.thumb img')?.getAttribute('src')).toBe('blob:https://x.com/1');
    expect(group.querySelectorAll('.thumb .mark').length).toBe(marks);
    const button = [...group.querySelectorAll('button')].find((b) => b.textContent === label);
    expect(button).toBeDefined();
    await act(async () => {
      button!.click();
    });
    expect(intents).toEqual([{ kind: 'cover-text', image: 0 }]);
    expect(group.querySelector('.cover-done')?.textContent).toMatch(/covered/);
  });

  test('no boxes (a draft checked by an older host): no thumbnail, no button', () => {
    const el = mount(<Panel model={model([{ ...named, boxes: undefined }], ['blob:https://x.com/1'])} onIntent={async () => ({ ok: true, message: '' })} />);
    expect(el.querySelector('.thumb')).toBeNull();
    expect([...el.querySelectorAll('button')].some((b) => /Cover/.test(b.textContent ?? ''))).toBe(false);
  });

  test('only X\'s own thumbnail URL is shown', () => {
    const el = mount(<Panel model={model([named], ['https://elsewhere.example/x.png'])} onIntent={async () => ({ ok: true, message: '' })} />);
    expect(el.querySelector('.thumb')).toBeNull();
    expect([...el.querySelectorAll('button')].some((b) => b.textContent === 'Cover name')).toBe(true);
  });

  test('textBoxesOf and coverLabel leave out warnings and other images', () => {
    expect(textBoxesOf([{ ...named, severity: 'warn' }, { ...named, image: 1 }], 0)).toEqual([]);
    expect(coverLabel([code], 0)).toBe('Cover code');
  });

  test('the cover is the line grown by a margin, inside the picture', () => {
    expect(textCoverRects([{ x: 0, y: 0.5, w: 0.5, h: 0.1 }], 1000, 100)).toEqual([{ x: 0, y: 46.5, w: 503.5, h: 17 }]);
  });
});
