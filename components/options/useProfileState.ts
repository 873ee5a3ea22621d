import { useEffect, useState } from 'preact/hooks';
import { loadProfileState, watchProfileState, type ProfileState } from '../profile/store';

/** The profile in force, kept current as storage (local or managed) changes; an Error if it cannot be read. */
export function useProfileState(): ProfileState | Error | undefined {
  const [state, setState] = useState<ProfileState | Error>();
  useEffect(() => {
    let live = true;
    loadProfileState().then(
      (s) => live && setState(s),
      (e: unknown) => live && setState(e instanceof Error ? e : new Error(String(e))),
    );
    const stop = watchProfileState((s) => live && setState(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
