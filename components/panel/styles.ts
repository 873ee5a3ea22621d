/**
 * The panel's own styles, inside its shadow root (X's styles and ours never
 * mix). Colours meet WCAG AA contrast on white and in X's dark themes the
 * panel keeps its own light card so contrast never depends on X.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; pointer-events: none; }
.sp { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-left: 4px solid #1a7f37; border-radius: 8px;
  padding: 8px 12px; margin: 6px 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.sp[data-verdict="warn"] { border-left-color: #9a6700; }
.sp[data-verdict="confirm"] { border-left-color: #0969da; }
.sp[data-verdict="block"], .sp[data-verdict="held"] { border-left-color: #cf222e; }
.status { display: flex; align-items: center; gap: 6px; font-size: 12px; color: #57606a; }
.status .dot { width: 8px; height: 8px; border-radius: 50%; background: #1a7f37; flex: none; }
.status[data-active="false"] .dot { background: #cf222e; }
.status strong { color: #1f2328; font-weight: 600; }
.banner { margin: 8px 0 2px; padding: 8px 10px; border-radius: 6px; background: #ffebe9; color: #82071e;
  border: 1px solid #ff818266; font-weight: 600; }
.held { margin: 8px 0 2px; padding: 6px 10px; border-radius: 6px; background: #fff8c5; color: #4d2d00;
  border: 1px solid #d4a72c66; font-weight: 600; }
.pending { margin: 8px 0 2px; color: #0550ae; font-weight: 600; }
ul { list-style: none; margin: 6px 0 0; padding: 0; }
li.finding { padding: 6px 0; border-top: 1px solid #eaeef2; }
li.finding:first-child { border-top: none; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
  border-radius: 4px; padding: 1px 6px; margin-right: 6px; color: #fff; background: #57606a; }
.sev.block { background: #cf222e; } .sev.confirm { background: #0969da; } .sev.warn { background: #9a6700; }
.msg { font-weight: 600; }
.match { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #fff1e5; color: #7a2e0e;
  border-radius: 3px; padding: 0 3px; }
.hint { color: #57606a; margin-top: 2px; }
.group { margin-top: 8px; font-size: 12px; font-weight: 700; color: #57606a; text-transform: uppercase; letter-spacing: .04em; }
.attest { display: flex; gap: 8px; align-items: flex-start; margin-top: 8px; padding: 6px 8px; border-radius: 6px;
  background: #ddf4ff; color: #0a3069; cursor: pointer; }
.attest input { width: 18px; height: 18px; margin: 1px 0 0; accent-color: #0969da; cursor: pointer; flex: none; }
.attest input:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.ok { color: #1a7f37; font-weight: 600; margin-top: 4px; }
.img-failed { color: #82071e; }
.thumb { position: relative; display: inline-block; margin-top: 6px; max-width: 100%; line-height: 0; }
.thumb img { max-width: 100%; max-height: 140px; border-radius: 6px; border: 1px solid #d0d7de; }
.thumb .mark { position: absolute; box-sizing: border-box; border: 3px solid #cf222e; border-radius: 3px;
  box-shadow: 0 0 0 1px #fff; pointer-events: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.toast { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; }
.toast button { margin-top: 6px; font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #d0d7de;
  background: #f6f8fa; color: #1f2328; cursor: pointer; }
.toast button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }

/* The floating card (mount.ts, anchor.ts): only the card itself takes clicks, never the empty rest of the host's box. */
.frame { pointer-events: auto; position: relative; max-height: var(--sp-max-height, 70vh); overflow: auto;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(15,20,25,.18); overscroll-behavior: contain; }
.frame:focus { outline: none; }
.frame:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.frame > .sp { margin: 0; box-shadow: none; }
.collapse { position: absolute; top: 6px; right: 8px; font: 12px/1.2 system-ui, sans-serif; padding: 3px 8px; border-radius: 999px;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; cursor: pointer; z-index: 1; }
.collapse:focus-visible, .chip button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.sp.chip { display: inline-flex; pointer-events: auto; margin: 0; padding: 0; border-radius: 999px; border-left-width: 1px;
  box-shadow: 0 2px 8px rgba(15,20,25,.15); }
.chip button.status { font: inherit; font-size: 12px; color: #57606a; background: none; border: 0; border-radius: 999px;
  padding: 4px 10px; cursor: pointer; display: flex; align-items: center; gap: 6px; white-space: nowrap; }
`;

/** Highlights of matched spans in X's editor: page-level CSS, the editor's DOM is never touched. */
export const HIGHLIGHT_CSS = `
::highlight(safepost-block) { background-color: rgba(207, 34, 46, 0.22); text-decoration: underline wavy #cf222e; }
::highlight(safepost-confirm) { background-color: rgba(9, 105, 218, 0.18); text-decoration: underline #0969da; }
::highlight(safepost-warn) { background-color: rgba(212, 167, 44, 0.28); }
`;
