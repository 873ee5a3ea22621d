// @vitest-environment happy-dom
/**
 * "Cover faces" in the panel and the swap through X's own controls, on a DOM
 * shaped like X's composer (attachments with a × each, the toolbar's file input).
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type IntentOutcome, type PanelModel } from '../../../../components/panel/Panel';
import { replaceAttachment } from '../../../../components/x/adapter';
import type { Finding } from '../../../../rules/types';
import { blockedPanelModel, mount } from '../../../fixtures/dom';

afterEach(() => {
  document.body.innerHTML = '';
});

const uncovered: Finding = {
  rule: 'uncovered-face',
  severity: 'block',
  source: 'image',
  image: 0,
  match: '4 faces',
  message: 'Faces of all children will be covered (school policy).',
  hint: 'Use "Cover faces".',
  faces: [{ x: 0.1, y: 0.1, w: 0.1, h: 0.1 }],
};

function model(findings: Finding[]): PanelModel {
  return blockedPanelModel(findings, [{ state: 'done', text: '', faces: uncovered.faces! }]);
}

/** The panel for `findings`; "Cover faces" on image N answers with `cover(N)`. */
function mountPanel(findings: Finding[], cover: (image: number) => Promise<IntentOutcome>): HTMLElement {
  return mount(<Panel model={model(findings)} onIntent={(intent) => (intent.kind === 'cover-faces' ? cover(intent.image) : Promise.resolve({ ok: false, message: '' }))} />);
}

describe('Cover faces button', () => {
  test('is offered under an image with uncovered faces, and says what happened', async () => {
    const cover = vi.fn(async () => ({ ok: true as const, message: 'Faces covered: the picture in your post is now the covered copy.' }));
    const el = mountPanel([uncovered], cover);
    const button = el.querySelector<HTMLButtonElement>('li[data-image="0"] button.cover-faces-button');
    expect(button?.textContent).toBe('Cover faces');
    await act(async () => {
      button!.click();
    });
    expect(cover).toHaveBeenCalledWith(0);
    expect(el.querySelector('.cover-done')?.textContent).toMatch(/Faces covered/);
  });

  test('a failure is shown with what to do, never swallowed', async () => {
    const el = mountPanel([uncovered], async () => ({ ok: false, message: 'Remove this picture, then attach photo-faces-covered.jpg' }));
    await act(async () => {
      el.querySelector<HTMLButtonElement>('button.cover-faces-button')!.click();
    });
    expect(el.querySelector('.cover-failed')?.textContent).toMatch(/attach photo-faces-covered\.jpg/);
  });

  test('is not offered without an uncovered-face finding', () => {
    const other: Finding = { ...uncovered, rule: 'group-photos-only', match: '1 face' };
    const el = mountPanel([other], async () => ({ ok: true, message: '' }));
    expect(el.querySelector('button.cover-faces-button')).toBeNull();
  });
});

describe('replaceAttachment', () => {
  function composer(): { root: HTMLElement; removed: number[]; changes: File[][] } {
    document.body.innerHTML = `
      <div id="composer">
        <div data-testid="attachments">
          <div role="group"><img src="blob:a"><button data-testid="removeMedia" aria-label="Remove media">×</button></div>
          <div role="group"><img src="blob:b"><button data-testid="removeMedia" aria-label="Remove media">×</button></div>
        </div>
        <nav data-testid="toolBar"><input data-testid="fileInput" type="file" multiple></nav>
      </div>`;
    const state = { root: document.getElementById('composer')!, removed: [] as number[], changes: [] as File[][] };
    document.querySelectorAll('[data-testid="removeMedia"]').forEach((b, i) => b.addEventListener('click', () => state.removed.push(i)));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    input.addEventListener('change', () => state.changes.push([...(input.files ?? [])]));
    return state;
  }

  test("removes the old picture with X's × and hands the copy to X's file input", () => {
    const state = composer();
    const file = new File([new Uint8Array([1, 2, 3])], 'photo-faces-covered.jpg', { type: 'image/jpeg' });
    expect(replaceAttachment(state.root, 1, file)).toBe(true);
    expect(state.removed).toEqual([1]);
    expect(state.changes).toHaveLength(1);
    expect(state.changes[0]!.map((f) => f.name)).toEqual(['photo-faces-covered.jpg']);
  });

  test('without X controls nothing is touched (the caller downloads the copy instead)', () => {
    document.body.innerHTML = '<div id="composer"><div data-testid="attachments"><div role="group"><img src="blob:a"></div></div></div>';
    expect(replaceAttachment(document.getElementById('composer')!, 0, new File([], 'x.jpg'))).toBe(false);
  });
});
