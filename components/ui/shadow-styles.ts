/**
 * Styles a shadow root SafePost puts on x.com. A constructed stylesheet,
 * adopted by the root, is not subject to the page's CSP (no inline styles)
 * and is built once per CSS text however many composers are open; where
 * constructed stylesheets are unavailable, a <style> element does the job.
 */
const sheets = new Map<string, CSSStyleSheet | null>();

export function adoptStyles(shadow: ShadowRoot, css: string): void {
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
  if (sheet) {
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
