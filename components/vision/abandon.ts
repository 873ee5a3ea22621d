/**
 * Runs an analysis gave up on. The host's deadline rejects the caller at
 * once, but the run itself goes on until its next await; it must then stop
 * rather than use the CPU for nothing, or restart an engine the host has
 * already released. Every reset starts a new generation; a run checks at
 * each stage that its own is still current.
 */

/** Thrown inside a run that was given up; never reaches the caller (the host already rejected with a timeout). */
export class RunAbandoned extends Error {}

export class RunGenerations {
  private current = 0;

  /** Called by reset(): every run started before is abandoned. */
  abandonAll(): void {
    this.current++;
  }

  /** A checkpoint for a run starting now: throws RunAbandoned once a reset happened since. */
  checkpoint(): () => void {
    const own = this.current;
    return () => {
      if (own !== this.current) throw new RunAbandoned('image check abandoned');
    };
  }
}
