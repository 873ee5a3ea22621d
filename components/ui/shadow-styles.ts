/**
 * Styles SafePost adds to x.com: to its own shadow roots (panel, notices,
 * overlays) and to the document (the highlight colours).
 *
 * A constructed stylesheet adopted by the root is preferred: it is not
 * subject to the page's CSP and is built once per CSS text however many
 * composers are open. Firefox ESR 140 throws "Accessing from Xray wrapper is
 * not supported" when a content script sets adoptedStyleSheets on a page
 * node (the sheet lives in the content script's compartment); 153 accepts
 * it. There, and wherever constructed sheets are missing, a <style> element
 * does the job: styles inserted by an extension's content script are exempt
 * from the page's CSP in both browsers.
 */
const sheets = new Map<string, CSSStyleSheet | null>();
/** Which CSS texts each root already has, so a re-render never adds a second copy. */
const added = new WeakMap<ShadowRoot | Document, Set<string>>();
/** Set false after the first refusal: every later root is styled with <style> at once. */
let adoptionWorks = true;

function constructedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

function adopt(root: ShadowRoot | Document, sheet: CSSStyleSheet): boolean {
  if (!adoptionWorks) return false;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return true;
  } catch {
    adoptionWorks = false;
    return false;
  }
}

function appendStyleElement(root: ShadowRoot | Document, css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  // nodeType, not instanceof: a document from another realm (a frame, a test DOM) is still a document.
  if (root.nodeType === Node.DOCUMENT_NODE) {
    const doc = root as Document;
    (doc.head ?? doc.documentElement).append(style);
  } else (root as ShadowRoot).append(style);
}

/** Adds `css` to a shadow root or the document, once per root. */
export function adoptStyles(root: ShadowRoot | Document, css: string): void {
  let has = added.get(root);
  if (!has) added.set(root, (has = new Set()));
  if (has.has(css)) return;
  has.add(css);
  const sheet = constructedSheet(css);
  if (sheet && adopt(root, sheet)) return;
  appendStyleElement(root, css);
}
