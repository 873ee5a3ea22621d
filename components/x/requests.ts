/**
 * X's requests, as the request guard sees them (../shared/X-COMPOSER.md,
 * "Holding the send" and "Everything else that publishes text"). Every POST
 * from the page to X's API (/i/api/graphql/<queryId>/<Operation>,
 * /i/api/1.1/…, /i/api/2/…, on every X host) is one of three kinds:
 *
 * - publishing, read exactly:
 *     CreateTweet, CreateNoteTweet          variables.tweet_text (an edit: edit_options.previous_tweet_id)
 *     CreateScheduledTweet, EditScheduledTweet  variables.post_tweet_request.status (+ execute_at)
 *     CreateDraftTweet, EditDraftTweet      variables.post_tweet_request.status
 *     1.1/statuses/update.json              status (form or JSON; the old REST path still answers)
 *     1.1/dm/new2.json, 1.1/dm/edit.json    text (legacy DMs and their edits)
 *     1.1/media/metadata/create.json        alt_text.text (an image description, public)
 *     1.1/media/subtitles/create.json       every string (the subtitle file itself is an upload)
 *     ArticleEntity*                        title, content blocks; Publish: the article's remembered text
 *     BirdwatchCreateNote                   data_v1.summary.text (a Community Note)
 * - harmless (likes, bookmarks, follows, reads, analytics): not parsed, not
 *   delayed (postOperation answers undefined);
 * - anything else: X renames and adds operations with its deploys, so an
 *   operation SafePost does not know is read for every string a person may
 *   have typed (components/site/body-strings.ts) and checked as one draft.
 *
 * The queryId changes with every X deploy: only the operation name counts.
 * Media arrive earlier through upload.x.com/i/media/upload.json (INIT answers
 * with media_id_string); the post then names them in media.media_entities.
 * Anything SafePost cannot read in a publishing request is reported as
 * unreadable, and the guard holds it.
 */
import type { OutgoingPost, PostKind, RequestShapes, UnreadablePost } from '../site/requests';
import { bodyStrings } from '../site/body-strings';

const GRAPHQL_OPERATIONS: Record<string, PostKind> = {
  CreateTweet: 'post',
  CreateNoteTweet: 'long-post',
  CreateScheduledTweet: 'scheduled',
  EditScheduledTweet: 'scheduled',
  CreateDraftTweet: 'draft',
  EditDraftTweet: 'draft',
  ArticleEntityDraftCreate: 'article-draft',
  ArticleEntityUpdateTitle: 'article-draft',
  ArticleEntityUpdateContent: 'article-draft',
  ArticleEntityUpdateCoverMedia: 'article-draft',
  ArticleEntityPublish: 'article',
  BirdwatchCreateNote: 'community-note',
};
/** REST operations: the path after /i/api/1.1/, without ".json". */
export const DM_OPERATION = 'dm/new2';
const REST_OPERATIONS: Record<string, PostKind> = {
  [DM_OPERATION]: 'dm',
  'dm/edit': 'dm',
  'statuses/update': 'post',
  'media/metadata/create': 'image-description',
  'media/subtitles/create': 'subtitles',
};
export const POST_OPERATIONS = [...Object.keys(GRAPHQL_OPERATIONS), ...Object.keys(REST_OPERATIONS)];

/**
 * X's own POSTs that publish no words: likes, reposts, bookmarks, follows,
 * mutes, reads that happen to be POSTs, read receipts and analytics. They go
 * out untouched, without their body being read: the guard must not slow X.
 * A name missing here costs a string scan, never a post.
 */
const HARMLESS_GRAPHQL = new Set([
  'FavoriteTweet', 'UnfavoriteTweet', 'CreateRetweet', 'DeleteRetweet', 'CreateBookmark', 'DeleteBookmark',
  'DeleteTweet', 'DeleteScheduledTweet', 'DeleteDraftTweets', 'PinTweet', 'UnpinTweet', 'CreateTweetDownvote',
  'DeleteTweetDownvote', 'HomeTimeline', 'HomeLatestTimeline', 'TweetDetail', 'SearchTimeline', 'UserTweets',
  'UserByScreenName', 'Bookmarks', 'Likes', 'Followers', 'Following', 'ListLatestTweetsTimeline', 'FetchScheduledTweets',
  'FetchDraftTweets', 'ArticleEntityDelete', 'ConversationControlChange', 'ConversationControlDelete', 'MuteList',
  'UnmuteList', 'ListSubscribe', 'ListUnsubscribe', 'BookmarkFolderTimeline', 'bookmarkTweetToFolder',
  'RemoveFollower', 'UnmentionUserFromConversation', 'DMMessageDeleteMutation', 'DMPinnedInboxAppend_Mutation',
  'DMPinnedInboxDelete_Mutation', 'TweetResultByRestId', 'TweetResultsByRestIds', 'useFetchProfileSections_canViewExpandedProfileQuery',
]);
const HARMLESS_REST = [
  /^friendships\/(?:create|destroy|update|cancel)$/,
  /^(?:blocks|mutes\/users)\/(?:create|destroy)$/,
  /^jot\//, // analytics: client events, impressions, error logs
  /^(?:attribution|promoted_content|scribe|client_event)\b/,
  /^live_pipeline\//,
  /^dm\/(?:conversation\/[^/]+\/(?:mark_read|accept|delete)|update_last_seen_event_id|destroy|reaction\/(?:new|delete))$/,
  /^keyregistry\//,
  /^branch\/init$/,
];

const X_HOSTS = /^(?:[a-z0-9-]+\.)*(?:x|twitter)\.com$/i;
// /i/api/graphql/<queryId>/<Operation>: the queryId is any path segment.
const GRAPHQL_PATH = /^\/i\/api\/graphql\/[^/]+\/([A-Za-z0-9_]+)\/?$/;
// /i/api/1.1/<path>.json and /i/api/2/<path>: REST, versioned.
const REST_PATH = /^\/i\/api\/(1\.1|2)\/(.+?)(?:\.json)?\/?$/;
const UPLOAD_PATH = /\/media\/upload\.json$/;

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url, 'https://x.com/');
  } catch {
    return undefined;
  }
}

/**
 * The operation a POST to X's API performs, unless it is known to publish
 * nothing: publishing and unknown operations both get a name (unknown ones
 * are read for strings), harmless ones and everything that is not a POST to
 * X's API get undefined. Any other path under /i/api/ is an unknown
 * operation too.
 */
function postOperation(url: string, method: string): string | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const parsed = parseUrl(url);
  if (!parsed || !X_HOSTS.test(parsed.hostname)) return undefined;
  const path = parsed.pathname;
  if (!path.startsWith('/i/api/')) return undefined;
  const graphql = GRAPHQL_PATH.exec(path);
  if (graphql) return HARMLESS_GRAPHQL.has(graphql[1]!) ? undefined : graphql[1];
  const rest = REST_PATH.exec(path);
  if (rest) {
    const name = rest[1] === '1.1' ? rest[2]! : `2/${rest[2]!}`;
    if (Object.hasOwn(REST_OPERATIONS, name)) return name;
    return rest[1] === '1.1' && HARMLESS_REST.some((re) => re.test(name)) ? undefined : name;
  }
  // Another shape under /i/api/ (a new API version, a malformed graphql path): unknown, read.
  return path.slice('/i/api/'.length) || 'api';
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

const SCHEDULED_OR_DRAFT = new Set<PostKind>(['scheduled', 'draft']);

function readGraphql(operation: string, kind: PostKind, body: string): OutgoingPost | UnreadablePost {
  const unreadable = (why: string): UnreadablePost => ({ operation, kind, unreadable: why });
  const json = parseJson(body);
  if (!isObject(json) || !isObject(json.variables)) return unreadable('its body is not the JSON SafePost knows');
  const vars = json.variables;
  // Scheduled posts and drafts (new or edited) wrap the post in post_tweet_request.
  const wrapped = SCHEDULED_OR_DRAFT.has(kind);
  const inner = wrapped ? vars.post_tweet_request : vars;
  if (!isObject(inner)) return unreadable('it has no post_tweet_request');
  const text = wrapped ? inner.status : inner.tweet_text;
  if (typeof text !== 'string') return unreadable('its text is not where SafePost expects it');
  const mediaIds = mediaIdsOf(inner.media ?? (Array.isArray(inner.media_ids) ? { media_ids: inner.media_ids } : undefined));
  if (!mediaIds) return unreadable('its media list is not in a form SafePost knows');
  const reply = isObject(inner.reply) ? inner.reply.in_reply_to_tweet_id !== undefined : inner.in_reply_to_status_id !== undefined;
  const quote = typeof inner.attachment_url === 'string' && inner.attachment_url.length > 0;
  // An edit of a published post is a CreateTweet naming the post it replaces.
  const edit = kind === 'post' && isObject(vars.edit_options) && vars.edit_options.previous_tweet_id !== undefined;
  const post: OutgoingPost = { operation, kind: edit ? 'edit' : kind, text, reply, quote, mediaIds };
  const executeAt = vars.execute_at;
  if (kind === 'scheduled' && typeof executeAt === 'number' && Number.isFinite(executeAt)) {
    // X sends seconds; anything that already looks like milliseconds is taken as such.
    post.publishAt = executeAt < 1e12 ? executeAt * 1000 : executeAt;
  }
  return post;
}

/** A JSON body as an object, or a form body's fields as one. */
function fields(body: string): Json {
  const json = parseJson(body);
  if (isObject(json)) return json;
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(body)) out[key] = value;
  return out;
}

const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '') || typeof v === 'number' ? String(v) : undefined;

/** Legacy DMs and their edits: `text`, one `media_id`. */
function readDm(operation: string, body: string): OutgoingPost | UnreadablePost {
  const form = fields(body);
  if (typeof form.text !== 'string') return { operation, kind: 'dm', unreadable: 'its message text is not where SafePost expects it' };
  const mediaId = idOf(form.media_id);
  return { operation, kind: 'dm', text: form.text, reply: false, quote: false, mediaIds: mediaId ? [mediaId] : [] };
}

/** The old REST post: `status`, `in_reply_to_status_id`, `media_ids` (comma-separated), `attachment_url`. */
function readStatusUpdate(operation: string, body: string): OutgoingPost | UnreadablePost {
  const form = fields(body);
  if (typeof form.status !== 'string') return { operation, kind: 'post', unreadable: 'its status text is not where SafePost expects it' };
  const ids = form.media_ids;
  const mediaIds = Array.isArray(ids) ? ids.map(idOf) : typeof ids === 'string' ? ids.split(',').map((id) => id.trim()).filter(Boolean) : [];
  if (mediaIds.some((id) => id === undefined)) return { operation, kind: 'post', unreadable: 'its media list is not in a form SafePost knows' };
  return {
    operation,
    kind: 'post',
    text: form.status,
    reply: idOf(form.in_reply_to_status_id) !== undefined,
    quote: typeof form.attachment_url === 'string' && form.attachment_url !== '',
    mediaIds: mediaIds as string[],
  };
}

/** An image description: `{"media_id":"…","alt_text":{"text":"…"}}`. */
function readAltText(operation: string, body: string): OutgoingPost | UnreadablePost {
  const json = parseJson(body);
  const alt = isObject(json) && isObject(json.alt_text) ? json.alt_text.text : undefined;
  if (typeof alt !== 'string') return { operation, kind: 'image-description', unreadable: 'its description is not where SafePost expects it' };
  // The image itself is checked where it is attached; only its description leaves here.
  return { operation, kind: 'image-description', text: alt, reply: false, quote: false, mediaIds: [] };
}

/** Every string a person may have typed, as one draft (unknown operations, subtitles, notes of another shape). */
function readStrings(operation: string, kind: PostKind, body: string): OutgoingPost | UnreadablePost {
  const found = bodyStrings(body);
  if (found.truncated) return { operation, kind, unreadable: 'its body is nested too deep to read' };
  return { operation, kind, text: found.strings.join('\n'), reply: false, quote: false, mediaIds: [] };
}

/**
 * Articles are written in steps (create, title, content, cover) and published
 * by id: the text of each article this page wrote is remembered, so its
 * Publish is checked on the words it publishes. Held steps are remembered too:
 * their words are what a Publish would show.
 */
const articleTexts = new Map<string, { title?: string; content?: string }>();
const ARTICLE_ID_KEYS = ['articleEntityId', 'article_entity_id', 'articleId', 'article_id', 'id'];

function articleIdOf(vars: Json): string | undefined {
  for (const key of ARTICLE_ID_KEYS) {
    const id = idOf(vars[key]);
    if (id) return id;
  }
  return undefined;
}

function readArticle(operation: string, kind: PostKind, body: string): OutgoingPost | UnreadablePost {
  const json = parseJson(body);
  if (!isObject(json) || !isObject(json.variables)) return { operation, kind, unreadable: 'its body is not the JSON SafePost knows' };
  const vars = json.variables;
  const id = articleIdOf(vars);
  if (operation === 'ArticleEntityPublish') {
    const known = id ? articleTexts.get(id) : undefined;
    if (!known) return { operation, kind, unreadable: 'SafePost did not see this article being written on this page. Open it in the editor here and change it, then publish' };
    return { operation, kind, text: [known.title, known.content].filter((t) => t !== undefined).join('\n'), reply: false, quote: false, mediaIds: [] };
  }
  const words = readStrings(operation, kind, JSON.stringify(vars));
  if ('unreadable' in words || !id) return words;
  const entry = articleTexts.get(id) ?? {};
  if (operation === 'ArticleEntityUpdateTitle') entry.title = words.text;
  else if (operation === 'ArticleEntityUpdateContent' || operation === 'ArticleEntityDraftCreate') entry.content = words.text;
  articleTexts.set(id, entry);
  return words;
}

/** A Community Note: data_v1.summary.text, or every string when X moves it. */
function readNote(operation: string, body: string): OutgoingPost | UnreadablePost {
  const json = parseJson(body);
  const vars = isObject(json) && isObject(json.variables) ? json.variables : undefined;
  const summary = vars && isObject(vars.data_v1) && isObject(vars.data_v1.summary) ? vars.data_v1.summary.text : undefined;
  if (typeof summary === 'string') return { operation, kind: 'community-note', text: summary, reply: false, quote: false, mediaIds: [] };
  return readStrings(operation, 'community-note', body);
}

function readPost(operation: string, body: string): OutgoingPost | UnreadablePost {
  try {
    const rest = REST_OPERATIONS[operation];
    if (operation === DM_OPERATION || operation === 'dm/edit') return readDm(operation, body);
    if (operation === 'statuses/update') return readStatusUpdate(operation, body);
    if (operation === 'media/metadata/create') return readAltText(operation, body);
    if (rest) return readStrings(operation, rest, body);
    const kind = Object.hasOwn(GRAPHQL_OPERATIONS, operation) ? GRAPHQL_OPERATIONS[operation]! : undefined;
    if (!kind) return readStrings(operation, 'unknown', body);
    if (kind === 'article' || kind === 'article-draft') return readArticle(operation, kind, body);
    if (kind === 'community-note') return readNote(operation, body);
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
