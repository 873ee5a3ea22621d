/**
 * Roster, staff, settings and drafts files are UTF-8 (RULES.md). Decoding
 * anything else as UTF-8 quietly turns every byte it cannot read into
 * "\uFFFD": a Windows-1252 roster would load "Zo\uFFFD" for Zoë, and a name
 * that never matches is a name that is never caught. So callers refuse such
 * a file, naming its lines (a file-wide encoding is not one bad row whose
 * neighbours are fine). TextDecoder is in browsers and Node alike.
 */
export type Utf8Result = { ok: true; text: string } | { ok: false; badLines: number[] };

export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const badLines: number[] = [];
    // CR and LF bytes never occur inside a UTF-8 sequence, so lines can be cut on them before decoding.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      const c = i < bytes.length ? bytes[i] : 10;
      if (c !== 10 && c !== 13) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        badLines.push(line);
      }
      line++;
      if (c === 13 && bytes[i + 1] === 10) i++; // CRLF is one line end
      start = i + 1;
    }
    return { ok: false, badLines };
  }
}

/** "save the roster file as UTF-8 (in Excel: "CSV UTF-8")" — the way forward for an admin. */
export function utf8Advice(what: string): string {
  const howTo = what === 'roster' || what === 'staff' ? ' (in Excel: "CSV UTF-8")' : '';
  return `save the ${what} file as UTF-8${howTo}; nothing in it was loaded`;
}
