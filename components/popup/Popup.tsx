/** The toolbar popup: guard status, the profile in force, today's counts, a link to the options page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AUDIT_KEY, dayKey, dayTotals, loadAuditLog, type AuditLog } from '../profile/audit';
import { loadReminders, passwordStatus, type PasswordStatus } from '../profile/reminders';
import { Logo } from '../options/App';
import { useProfileState } from '../options/useProfileState';
import { formatDate, SourceBadge } from '../ui/bits';
import { currentTabGuard, type TabGuard } from './guard-status';

const GUARD_TEXT: Record<string, { label: string; tone: string; detail: string }> = {
  watching: { label: 'Checking posts on this tab', tone: 'ok', detail: 'Drafts are checked as you type.' },
  'no-composer': { label: 'Active on this tab', tone: 'ok', detail: 'Open the compose box to write a post.' },
  unsupported: { label: 'Posting is held on this tab', tone: 'block', detail: "SafePost cannot read this compose box, so it holds the Post button." },
  error: { label: 'Posting is held on this tab', tone: 'block', detail: 'SafePost cannot check posts on this tab right now.' },
  inactive: { label: 'Not active on this tab', tone: 'off', detail: 'SafePost checks posts on x.com and twitter.com. Reload an X tab opened before SafePost was installed.' },
};

export function Popup() {
  const loaded = useProfileState();
  const state = loaded instanceof Error ? undefined : loaded;
  const [guard, setGuard] = useState<TabGuard>();
  const [log, setLog] = useState<AuditLog>({});
  const [password, setPassword] = useState<PasswordStatus>({ state: 'unknown' });

  useEffect(() => {
    void currentTabGuard().then(setGuard);
    void loadAuditLog().then(setLog);
    void loadReminders().then((r) => setPassword(passwordStatus(r)));
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && AUDIT_KEY in changes) void loadAuditLog().then(setLog);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const today = dayTotals(log, dayKey(new Date()));
  const g = GUARD_TEXT[guard?.kind === 'active' ? guard.status.state : 'inactive']!;

  return (
    <div class="popup">
      <header class="row">
        <Logo size={20} />
        {/* A level-one heading and a main landmark: screen-reader users jump by them (axe best practice). */}
        <h1 style="font-size:inherit;margin:0">SafePost</h1>
        <span class="spacer" />
        {state && <SourceBadge source={state.source} />}
      </header>

      <main>
      <section class={`guard ${g.tone}`} data-testid="guard-status">
        <span class={`dot ${g.tone}`} />
        <div>
          <div class="guard-label">{guard ? g.label : 'Checking this tab…'}</div>
          <div class="muted small">{guard?.kind === 'active' && guard.status.detail ? guard.status.detail : g.detail}</div>
        </div>
      </section>

      {loaded instanceof Error && <div class="notice error small">SafePost could not read its profile: {loaded.message}</div>}
      {state && (
        <section class="profile-box" data-testid="popup-profile">
          <div class="school">{state.compiled.settings.school}</div>
          <div class="muted small">
            {state.profile.pupils.length} pupils · {state.profile.staff.length} staff · updated {formatDate(state.updatedAt)}
          </div>
          {state.managed.status !== 'none' && state.managed.status !== 'applied' && (
            <div class="notice warn small" style="margin-top:8px">There is a problem with your school's policy: see Settings.</div>
          )}
        </section>
      )}

      <section class="stats" data-testid="popup-today">
        <div class="stat"><div class="value">{today.warning}</div><div class="label">Warnings today</div></div>
        <div class="stat"><div class="value">{today.block}</div><div class="label">Posts held today</div></div>
      </section>

      {password.state === 'due' && <div class="notice warn small">The school account password is due its termly change.</div>}
      </main>

      <footer>
        <button class="primary" style="width:100%" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-options">
          Open settings
        </button>
      </footer>
    </div>
  );
}
