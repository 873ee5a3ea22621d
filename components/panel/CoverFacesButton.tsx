/**
 * "Cover faces" under an image with uncovered faces: one click makes a copy
 * with a sticker over every face and puts it in the post instead (the guard
 * does the work, components/faces/cover-attachment.ts); this only shows the
 * button and what happened.
 */
import { useState } from 'preact/hooks';
import type { CoverOutcome } from '../faces/cover-attachment';

/** Also "Cover name" (a name or a code in the picture): the same one click, with its own words. */
export function CoverFacesButton({
  onCover,
  label = 'Cover faces',
  busyLabel = 'Covering faces…',
  failure = 'Covering the faces failed',
}: {
  onCover: () => Promise<CoverOutcome>;
  label?: string;
  busyLabel?: string;
  failure?: string;
}) {
  const [state, setState] = useState<{ busy: boolean; outcome?: CoverOutcome }>({ busy: false });
  const cover = async () => {
    setState({ busy: true });
    let outcome: CoverOutcome;
    try {
      outcome = await onCover();
    } catch (error) {
      outcome = { ok: false, message: `${failure}: ${(error as Error)?.message ?? String(error)}` };
    }
    setState({ busy: false, outcome });
  };
  return (
    <div class="cover-faces">
      <button type="button" class="cover-faces-button" disabled={state.busy} onClick={cover}>
        {state.busy ? busyLabel : label}
      </button>
      {state.outcome ? (
        <div class={state.outcome.ok ? 'cover-done' : 'cover-failed'} role="status">
          {state.outcome.message}
        </div>
      ) : null}
    </div>
  );
}
