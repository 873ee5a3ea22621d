/** The options page: a full-page admin console for the school profile. */
import { useEffect, useState } from 'preact/hooks';
import { formatDate, SourceBadge } from '../ui/bits';
import { AuditPanel } from './AuditPanel';
import { DataPanel } from './DataPanel';
import { DraftPlayground } from './DraftPlayground';
import { ManagedBanner } from './ManagedBanner';
import { RosterPanel } from './RosterPanel';
import { SeeWhoPanel } from './SeeWhoPanel';
import { parseSeeWhoHash } from '../panel/see-who';
import { SettingsPanel } from './SettingsPanel';
import { StaffPanel } from './StaffPanel';
import { useProfileState } from './useProfileState';

const SECTIONS = [
  { id: 'settings', label: 'Settings' },
  { id: 'pupils', label: 'Pupils' },
  { id: 'staff', label: 'Staff' },
  { id: 'draft', label: 'Try a draft' },
  { id: 'audit', label: 'Audit log' },
  { id: 'data', label: 'Data on this laptop' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** Old links (bookmarks, the README of earlier versions) to "Export & erase". */
const RENAMED: Record<string, SectionId> = { backup: 'data' };

function sectionFromHash(): SectionId {
  const hash = location.hash.replace(/^#/, '');
  const id = RENAMED[hash] ?? hash;
  return (SECTIONS.find((s) => s.id === id)?.id ?? 'settings') as SectionId;
}

export function App() {
  const state = useProfileState();
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  // Opened from the panel's "See who" (#see-who?…): the pupils a photo-consent warning counts.
  const [seeWho, setSeeWho] = useState(() => parseSeeWhoHash(location.hash));
  useEffect(() => {
    const onHash = () => {
      setSection(sectionFromHash());
      setSeeWho(parseSeeWhoHash(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div class="layout">
      <aside class="sidebar">
        <div class="brand">
          <Logo />
          <span>SafePost</span>
        </div>
        <nav>
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} class={s.id === section ? 'active' : ''} aria-current={s.id === section ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
        <p class="muted small sidebar-foot">Everything stays on this computer. Nothing is sent anywhere.</p>
      </aside>
      <main>
        {!state ? (
          <p class="muted">Loading the profile…</p>
        ) : state instanceof Error ? (
          <div class="notice error" role="alert">
            <strong>SafePost could not read its profile: </strong>
            {state.message}
          </div>
        ) : (
          <div class="stack">
            <header class="row page-head">
              <div>
                <h1 data-testid="school-name">{state.compiled.settings.school}</h1>
                <div class="muted small">
                  {state.profile.pupils.length} pupils · {state.profile.staff.length} staff · updated {formatDate(state.updatedAt)}
                </div>
              </div>
              <span class="spacer" />
              <SourceBadge source={state.source} />
            </header>
            <ManagedBanner state={state} />
            {seeWho && <SeeWhoPanel state={state} listed={seeWho} />}
            {!seeWho && section === 'settings' && <SettingsPanel state={state} />}
            {section === 'pupils' && <RosterPanel state={state} />}
            {section === 'staff' && <StaffPanel state={state} />}
            {section === 'draft' && <DraftPlayground state={state} />}
            {section === 'audit' && <AuditPanel />}
            {section === 'data' && <DataPanel state={state} />}
          </div>
        )}
      </main>
    </div>
  );
}

export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path fill="#2c5d80" d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z" />
      <path fill="none" stroke="white" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="m8.5 12 2.5 2.5 4.5-5" />
    </svg>
  );
}
