/** What the school's managed policy is doing: applied, last good kept, values dropped, errors. */
import type { ProfileState } from '../profile/store';
import { Notice } from '../ui/bits';

export function ManagedBanner({ state }: { state: ProfileState }) {
  const m = state.managed;
  const localProblems = state.problems.filter((p) => p.startsWith('stored profile:'));
  return (
    <>
      {m.status === 'applied' && (
        <Notice kind="info" title={`Your school manages ${state.locked.length} setting${state.locked.length === 1 ? '' : 's'}${m.policyName ? ` (${m.policyName})` : ''}. `}>
          They show as "Set by your school" and can only be changed in the school's policy.
        </Notice>
      )}
      {(m.status === 'last-good' || m.status === 'partial' || m.status === 'rejected') && (
        <div data-testid="managed-problems">
          <Notice kind={m.status === 'rejected' ? 'error' : 'warn'} title="There is a problem with your school's policy. ">
            {m.notes.filter((n) => !n.startsWith('The policy has no expectedFields')).join(' ')}
            <ul>
              {m.dropped.map((d) => <li key={d}>The browser dropped <code>{d}</code>: its value did not fit the policy schema.</li>)}
              {m.errors.map((e) => <li key={e}>{e}</li>)}
            </ul>
          </Notice>
        </div>
      )}
      {localProblems.length > 0 && (
        <Notice kind="error" title="The profile saved on this computer could not be read; the built-in default is in force:">
          <ul>{localProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </Notice>
      )}
    </>
  );
}
