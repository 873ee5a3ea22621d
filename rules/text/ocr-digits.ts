/**
 * OCR misreads digits as look-alike letters ("O77OO 9OO 255", "l234").
 * For number-shaped rules (phone numbers, codes) on image text, read those
 * letters as the digits a person would see. Same length as the input, so
 * offsets found in the result index the original OCR text.
 */
const DIGIT_LOOKALIKE: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', i: '1', S: '5', s: '5', B: '8', Z: '2', z: '2' };

/** A look-alike letter counts as a digit only inside a run with real digits (a third or more). */
const RUN_RE = /[0-9OoDQlI|iSsBZz]+/g;

export function ocrDigits(text: string): string {
  return text.replace(RUN_RE, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits === 0 || digits * 3 < run.length) return run;
    return [...run].map((c) => DIGIT_LOOKALIKE[c] ?? c).join('');
  });
}
