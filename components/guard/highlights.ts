/**
 * Highlights matched spans in X's editor with the CSS Custom Highlight API:
 * ranges over the editor's text nodes, registered in the page's document
 * (CSS.highlights) and styled by ::highlight() rules in a stylesheet adopted
 * by the document. The editor's DOM is never modified (Draft.js breaks when
 * extensions edit it). Where the API is missing, the panel alone shows them.
 */
import type { Finding } from '../../rules';
import type { EditorPart, SiteAdapter } from '../site/adapter';
import { HIGHLIGHT_CSS } from '../panel/styles';
import { adoptStyles } from '../ui/shadow-styles';

const NAMES = { block: 'safepost-block', confirm: 'safepost-confirm', warn: 'safepost-warn' } as const;

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): void; clear(): void };

function registry(): HighlightRegistryLike | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights;
}


/** How the site's adapter splits a rich editor into lines (X: Draft.js blocks). */
export type EditorLines = SiteAdapter['text']['lines'];

/** Text nodes of one editor in reading order, with their offset in the editor's joined text. */
export function textNodes(editor: HTMLElement, lines: EditorLines): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = [];
  const blocks = lines(editor);
  let offset = 0;
  blocks.forEach((block, i) => {
    if (i > 0) offset += 1; // the "\n" between blocks
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      out.push({ node: text, start: offset });
      offset += text.data.length;
    }
  });
  return out;
}

export function point(nodes: { node: Text; start: number }[], at: number): [Text, number] | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (at >= n.start) return [n.node, Math.min(at - n.start, n.node.data.length)];
  }
  return undefined;
}

/** Ranges for the text findings that fall inside rich editors (textareas cannot be highlighted). */
export function rangesFor(findings: readonly Finding[], parts: readonly EditorPart[], lines: EditorLines): Map<keyof typeof NAMES, Range[]> {
  const out = new Map<keyof typeof NAMES, Range[]>();
  const nodesCache = new Map<HTMLElement, { node: Text; start: number }[]>();
  for (const f of findings) {
    if (f.source !== 'text' || f.start === undefined || f.end === undefined) continue;
    const part = parts.find((p) => f.start! >= p.offset && f.end! <= p.offset + p.text.length);
    if (!part || part.editor instanceof HTMLTextAreaElement) continue;
    let nodes = nodesCache.get(part.editor);
    if (!nodes) nodesCache.set(part.editor, (nodes = textNodes(part.editor, lines)));
    const from = point(nodes, f.start - part.offset);
    const to = point(nodes, f.end - part.offset);
    if (!from || !to) continue;
    const range = document.createRange();
    try {
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
    } catch {
      continue;
    }
    const list = out.get(f.severity) ?? [];
    list.push(range);
    out.set(f.severity, list);
  }
  return out;
}

/** Every composer's ranges, merged: one registry entry per severity for the whole page. */
export class PageHighlights {
  private readonly perComposer = new Map<object, Map<keyof typeof NAMES, Range[]>>();

  update(owner: object, ranges: Map<keyof typeof NAMES, Range[]> | undefined): void {
    if (ranges && ranges.size) this.perComposer.set(owner, ranges);
    else if (!this.perComposer.delete(owner)) return;
    this.apply();
  }

  private apply(): void {
    const reg = registry();
    const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
    if (!reg || !Highlight) return;
    adoptStyles(document, HIGHLIGHT_CSS);
    for (const severity of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      const ranges = [...this.perComposer.values()].flatMap((m) => m.get(severity) ?? []);
      if (ranges.length) reg.set(NAMES[severity], new Highlight(...ranges));
      else reg.delete(NAMES[severity]);
    }
  }
}
