/**
 * "See who": the pupils without photo consent that a post's photo-consent
 * warning counts. The panel on x.com shows only their number (X's page
 * scripts can read it); its "See who" button opens this extension page,
 * which x.com cannot read (components/panel/see-who.ts).
 */
import type { Pupil } from '../../rules/profile/schema';
import type { ListedPupils } from '../../rules/types';
import type { ProfileState } from '../profile/store';

export function SeeWhoPanel({ state, listed }: { state: ProfileState; listed: ListedPupils }) {
  const pupils = state.compiled.pupils;
  // The roster may have changed since the post was checked: list only those still without consent.
  const rows = [...new Set(listed.pupils)].map((index) => pupils[index]).filter((p): p is Pupil => p !== undefined && !p.photoConsent);
  const where = listed.groups.length ? listed.groups.join(', ') : 'the pupils the post names';
  return (
    <section class="card stack" data-testid="see-who">
      <h2>No photo consent in {where}</h2>
      <p class="muted small">
        Make sure none of these pupils appear in the picture (or are fully out of shot). This list is shown here, on SafePost's own page, and never on X.
      </p>
      {rows.length ? (
        <table class="data" data-testid="see-who-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Group</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p, i) => (
              <tr key={i}>
                <td>{p.preferred ? `${p.preferred} (${p.forename}) ${p.surname}` : `${p.forename} ${p.surname}`}</td>
                <td>{p.group}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Everyone listed now has photo consent on the roster.</p>
      )}
    </section>
  );
}
