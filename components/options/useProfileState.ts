import { useEffect, useState } from 'preact/hooks';
import { loadProfileState, watchProfileState, type ProfileState } from '../profile/store';

/** The profile in force, kept current as storage (local or managed) changes. */
export function useProfileState(): ProfileState | undefined {
  const [state, setState] = useState<ProfileState>();
  useEffect(() => {
    let live = true;
    void loadProfileState().then((s) => live && setState(s));
    const stop = watchProfileState((s) => live && setState(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
