import { useEffect, useState } from 'preact/hooks';
import { loadReminders, passwordStatus, saveReminders, type Reminders } from '../profile/reminders';
import { dayKey } from '../profile/audit';

const fmt = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Droxford: "The school will change the Twitter account password on a termly basis." */
export function PasswordReminder() {
  const [reminders, setReminders] = useState<Reminders>();
  useEffect(() => void loadReminders().then(setReminders), []);
  if (!reminders) return null;
  const status = passwordStatus(reminders);
  const set = async (date: string) => {
    const next = { ...reminders, passwordChangedAt: date || undefined };
    await saveReminders(next);
    setReminders(next);
  };
  return (
    <section class="card" data-testid="password-reminder">
      <h2>Account password</h2>
      <p>School policy asks for the X account passwords to be changed every term.</p>
      {status.state === 'due' && (
        <div class="notice warn" style="margin-bottom:12px">
          <strong>A password change is due.</strong> Last changed {fmt(status.changed)}; the {status.term.name} term has begun since.
        </div>
      )}
      {status.state === 'ok' && <div class="notice ok" style="margin-bottom:12px">Changed {fmt(status.changed)}: up to date for the {status.term.name} term.</div>}
      {status.state === 'unknown' && <div class="notice info" style="margin-bottom:12px">Record the date the passwords were last changed to get a reminder each term.</div>}
      <div class="row">
        <label for="pw-date">Last changed</label>
        <input id="pw-date" type="date" value={reminders.passwordChangedAt ?? ''} onChange={(e) => set(e.currentTarget.value)} />
        <button onClick={() => set(dayKey(new Date()))}>Changed today</button>
      </div>
    </section>
  );
}
