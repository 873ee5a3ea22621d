/**
 * One card per thing to fix in the draft (group-findings.ts): what it is, the
 * rules it breaks, one line of why, the fix, one-click fixes where the fix is
 * mechanical, and the statements to tick for its confirm findings.
 * Rendered into x.com's page: it shows the findings' page-safe texts
 * (group-findings.ts pageText), and pupils a finding lists only through
 * "See who", which opens an extension page (see-who.ts).
 */
import { useState } from 'preact/hooks';
import type { TextFix } from '../../rules/fixes';
import { SeverityBadge } from '../ui/SeverityBadge';
import type { ListedPupils } from '../../rules/types';
import { pageText, type FindingGroup } from './group-findings';
import { requestSeeWho } from './see-who';
import type { OnIntent } from './Panel';

export interface FindingCardProps {
  group: FindingGroup;
  /** Where the card's problem is: "Post 2", "Image 1 shows"; empty for a single post. */
  where: string;
  /** The card's one-click fixes, best first (from its findings: Finding.fixes). */
  fixes: readonly TextFix[];
  attestations: readonly { text: string; ticked: boolean }[];
  onIntent: OnIntent;
  /** Opens the extension page listing the card's pupils; resolves false when it could not. Defaults to asking the background. */
  onSeeWho?(listed: ListedPupils): Promise<boolean>;
}

export function Attestation({ text, ticked, onIntent }: { text: string; ticked: boolean; onIntent: OnIntent }) {
  return (
    <label class="attest">
      <input
        type="checkbox"
        checked={ticked}
        onChange={(e) => void onIntent({ kind: 'attest', attestation: text, ticked: (e.currentTarget as HTMLInputElement).checked })}
      />
      <span>{text}</span>
    </label>
  );
}

function FixButtons({ fixes, onIntent }: Pick<FindingCardProps, 'fixes' | 'onIntent'>) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (fixes.length === 0) return null;
  const run = async (fix: TextFix) => {
    setBusy(true);
    setFailed(false);
    try {
      setFailed(!(await onIntent({ kind: 'apply-fix', fix })).ok);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="fixes">
      {fixes.map((fix) => (
        <button
          type="button"
          class="fix"
          key={`${fix.start}:${fix.end}:${fix.replacement}`}
          disabled={busy}
          data-fix={fix.replacement}
          // Keep the caret in the editor: a mouse click on the button must not take focus from it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void run(fix)}
        >
          {fix.label}
        </button>
      ))}
      {failed ? <div class="fix-failed" role="status">That fix could not be made here: please edit the text yourself.</div> : null}
    </div>
  );
}

function SeeWho({ listed, onSeeWho = requestSeeWho }: { listed: ListedPupils; onSeeWho?: FindingCardProps['onSeeWho'] }) {
  const [failed, setFailed] = useState(false);
  return (
    <div class="see-who">
      <button
        type="button"
        class="fix"
        data-see-who=""
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void onSeeWho(listed).then((ok) => setFailed(!ok))}
      >
        See who
      </button>
      {failed ? <div class="fix-failed" role="status">SafePost could not open the list: open its options page, Pupils.</div> : null}
    </div>
  );
}

export function FindingCard({ group, where, fixes, attestations, onIntent, onSeeWho }: FindingCardProps) {
  const top = group.findings[0]!;
  const said = pageText(top).message;
  const more = group.findings.filter((f, i) => i > 0 && pageText(f).message !== said && group.findings.findIndex((o) => o.rule === f.rule) === i);
  return (
    <li class="card finding" data-group={group.key} data-severity={group.severity} data-card-rule={top.rule}>
      <div class="card-head">
        <SeverityBadge severity={group.severity} />
        <span class="match">{group.match}</span>
        {where ? <span class="where">{where}</span> : null}
      </div>
      <ul class="breaks" aria-label="Breaks">
        {group.rules.map((r) => (
          <li key={r.rule} data-rule={r.rule} data-severity={r.severity}>
            {r.name}
          </li>
        ))}
      </ul>
      <div class="why msg">{group.why}</div>
      <div class="hint">Fix: {group.fix}</div>
      {group.listed ? <SeeWho listed={group.listed} onSeeWho={onSeeWho} /> : null}
      <FixButtons fixes={fixes} onIntent={onIntent} />
      {attestations.map((a) => (
        <Attestation key={a.text} text={a.text} ticked={a.ticked} onIntent={onIntent} />
      ))}
      {more.length ? (
        <details>
          <summary>Why else</summary>
          {more.map((f) => (
            <p key={f.rule} data-rule-message={f.rule}>
              {pageText(f).message}
            </p>
          ))}
        </details>
      ) : null}
    </li>
  );
}
