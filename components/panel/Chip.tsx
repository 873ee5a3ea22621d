/**
 * What the floating host shows: a small status chip while the draft is clean
 * (it costs the teacher no screen space), the full Panel card otherwise or
 * when the chip is clicked. The Panel itself is unchanged: this only chooses
 * between it and the chip, and frames it (scrolls inside the room it has).
 */
import { Panel, type OnIntent, type PanelModel } from './Panel';
import { PANEL_SHORTCUT_LABEL } from './keyboard';
import { saysNoRoster } from '../guard/status';

/**
 * Nothing to tell the teacher: sending is allowed with no finding, no tick to
 * make, nothing pending, and a school profile with a roster (not the roster-less default, nor an expired roster) in force.
 */
export function isClean(model: PanelModel): boolean {
  return (
    model.decision.allow &&
    model.status.active &&
    !saysNoRoster(model.status.text) &&
    model.findings.length === 0 &&
    model.attestations.length === 0 &&
    !model.heldNotice &&
    model.images.every((image) => image.state === 'done')
  );
}

export function StatusChip({ model, onExpand }: { model: PanelModel; onExpand(): void }) {
  return (
    <section class="sp chip" data-verdict="ok" data-allow="true" aria-label="SafePost post check">
      <button
        type="button"
        class="status"
        data-active="true"
        aria-expanded="false"
        title={`SafePost is ${model.status.text}. Show details (${PANEL_SHORTCUT_LABEL})`}
        onClick={onExpand}
      >
        <span class="dot" aria-hidden="true" />
        <span>
          <strong>SafePost</strong> · No problems found
        </span>
      </button>
    </section>
  );
}

export interface CardProps {
  model: PanelModel;
  onIntent: OnIntent;
  /** The card shows a clean draft because the teacher opened the chip: offer to fold it back. */
  onCollapse?: () => void;
}

export function PanelCard({ model, onIntent, onCollapse }: CardProps) {
  return (
    <div class="frame" tabIndex={-1}>
      {onCollapse ? (
        <button type="button" class="collapse" aria-expanded="true" aria-label="Hide SafePost details" onClick={onCollapse}>
          Hide
        </button>
      ) : null}
      <Panel model={model} onIntent={onIntent} />
    </div>
  );
}

export function PanelShell({ model, onIntent, expanded, onExpand, onCollapse }: CardProps & { expanded: boolean; onExpand(): void }) {
  const clean = isClean(model);
  if (clean && !expanded) return <StatusChip model={model} onExpand={onExpand} />;
  return <PanelCard model={model} onIntent={onIntent} onCollapse={clean ? onCollapse : undefined} />;
}
