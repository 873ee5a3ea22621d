/**
 * The private line between the page-world request guard and SafePost's
 * content script. What crosses it is deliberately small:
 *
 *   page → extension   { type: 'check', id, post, mediaSeen }   the draft only
 *   extension → page   { type: 'verdict', id, allow, reason, rules }
 *
 * `reason` is the hold's one-line reason ("Not sent: 1 problem to fix
 * first.") and `rules` the ids of the rules that fired: never a matched
 * name, never anything from the roster, staff list or profile.
 *
 * The line itself is a MessageChannel whose page end is handed over once, at
 * document_start, before any page script exists (handshake.ts).
 */
import { POST_KINDS, type OutgoingPost, type UnreadablePost } from '../../site/requests';

/** The page-world script dispatches this (a MessageEvent carrying a port) on window. */
export const PORT_EVENT = 'safepost:request-guard-port';
/** The content script dispatches this when it starts, in case the page-world script ran first. */
export const HELLO_EVENT = 'safepost:request-guard-hello';

export interface CheckMessage {
  type: 'check';
  id: number;
  post: OutgoingPost | UnreadablePost;
  /** Per media id of the post: was its upload seen in this page? */
  mediaSeen: boolean[];
}

export interface VerdictMessage {
  type: 'verdict';
  id: number;
  allow: boolean;
  /** Why it was held (no names: decision messages only). */
  reason?: string;
  /** Rule ids that fired. */
  rules?: string[];
}

/** How long the page waits for a verdict before it holds the post. */
export const VERDICT_TIMEOUT_MS = 20_000;

const KINDS: readonly string[] = POST_KINDS;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The content script's view of a message from the page world: anything malformed is undefined (and the page holds on timeout). */
export function parseCheckMessage(data: unknown): CheckMessage | undefined {
  if (!isObject(data) || data.type !== 'check' || typeof data.id !== 'number' || !isObject(data.post)) return undefined;
  const post = data.post;
  if (typeof post.operation !== 'string' || !KINDS.includes(post.kind as string)) return undefined;
  const mediaSeen = Array.isArray(data.mediaSeen) ? data.mediaSeen.map((s) => s === true) : [];
  if (typeof post.unreadable === 'string') {
    return { type: 'check', id: data.id, post: { operation: post.operation, kind: post.kind as OutgoingPost['kind'], unreadable: post.unreadable }, mediaSeen };
  }
  if (typeof post.text !== 'string' || !isStringArray(post.mediaIds)) return undefined;
  const clean: OutgoingPost = {
    operation: post.operation,
    kind: post.kind as OutgoingPost['kind'],
    text: post.text,
    reply: post.reply === true,
    quote: post.quote === true,
    mediaIds: post.mediaIds,
  };
  if (typeof post.publishAt === 'number' && Number.isFinite(post.publishAt)) clean.publishAt = post.publishAt;
  return { type: 'check', id: data.id, post: clean, mediaSeen };
}

/**
 * The asking end of a line (the page world's, or a worker's): questions go
 * out by id, each answer goes to its caller once. Questions asked before the
 * line is connected wait for it (a worker's line arrives in its first
 * message); a newer port replaces the old one (a shared worker's newest tab).
 * Built-ins are taken when the port is connected, so a page script that
 * patches MessagePort later cannot see or answer a question. A
 * null-prototype record, not a Map: a page script that patched
 * Map.prototype.set could otherwise catch an answer callback and call it
 * with "allow".
 */
export function verdictLine(): {
  ask(post: OutgoingPost | UnreadablePost, mediaSeen: boolean[], answer: (allow: boolean) => void): void;
  connect(port: MessagePort): void;
} {
  const pending: Record<number, (allow: boolean) => void> = Object.create(null);
  const queued: CheckMessage[] = [];
  let send: ((message: CheckMessage) => void) | undefined;
  let next = 1;
  return {
    ask(post, mediaSeen, answer) {
      const id = next++;
      pending[id] = answer;
      const message: CheckMessage = { type: 'check', id, post, mediaSeen };
      if (send) send(message);
      else queued.push(message);
    },
    connect(port) {
      send = port.postMessage.bind(port);
      port.onmessage = (event: MessageEvent) => {
        const data = event.data as { type?: unknown; id?: unknown; allow?: unknown } | null;
        if (!data || data.type !== 'verdict' || typeof data.id !== 'number') return;
        const answer = pending[data.id];
        if (!answer) return;
        delete pending[data.id];
        answer(data.allow === true);
      };
      for (const message of queued.splice(0)) send(message);
    },
  };
}
