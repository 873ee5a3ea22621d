/**
 * When the page guard re-renders: at most once a frame after any change X
 * makes to the page (a MutationObserver), ignoring SafePost's own hosts, and
 * with a timer behind the frame because requestAnimationFrame does not run
 * in background tabs. Split out of page-guard.ts.
 */
export interface RenderSchedulerOptions {
  render(): void;
  /** Tags of SafePost's own elements: adding/removing only those is not a change. */
  ownTags: readonly string[];
  /** Attributes whose change may mean a composer appeared or changed. */
  attributes: readonly string[];
  /** The fallback when no frame comes (background tab). */
  fallbackMs?: number;
}

export class RenderScheduler {
  private frame = 0;
  private observer: MutationObserver | undefined;
  private readonly ownTags: Set<string>;

  constructor(private readonly options: RenderSchedulerOptions) {
    this.ownTags = new Set(options.ownTags.map((t) => t.toLowerCase()));
  }

  observe(root: Node): void {
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => !this.isOwnMutation(r))) this.request();
    });
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: [...this.options.attributes] });
  }

  isOwnMutation(record: Pick<MutationRecord, 'type' | 'addedNodes' | 'removedNodes'>): boolean {
    if (record.type !== 'childList') return false;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((n) => this.ownTags.has(n.nodeName.toLowerCase()));
  }

  request(): void {
    if (this.frame) return;
    const run = () => {
      if (!this.frame) return;
      this.frame = 0;
      this.options.render();
    };
    this.frame = requestAnimationFrame(run);
    setTimeout(run, this.options.fallbackMs ?? 200);
  }

  disconnect(): void {
    this.observer?.disconnect();
  }
}
