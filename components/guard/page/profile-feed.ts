/**
 * The school profile as the page guard sees it: a quick first answer (the
 * last good policy), replaced by the full load, then every change. Holds
 * what is known (state, or why there is none) and says so in one sentence
 * (`problem()`); the guard holds every send while there is a problem.
 * Split out of page-guard.ts so its start-up behaviour has its own tests.
 */
import type { ProfileState } from '../../profile/store';
import { DEFAULT_PROFILE_LABEL, ROSTER_EXPIRED_LABEL } from '../status';
import { usableBeforeManagedRead } from '../profile-readiness';
import { ChecksUnavailableError, engine } from '../engine-slot';

export interface ProfileSource {
  loadProfile(): Promise<ProfileState>;
  /**
   * A quicker first answer than loadProfile (the last good school policy
   * instead of waiting seconds for storage.managed after a browser start);
   * loadProfile's answer replaces it. Used only when it has a roster
   * (profile-readiness.ts): until then sends are held as "loading".
   */
  loadProfileQuick?(): Promise<ProfileState>;
  watchProfile(onChange: (state: ProfileState) => void): () => void;
}

/** profileProblem's answer while no profile may be used yet: the gate holds with LOADING_PROFILE. */
export const PROFILE_LOADING = "your school's profile is still loading. Try again in a moment.";

export function profileProblem(state: ProfileState | undefined, loadError: string | undefined): string | undefined {
  if (loadError) return `the school profile could not be loaded (${loadError}).`;
  if (!state) return PROFILE_LOADING;
  if (state.source === 'default') {
    if (state.problems.length) {
      // The field, never the bad value: this sentence is shown on x.com, and a bad roster value is a pupil's name.
      return `the school profile on this computer is invalid (${withoutValue(state.problems[0]!)}). Ask your IT admin to fix it.`;
    }
  }
  return undefined;
}

/** "pupils[3].forename: must be text (got "Amelia")" → "pupils[3].forename: must be text": the options page shows the value. */
export function withoutValue(problem: string): string {
  return problem.replace(/\s*\(got [\s\S]*\)\s*$/, '');
}

export function profileLabel(state: ProfileState): string {
  // Before any admin set-up the built-in profile still checks everything but
  // pupil names (it has no roster): say so rather than look fully configured.
  if (state.source === 'default') return DEFAULT_PROFILE_LABEL;
  const school = state.compiled.settings.school;
  const kind = state.source === 'managed' ? 'managed by your school' : 'on this computer';
  // The roster saved here was erased by its retention setting: say so, never look fully configured.
  if (state.rosterExpiredAt) return `${school} profile (${kind}; ${ROSTER_EXPIRED_LABEL})`;
  return `${school} profile (${kind})`;
}

export interface ProfileFeedHooks {
  /** Something the guard shows changed: render. */
  changed(): void;
  /** The extension context is gone (a failed load may just mean that). */
  contextValid(): boolean;
  close(): void;
  /** Runs the warm-up check when the teacher is not typing (requestIdleCallback in the page). */
  idle?(task: () => void): void;
}

export class ProfileFeed {
  private state: ProfileState | undefined;
  private loadError: string | undefined;
  /** The engine module could not be loaded (engine-slot.ts): nothing on this page can be checked until it is reloaded. */
  private startFailure: string | undefined;

  constructor(
    private readonly source: ProfileSource,
    private readonly hooks: ProfileFeedHooks,
  ) {}

  start(): void {
    this.load();
    try {
      this.source.watchProfile((state) => this.set(state));
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  current(): ProfileState | undefined {
    return this.state;
  }

  problem(): string | undefined {
    return this.startFailure ?? profileProblem(this.state, this.loadError);
  }

  label(): string | undefined {
    return this.state && !this.problem() ? profileLabel(this.state) : undefined;
  }

  private load(): void {
    let full = false;
    this.source.loadProfileQuick?.().then(
      (state) => {
        // Without a roster the quick answer cannot see pupils' names: keep holding until the full load.
        if (!full && !this.state && usableBeforeManagedRead(state)) this.set(state);
      },
      () => undefined, // the full load reports its own failure
    );
    this.source.loadProfile().then(
      (state) => {
        full = true;
        this.set(state);
      },
      (error: unknown) => {
        if (!this.hooks.contextValid()) return this.hooks.close();
        if (error instanceof ChecksUnavailableError) this.startFailure = error.message;
        else this.loadError = error instanceof Error ? error.message : String(error);
        this.hooks.changed();
      },
    );
  }

  set(state: ProfileState): void {
    this.state = state;
    this.loadError = undefined;
    this.hooks.changed();
    // The first check on a new profile pays for lazy set-up in the rules (word lists, indexes):
    // pay it while the teacher is not typing, not on their first keystroke.
    const warm = () => {
      try {
        engine().check({ text: 'Warm-up: Year 4 visited the museum on Tuesday, call 01632 960123 lol' }, state.compiled);
      } catch {
        // A crashing rule is reported by the real check, where it holds the send.
      }
    };
    (this.hooks.idle ?? defaultIdle)(warm);
  }
}

function defaultIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}
