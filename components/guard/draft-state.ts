/**
 * What one composer remembers between evaluations, each thing tied to the
 * draft it was given for (its fingerprint: text and images): the boxes the
 * teacher ticked, and the notice of a held send. Typing or attaching makes a
 * new draft, and both lapse: a tick never carries over to words it was not
 * given for.
 */
import { draftFingerprint } from './gate';

export class DraftState {
  /** The draft as last seen. */
  fingerprint = '';
  /** Attestation → fingerprint of the draft it was ticked for. */
  private readonly ticks = new Map<string, string>();
  private held: { message: string; fingerprint: string } | undefined;

  /** The composer now holds this draft: ticks and the held notice of any other draft lapse. */
  observe(fingerprint: string): void {
    this.fingerprint = fingerprint;
    for (const [attestation, fp] of this.ticks) if (fp !== fingerprint) this.ticks.delete(attestation);
    if (this.held && this.held.fingerprint !== fingerprint) this.held = undefined;
  }

  /** The attestations ticked for the current draft. */
  get ticked(): ReadonlySet<string> {
    return this.tickedFor(this.fingerprint);
  }

  /** Attestations ticked for a draft with this fingerprint (the request guard asks for the words X is sending). */
  tickedFor(fingerprint: string): ReadonlySet<string> {
    return new Set([...this.ticks].filter(([, fp]) => fp === fingerprint).map(([attestation]) => attestation));
  }

  tick(attestation: string, ticked: boolean): void {
    if (ticked) this.ticks.set(attestation, this.fingerprint);
    else this.ticks.delete(attestation);
  }

  /** A send of the current draft was held: say why until the draft changes. */
  hold(message: string): void {
    this.held = { message, fingerprint: this.fingerprint };
  }

  get heldNotice(): string | undefined {
    return this.held?.message;
  }
}

/** The fingerprint of a draft with nothing in it: the composer after X cleared it (audit: a new draft starts). */
export const EMPTY_DRAFT = draftFingerprint('', []);
