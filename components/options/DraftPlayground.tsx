/**
 * "Try a draft": the same engine `check` with the same profile the compose
 * box uses, so an admin sees exactly the findings a teacher would. Images go
 * through the same OCR client (readImage); an image that cannot be read is
 * shown as such, as the compose guard treats it per profile.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { check, type CheckResult, type DraftImage, type Finding } from '../../rules';
import { readImage } from '../vision/client';
import type { ProfileState } from '../profile/store';
import { Notice, SeverityBadge } from '../ui/bits';
import { composeOutcome } from '../guard/outcome';
import { groupFindings } from '../panel/group-findings';
import type { ImageStatus } from '../guard/images';

interface Attached {
  name: string;
  status: 'reading' | 'read' | 'failed';
  text: string;
  error?: string;
}

export function DraftPlayground({ state }: { state: ProfileState }) {
  const [text, setText] = useState('');
  const [images, setImages] = useState<Attached[]>([]);
  const [reply, setReply] = useState(false);
  const [dm, setDm] = useState(false);
  const [account, setAccount] = useState('');
  const [at, setAt] = useState('');

  useEffect(() => setAccount((a) => a || state.compiled.settings.accounts[0] || ''), [state]);

  const result = useMemo<CheckResult | { error: string }>(() => {
    try {
      const draftImages: DraftImage[] = images.map((i) => ({ text: i.text }));
      return check({ text, images: draftImages, reply, dm, account: account || undefined, at: at ? new Date(at) : undefined }, state.compiled);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [text, images, reply, dm, account, at, state]);

  const attach = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const entry: Attached = { name: file.name, status: 'reading', text: '' };
      setImages((list) => [...list, entry]);
      // The compose box's own check and deadline (IMAGE_CHECK_TIMEOUT_MS).
      readImage(file).then(
        (r) => setImages((list) => list.map((i) => (i === entry ? { ...i, status: 'read', text: r.text } : i))),
        (e: unknown) => setImages((list) => list.map((i) => (i === entry ? { ...i, status: 'failed', error: e instanceof Error ? e.message : String(e) } : i))),
      );
    }
  };

  const unreadable = images.filter((i) => i.status === 'failed').length;
  const verdict = 'error' in result ? 'block' : unreadable && state.compiled.settings.unreadableImage === 'block' ? 'block' : result.verdict;
  // What the compose box would do: the guard's own decide(), not a description of it.
  const outcome =
    'error' in result
      ? undefined
      : composeOutcome({ result, images: images.map(imageStatus), unreadableImage: state.compiled.settings.unreadableImage });

  return (
    <div class="stack" data-panel="draft">
      <section class="card">
        <h2>Try a draft</h2>
        <p>Type a post as a teacher would. SafePost checks it with the profile in force, exactly as the compose box on X does. Nothing is posted.</p>
        <textarea rows={5} aria-label="Draft text" data-testid="draft-text" placeholder="What's happening at school today?" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="row" style="margin-top:10px">
          <label class="button" for="draft-images">Attach images…</label>
          <input id="draft-images" type="file" accept="image/*" multiple style="display:none" onChange={(e) => attach(e.currentTarget.files)} />
          <label class="row" style="gap:4px"><input type="checkbox" checked={reply} onChange={(e) => setReply(e.currentTarget.checked)} />Reply</label>
          <label class="row" style="gap:4px"><input type="checkbox" checked={dm} onChange={(e) => setDm(e.currentTarget.checked)} />Direct message</label>
          <input type="text" aria-label="Signed-in account" placeholder="@account" size={16} value={account} onInput={(e) => setAccount(e.currentTarget.value)} />
          <input type="datetime-local" aria-label="Send time" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
          {images.length > 0 && <button class="link" onClick={() => setImages([])}>Remove images</button>}
        </div>
        {images.map((i, n) => (
          <div key={n} class="muted small" style="margin-top:6px">
            Image {n + 1} ({i.name}): {i.status === 'reading' ? 'reading text…' : i.status === 'failed' ? <span style="color:var(--block)">could not be read ({i.error}); treated as "{state.compiled.settings.unreadableImage}"</span> : i.text ? `read "${i.text.slice(0, 80)}${i.text.length > 80 ? '…' : ''}"` : 'no text found'}
          </div>
        ))}
      </section>

      <section class="card" data-testid="draft-result" data-verdict={verdict} data-checked-text={text}>
        <div class="row" style="margin-bottom:10px">
          <h2>Result</h2>
          <SeverityBadge severity={verdict} />
        </div>
        {outcome ? (
          <p class="small" data-testid="draft-outcome" data-allow={String(outcome.decision.allow)}>
            <strong>On X:</strong> {outcome.text}
          </p>
        ) : null}
        {'error' in result ? (
          <Notice kind="error" title="SafePost could not check this draft: ">{result.error}. The compose box holds the post in this case.</Notice>
        ) : result.findings.length === 0 ? (
          <p class="muted">{text || images.length ? 'No findings: this draft can be posted.' : 'Findings appear here as you type.'}</p>
        ) : (
          <div class="stack" data-testid="findings">
            {/* Grouped as the panel on X groups them: one group per thing to fix, most severe first. */}
            {groupFindings(result.findings, { text, images: images.map((i) => i.text) }).map((g) => (
              <div key={g.key} class="stack finding-group" data-group={g.key}>
                <div class="small">
                  <strong>{g.match}</strong> <span class="muted">breaks: {g.rules.map((r) => r.name).join(' · ')}</span>
                </div>
                {g.findings.map((f, n) => <FindingView key={n} finding={f} text={text} />)}
              </div>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

/** An attached image as the compose box sees it: OCR still running, read, or unreadable. */
function imageStatus(image: Attached): ImageStatus {
  if (image.status === 'reading') return { state: 'pending' };
  if (image.status === 'failed') return { state: 'failed', reason: image.error ?? 'unreadable' };
  return { state: 'done', text: image.text };
}

function FindingView({ finding, text }: { finding: Finding; text: string }) {
  const context =
    finding.source === 'text' && finding.start !== undefined && finding.end !== undefined ? (
      <span>
        …{text.slice(Math.max(0, finding.start - 30), finding.start)}
        <mark>{text.slice(finding.start, finding.end)}</mark>
        {text.slice(finding.end, finding.end + 30)}…
      </span>
    ) : (
      <span>"{finding.match}"</span>
    );
  return (
    <div class={`finding ${finding.severity}`} data-finding={JSON.stringify({ rule: finding.rule, match: finding.match, start: finding.start, end: finding.end, source: finding.source, image: finding.image })}>
      <div class="finding-head"><SeverityBadge severity={finding.severity} /><strong>{finding.message}</strong></div>
      <div class="hint">{finding.hint}</div>
      {finding.attestation && <label class="row small" style="margin-top:6px;gap:6px"><input type="checkbox" disabled />{finding.attestation}</label>}
      <div class="muted small" style="margin-top:4px">
        <code>{finding.rule}</code> · {finding.source === 'image' ? `image ${Number(finding.image) + 1}` : 'text'} · {context}
      </div>
    </div>
  );
}
