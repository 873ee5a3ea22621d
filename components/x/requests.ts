/**
 * X's post-creating requests (../shared/X-COMPOSER.md, "Holding the send"):
 *
 *   POST /i/api/graphql/<queryId>/CreateTweet           variables.tweet_text
 *   POST /i/api/graphql/<queryId>/CreateNoteTweet       variables.tweet_text (long posts)
 *   POST /i/api/graphql/<queryId>/CreateScheduledTweet  variables.post_tweet_request.status
 *   POST /i/api/graphql/<queryId>/CreateDraftTweet      variables.post_tweet_request.status
 *   POST /i/api/1.1/dm/new2.json                        text (legacy DMs; JSON or form body)
 *
 * The queryId changes with every X deploy: only the operation name counts.
 * Media arrive earlier through upload.x.com/i/media/upload.json (INIT answers
 * with media_id_string); the post then names them in media.media_entities.
 * Anything SafePost cannot read in a matching request is reported as
 * unreadable, and the guard holds it.
 */
import type { OutgoingPost, PostKind, RequestShapes, UnreadablePost } from '../site/requests';

const GRAPHQL_OPERATIONS: Record<string, PostKind> = {
  CreateTweet: 'post',
  CreateNoteTweet: 'long-post',
  CreateScheduledTweet: 'scheduled',
  CreateDraftTweet: 'draft',
};
export const DM_OPERATION = 'dm/new2';
export const POST_OPERATIONS = [...Object.keys(GRAPHQL_OPERATIONS), DM_OPERATION];

const X_HOSTS = /^(?:[a-z0-9-]+\.)*(?:x|twitter)\.com$/i;
// /i/api/graphql/<queryId>/<Operation>: the queryId is any path segment.
const GRAPHQL_PATH = /^\/i\/api\/graphql\/[^/]+\/([A-Za-z]+)\/?$/;
const DM_PATH = /^\/i\/api\/1\.1\/dm\/new2\.json$/;
const UPLOAD_PATH = /\/media\/upload\.json$/;

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url, 'https://x.com/');
  } catch {
    return undefined;
  }
}

function postOperation(url: string, method: string): string | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const parsed = parseUrl(url);
  if (!parsed || !X_HOSTS.test(parsed.hostname)) return undefined;
  const graphql = GRAPHQL_PATH.exec(parsed.pathname);
  if (graphql) return Object.hasOwn(GRAPHQL_OPERATIONS, graphql[1]!) ? graphql[1] : undefined;
  return DM_PATH.test(parsed.pathname) ? DM_OPERATION : undefined;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function mediaIdsOf(media: unknown): string[] | undefined {
  if (media === undefined || media === null) return [];
  if (!isObject(media)) return undefined;
  const entities = media.media_entities ?? media.media_ids;
  if (entities === undefined) return [];
  if (!Array.isArray(entities)) return undefined;
  const ids: string[] = [];
  for (const e of entities) {
    const id = isObject(e) ? e.media_id : e;
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    ids.push(String(id));
  }
  return ids;
}

function readGraphql(operation: string, kind: PostKind, body: string): OutgoingPost | UnreadablePost {
  const unreadable = (why: string): UnreadablePost => ({ operation, kind, unreadable: why });
  const json = parseJson(body);
  if (!isObject(json) || !isObject(json.variables)) return unreadable('its body is not the JSON SafePost knows');
  const vars = json.variables;
  // Scheduled posts and drafts wrap the post in post_tweet_request.
  const inner = kind === 'scheduled' || kind === 'draft' ? vars.post_tweet_request : vars;
  if (!isObject(inner)) return unreadable('it has no post_tweet_request');
  const text = kind === 'scheduled' || kind === 'draft' ? inner.status : inner.tweet_text;
  if (typeof text !== 'string') return unreadable('its text is not where SafePost expects it');
  const mediaIds = mediaIdsOf(inner.media ?? (Array.isArray(inner.media_ids) ? { media_ids: inner.media_ids } : undefined));
  if (!mediaIds) return unreadable('its media list is not in a form SafePost knows');
  const reply = isObject(inner.reply) ? inner.reply.in_reply_to_tweet_id !== undefined : inner.in_reply_to_status_id !== undefined;
  const quote = typeof inner.attachment_url === 'string' && inner.attachment_url.length > 0;
  const post: OutgoingPost = { operation, kind, text, reply, quote, mediaIds };
  const executeAt = vars.execute_at;
  if (kind === 'scheduled' && typeof executeAt === 'number' && Number.isFinite(executeAt)) {
    // X sends seconds; anything that already looks like milliseconds is taken as such.
    post.publishAt = executeAt < 1e12 ? executeAt * 1000 : executeAt;
  }
  return post;
}

function readDm(body: string): OutgoingPost | UnreadablePost {
  const operation = DM_OPERATION;
  const json = parseJson(body);
  let text: unknown;
  let mediaId: unknown;
  if (isObject(json)) {
    text = json.text;
    mediaId = json.media_id;
  } else {
    const form = new URLSearchParams(body);
    text = form.get('text') ?? undefined;
    mediaId = form.get('media_id') ?? undefined;
  }
  if (typeof text !== 'string') return { operation, kind: 'dm', unreadable: 'its message text is not where SafePost expects it' };
  const mediaIds = typeof mediaId === 'string' || typeof mediaId === 'number' ? [String(mediaId)] : [];
  return { operation, kind: 'dm', text, reply: false, quote: false, mediaIds };
}

function readPost(operation: string, body: string): OutgoingPost | UnreadablePost {
  try {
    if (operation === DM_OPERATION) return readDm(body);
    const kind = GRAPHQL_OPERATIONS[operation];
    if (!kind) return { operation, kind: 'post', unreadable: 'SafePost does not know this request' };
    return readGraphql(operation, kind, body);
  } catch (error) {
    return { operation, kind: 'post', unreadable: error instanceof Error ? error.message : 'its body could not be read' };
  }
}

function isMediaUpload(url: string, method: string): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  const parsed = parseUrl(url);
  return Boolean(parsed && X_HOSTS.test(parsed.hostname) && UPLOAD_PATH.test(parsed.pathname));
}

function uploadedMediaId(url: string, method: string, responseText: string): string | undefined {
  if (!isMediaUpload(url, method)) return undefined;
  const json = parseJson(responseText);
  if (!isObject(json)) return undefined;
  const id = json.media_id_string ?? json.media_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export const xRequests: RequestShapes = { postOperation, readPost, isMediaUpload, uploadedMediaId };
