/**
 * The request guard, extension half: the verdict on one outgoing post
 * request (CheckMessage from the page world).
 *
 * In order:
 *  1. Closed guard, no usable profile, or a body SafePost cannot read: hold.
 *  2. The composer guard allowed these very words a moment ago (ledger.ts):
 *     allow, without a second check or prompt.
 *  3. Otherwise check the request's own text (its reply/quote/DM context,
 *     and for a scheduled post the time it will go out) with the same engine
 *     and gate as the composer guard. Attestations ticked in the panel of a
 *     composer holding the same words count. Media must be images this page
 *     uploaded and SafePost checked in that composer (tied by count); while
 *     their checks run, the verdict waits (bounded); unknown media: hold.
 *  4. A held request is explained in the composer's panel, or in a page
 *     notice when no composer holds its words.
 *
 * Saving a draft (CreateDraftTweet, EditDraftTweet, an article's drafting
 * steps) publishes nothing, but it does send the words to X's servers, and a
 * saved draft can be posted later from a phone where SafePost does not run.
 * So a draft is checked like a post, but only "block" findings hold it:
 * attestations and posting hours are about publishing, which a draft does
 * not do.
 *
 * An operation SafePost does not know ('unknown': X renamed or added one)
 * is checked on every string a person may have typed in it. It may publish,
 * so it is held on a blocking finding and on anything unclear (a finding
 * that asks for a tick no panel shows, a failed check); the posting hours
 * alone do not hold it, since it may as well be X's own housekeeping.
 *
 * An image description is public next to its photo: it is checked as the
 * text of a post with one image, so a pupil's name in it is a name with a
 * photo. The boxes ticked for the photo in its composer's panel count.
 */
import type { CheckResult, CompiledProfile, Draft } from '../../../rules';
import { engine } from '../engine-slot';
import { decide, draftFingerprint, type GateDecision } from '../gate';
import type { ImageStatus } from '../images';
import type { OutgoingPost, PostKind } from '../../site/requests';
import type { CheckMessage, VerdictMessage } from './protocol';
import type { SendLedger } from './ledger';
import type { HeldNotice } from './held-notice';

/** What the verdict needs of one guarded composer (ComposerGuard implements it). */
export interface GuardedComposerView {
  surface: 'post' | 'dm' | 'chat';
  /** The text of each post of the composer (a thread has several), read now. */
  postTexts(): string[];
  /** Its images' checks, synced with what is attached now. */
  imageStatuses(): ImageStatus[];
  /** The attestations ticked in its panel for the draft with this fingerprint. */
  tickedFor(text: string): ReadonlySet<string>;
  /** Show the hold in its panel. */
  showHeld(message: string): void;
}

export interface VerdictDeps {
  closed(): boolean;
  /** `loading`: the engine module or the school's profile is still on its way (the verdict waits for it, bounded). */
  profile(): { compiled: CompiledProfile } | { problem: string; loading?: string };
  composers(): GuardedComposerView[];
  ledger: SendLedger;
  account(): string | undefined;
  notify(notice: HeldNotice): void;
  now?: () => number;
  /** Wait this long at most for pending image checks. */
  imageWaitMs?: number;
  /** Wait this long at most for a profile still loading. */
  profileWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const WHAT: Record<PostKind, string> = {
  post: 'a post',
  'long-post': 'a long post',
  edit: 'an edit of a post',
  scheduled: 'a scheduled post',
  draft: 'a draft',
  dm: 'a direct message',
  'image-description': 'an image description',
  subtitles: 'subtitles',
  article: 'an article',
  'article-draft': "an article's text",
  'community-note': 'a Community Note',
  unknown: 'a request that may publish text',
};

/** Kinds that only store words on X's servers: held on blocking findings only. */
const DRAFT_KINDS = new Set<PostKind>(['draft', 'article-draft']);

const CANT = "SafePost can't check this post — ";
/**
 * How long a request waits for a profile still loading: the engine module and the quick profile take
 * well under a second; after a browser start Chromium's first storage.managed read takes about five
 * (profile-readiness.ts). Within the page's own VERDICT_TIMEOUT_MS, after which it holds the post anyway.
 */
const PROFILE_WAIT_MS = 8_000;
const DRAFT_IGNORES = new Set(['confirm', 'image-pending']);

function holdingComposer(views: GuardedComposerView[], post: OutgoingPost): GuardedComposerView | undefined {
  const fingerprint = draftFingerprint(post.text, []);
  const wantDm = post.kind === 'dm';
  return views.find((v) => (v.surface !== 'post') === wantDm && v.postTexts().some((t) => draftFingerprint(t, []) === fingerprint));
}

export class RequestVerdicts {
  constructor(private readonly deps: VerdictDeps) {}

  async verdict(message: CheckMessage): Promise<VerdictMessage> {
    const { id, post } = message;
    const hold = (reason: string, rules: string[] = [], details: string[] = [], view?: GuardedComposerView): VerdictMessage => {
      try {
        if (view) view.showHeld(reason);
        else this.deps.notify({ what: WHAT[post.kind] ?? 'a post', reason, details });
      } catch (error) {
        console.warn('SafePost: could not show why a post was held', error);
      }
      return { type: 'verdict', id, allow: false, reason, rules };
    };
    try {
      if ('unreadable' in post) return hold(`${CANT}${post.unreadable} (X may have changed its page).`);
      const profile = await this.settledProfile();
      if (this.deps.closed() || 'problem' in profile) {
        const why = decide({ closed: this.deps.closed(), profileProblem: 'problem' in profile ? profile.problem : undefined, images: [], unreadableImage: 'block', ticked: new Set() });
        return hold(why.allow ? CANT : why.message);
      }
      if (this.deps.ledger.allows(post.text, post.mediaIds.length)) return { type: 'verdict', id, allow: true };

      const view = holdingComposer(this.deps.composers(), post);
      let images: ImageStatus[] = [];
      if (post.mediaIds.length > 0) {
        if (message.mediaSeen.length !== post.mediaIds.length || message.mediaSeen.some((seen) => !seen)) {
          return hold(`${CANT}it carries images SafePost did not see being attached on this page. Attach them again here to post.`, [], [], view);
        }
        if (!view || view.imageStatuses().length < post.mediaIds.length) {
          return hold(`${CANT}its images cannot be tied to the ones SafePost checked. Attach them again in the post box.`, [], [], view);
        }
        images = await this.settledImages(view);
      }
      const outcome = this.gate(post, view, images);
      if (outcome.allow) return { type: 'verdict', id, allow: true };
      const rules = [...new Set(outcome.result?.findings.map((f) => f.rule) ?? [])];
      const details = rules.map((rule) => engine().RULES_BY_ID.get(rule)?.meta.description ?? rule);
      return hold(outcome.message, rules, details, view);
    } catch (error) {
      console.error('SafePost: request check failed', error);
      return hold(`${CANT}a check failed. Try again, or tell your IT admin.`);
    }
  }

  /**
   * An image description's photo is attached in a composer, whose panel asks for the photo's
   * attestations: the boxes ticked there for its post count for the description too.
   */
  private photoTicks(): ReadonlySet<string> {
    const ticked = new Set<string>();
    for (const view of this.deps.composers()) {
      if (view.imageStatuses().length === 0) continue;
      for (const text of view.postTexts()) for (const sentence of view.tickedFor(text)) ticked.add(sentence);
    }
    return ticked;
  }

  /** `read()` again every `everyMs` while `pending` says so, for `waitMs` at most; the last reading. */
  private async waitWhile<T>(read: () => T, pending: (value: T) => boolean, waitMs: number, everyMs: number): Promise<T> {
    const now = this.deps.now ?? Date.now;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const until = now() + waitMs;
    let value = read();
    while (pending(value) && now() < until) {
      await sleep(everyMs);
      value = read();
    }
    return value;
  }

  /** Image statuses once none is pending, or as they are when the wait runs out. */
  private settledImages(view: GuardedComposerView): Promise<ImageStatus[]> {
    return this.waitWhile(() => view.imageStatuses(), (statuses) => statuses.some((s) => s.state === 'pending'), this.deps.imageWaitMs ?? 15_000, 200);
  }

  /**
   * The profile once it has stopped loading, or as it is when the wait runs out (then held as loading).
   * A request can leave a page, or a frame X has just made, before the engine module (imported after
   * the first paint) and the school's profile are in: X's page waits for the verdict, so the verdict
   * waits for them rather than failing a post that would have passed a moment later.
   */
  private settledProfile(): Promise<ReturnType<VerdictDeps['profile']>> {
    return this.waitWhile(() => this.deps.profile(), (profile) => 'loading' in profile && Boolean(profile.loading) && !this.deps.closed(), this.deps.profileWaitMs ?? PROFILE_WAIT_MS, 100);
  }

  private gate(
    post: OutgoingPost,
    view: GuardedComposerView | undefined,
    images: ImageStatus[],
  ): { allow: true; kind?: undefined; result?: CheckResult } | { allow: false; kind: string; message: string; result?: CheckResult } {
    const closed = this.deps.closed();
    const profile = this.deps.profile();
    let result: CheckResult | undefined;
    let engineError: string | undefined;
    if (!closed && 'compiled' in profile) {
      const draft: Draft = {
        text: post.text,
        // An image description sits next to its photo (itself checked where it was attached).
        images: post.kind === 'image-description' ? [{ text: '', faces: [] }] : images.map((s) => (s.state === 'done' ? { text: s.text, ...(s.lines ? { lines: s.lines } : {}) } : { text: '' })),
        at: new Date(post.publishAt ?? (this.deps.now ?? Date.now)()),
        reply: post.reply,
        dm: post.kind === 'dm',
      };
      const account = this.deps.account();
      if (account) draft.account = account;
      try {
        result = engine().check(draft, profile.compiled);
      } catch (error) {
        engineError = error instanceof Error ? error.message : String(error);
      }
    }
    const unreadableImage = 'compiled' in profile ? profile.compiled.settings.unreadableImage : 'block';
    let decision: GateDecision = decide({
      closed,
      profileProblem: 'problem' in profile ? profile.problem : undefined,
      engineError,
      result,
      images,
      unreadableImage,
      ticked: post.kind === 'image-description' ? this.photoTicks() : view?.tickedFor(post.text) ?? new Set(),
    });
    const draftLike = DRAFT_KINDS.has(post.kind);
    if (!decision.allow && draftLike && DRAFT_IGNORES.has(decision.kind)) decision = { allow: true };
    if (!decision.allow && post.kind === 'unknown' && result && (decision.kind === 'block' || decision.kind === 'confirm')) {
      // Held on what the words say, not on the hour: only the time rule alone lets it through.
      const holding = result.findings.filter((f) => f.severity === 'block' || f.severity === 'confirm');
      if (holding.every((f) => f.rule === 'outside-hours')) decision = { allow: true };
    }
    if (!decision.allow && draftLike && result && decision.kind === 'block') {
      // Only blocking findings hold a draft: the same decision, without the publishing rules.
      const blocking = result.findings.filter((f) => f.severity === 'block' && f.rule !== 'outside-hours');
      if (blocking.length === 0) decision = { allow: true };
    }
    return decision.allow ? { allow: true, result } : { allow: false, kind: decision.kind, message: decision.message, result };
  }
}
