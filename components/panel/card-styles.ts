/**
 * Styles of the finding cards (FindingCard.tsx), adopted by the panel's
 * shadow root next to the panel's own sheet (styles.ts), so the cards carry
 * their look with them whatever host the panel is mounted in.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { adoptStyles } from '../ui/shadow-styles';

export const CARD_CSS = `
li.card { padding: 8px 0; border-top: 1px solid #eaeef2; }
li.card:first-child { border-top: none; }
.card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.card-head .where { color: #57606a; font-size: 12px; }
.breaks { margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 12px; color: #57606a; }
.breaks li { display: inline-flex; align-items: center; gap: 4px; }
.breaks li::before { content: ""; width: 6px; height: 6px; border-radius: 50%; background: currentColor; flex: none; }
.breaks li[data-severity="block"] { color: #82071e; }
.breaks li[data-severity="confirm"] { color: #0a3069; }
.breaks li[data-severity="warn"] { color: #4d2d00; }
.why { margin-top: 4px; }
.card .hint { margin-top: 2px; color: #57606a; }
.card details { margin-top: 4px; font-size: 12px; color: #57606a; }
.card details summary { cursor: pointer; }
.card details p { margin: 4px 0 0; }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button.fix { font: inherit; font-size: 13px; font-weight: 600; padding: 3px 10px; border-radius: 999px; cursor: pointer;
  border: 1px solid #0969da; background: #fff; color: #0969da; }
button.fix:hover { background: #ddf4ff; }
button.fix:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
button.fix:disabled { opacity: .6; cursor: progress; }
.fix-failed { margin-top: 4px; color: #82071e; font-size: 12px; }
`;

/** Adds CARD_CSS to the shadow root the element lives in, once. */
export function useCardStyles() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (root instanceof ShadowRoot) adoptStyles(root, CARD_CSS);
  });
  return ref;
}
