// @vitest-environment happy-dom
/** While an image is checked, the panel says which stage the image host has reached. */
import { expect, test } from 'vitest';
import { Panel, type PanelModel } from '../../../../components/panel/Panel';
import type { ImageStatus } from '../../../../components/guard/images';
import { mount } from '../../../fixtures/dom';


function pendingText(status: ImageStatus): string | undefined {
  const model: PanelModel = {
    status: { active: true, text: 'checking against Test' },
    decision: { allow: false, kind: 'image-pending', message: 'Checking your images…' },
    verdict: 'ok',
    findings: [],
    posts: [],
    images: [status],
    attestations: [],
  };
  const root = mount(<Panel model={model} onIntent={async () => ({ ok: true, message: '' })} />);
  return root.querySelector('li[data-image="0"] .pending')?.textContent ?? undefined;
}

test.each([
  [{ state: 'pending' }, 'Checking image…'],
  [{ state: 'pending', stage: 'decode' }, 'Checking image…'],
  [{ state: 'pending', stage: 'text' }, 'Checking image: reading its text…'],
  [{ state: 'pending', stage: 'faces' }, 'Checking image: looking for faces…'],
  [{ state: 'done', text: '' }, undefined],
] as [ImageStatus, string | undefined][])('%o → %s', (status, text) => {
  expect(pendingText(status)).toBe(text);
});
