/**
 * adoptStyles: constructed sheets where the browser accepts them, a <style>
 * element where it refuses (Firefox ESR 140 throws on adoptedStyleSheets set
 * from a content script), and never a second copy on re-render.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module per test: the "adoption works" flag is module state. */
async function freshAdoptStyles() {
  vi.resetModules();
  return (await import('../../../../components/ui/shadow-styles')).adoptStyles;
}

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

/** Makes every root refuse adoptedStyleSheets as Firefox 140 does through Xray wrappers. */
function refuseAdoption() {
  return vi.spyOn(ShadowRoot.prototype, 'adoptedStyleSheets', 'set').mockImplementation(() => {
    throw new Error('Accessing from Xray wrapper is not supported.');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('adoptStyles', () => {
  it('adopts one constructed sheet per CSS text, once per root', async () => {
    const adoptStyles = await freshAdoptStyles();
    const root = shadowRoot();
    adoptStyles(root, '.a { color: red; }');
    adoptStyles(root, '.a { color: red; }');
    adoptStyles(root, '.b { color: blue; }');
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.querySelectorAll('style')).toHaveLength(0);
  });

  it('falls back to a <style> element when the root refuses adoption, and keeps doing so', async () => {
    const adoptStyles = await freshAdoptStyles();
    const setter = refuseAdoption();
    const first = shadowRoot();
    adoptStyles(first, '.a { color: red; }');
    adoptStyles(first, '.a { color: red; }');
    expect([...first.querySelectorAll('style')].map((s) => s.textContent)).toEqual(['.a { color: red; }']);

    const second = shadowRoot();
    adoptStyles(second, '.b { color: blue; }');
    expect(second.querySelectorAll('style')).toHaveLength(1);
    expect(setter).toHaveBeenCalledTimes(1); // not tried again after the first refusal
  });

  it('styles the document too (the highlight colours)', async () => {
    const adoptStyles = await freshAdoptStyles();
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    adoptStyles(document, '::highlight(x) { color: red; }');
    delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    expect([...document.head.querySelectorAll('style')].some((s) => s.textContent === '::highlight(x) { color: red; }')).toBe(true);
  });
});
