/**
 * "Cover faces" under an image with uncovered faces: one click makes a copy
 * with a sticker over every face and puts it in the post instead (the guard
 * does the work, components/faces/cover-attachment.ts); this only shows the
 * button and what happened.
 */
import { useState } from 'preact/hooks';
import type { CoverOutcome } from '../faces/cover-attachment';

export function CoverFacesButton({ onCover }: { onCover: () => Promise<CoverOutcome> }) {
  const [state, setState] = useState<{ busy: boolean; outcome?: CoverOutcome }>({ busy: false });
  const cover = async () => {
    setState({ busy: true });
    let outcome: CoverOutcome;
    try {
      outcome = await onCover();
    } catch (error) {
      outcome = { ok: false, message: `Covering the faces failed: ${(error as Error)?.message ?? String(error)}` };
    }
    setState({ busy: false, outcome });
  };
  return (
    <div class="cover-faces">
      <button type="button" class="cover-faces-button" disabled={state.busy} onClick={cover}>
        {state.busy ? 'Covering faces…' : 'Cover faces'}
      </button>
      {state.outcome ? (
        <div class={state.outcome.ok ? 'cover-done' : 'cover-failed'} role="status">
          {state.outcome.message}
        </div>
      ) : null}
    </div>
  );
}
