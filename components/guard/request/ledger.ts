/**
 * Posts the composer guard already let through (a known send button or key,
 * checked and allowed at that moment). The request that follows a moment
 * later carries the same words: it passes without a second check, so the
 * teacher is never asked twice. Entries expire: an old allow says nothing
 * about a new request.
 */
import { draftFingerprint } from '../gate';

export interface LedgerEntry {
  /** Fingerprints (words only) of each post of the allowed draft (a thread has several). */
  posts: string[];
  imageCount: number;
  at: number;
}

export const LEDGER_TTL_MS = 60_000;

export class SendLedger {
  private entries: LedgerEntry[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** The composer guard allowed these posts (the texts of a thread's editors) with these many images. */
  record(texts: readonly string[], imageCount: number): void {
    const at = this.now();
    this.entries = this.entries.filter((e) => at - e.at < LEDGER_TTL_MS);
    this.entries.push({ posts: texts.map((t) => draftFingerprint(t, [])), imageCount, at });
  }

  /** Was a post with these words (and no more images than were checked) just allowed? */
  allows(text: string, mediaCount: number): boolean {
    const at = this.now();
    const fingerprint = draftFingerprint(text, []);
    return this.entries.some((e) => at - e.at < LEDGER_TTL_MS && e.posts.includes(fingerprint) && mediaCount <= e.imageCount);
  }
}
