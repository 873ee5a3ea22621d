/**
 * A one-click fix: replace [start, end) of the checked text with
 * `replacement`. Offsets are those of the findings (UTF-16, into the text the
 * engine checked). `original` is the text the fix was computed for: whoever
 * applies it first checks the draft still reads so there, and does nothing if
 * the teacher has typed on since. Pure data: the guard applies it through the
 * editor's own input handling (components/guard/apply-fix.ts).
 */
export interface TextFix {
  start: number;
  end: number;
  replacement: string;
  /** The button's words: "Use 'Tamsin'", "Remove '07700 900562'". */
  label: string;
  original: string;
}
