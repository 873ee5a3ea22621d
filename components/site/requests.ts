/**
 * What a site's post-creating requests look like, as the request guard
 * (components/guard/request/) needs them: which requests create a post, and
 * what they would publish. Pure: no DOM, no browser APIs, so the page-world
 * script stays small and tests run in Node.
 */

/**
 * What a request would do, in the teacher's words ("a scheduled post").
 * 'unknown': an operation the site adapter does not know, read for every
 * string a person may have typed.
 */
export type PostKind =
  | 'post'
  | 'long-post'
  | 'edit'
  | 'scheduled'
  | 'draft'
  | 'dm'
  | 'image-description'
  | 'subtitles'
  | 'article'
  | 'article-draft'
  | 'community-note'
  | 'unknown';

export const POST_KINDS: readonly PostKind[] = [
  'post', 'long-post', 'edit', 'scheduled', 'draft', 'dm', 'image-description', 'subtitles', 'article', 'article-draft', 'community-note', 'unknown',
];

/** The draft a request carries: the only thing that crosses into the extension. */
export interface OutgoingPost {
  /** The site's own name for the operation ("CreateTweet", "dm/new2"). */
  operation: string;
  kind: PostKind;
  text: string;
  reply: boolean;
  quote: boolean;
  /** Ids of the media the post would carry (uploaded earlier). */
  mediaIds: string[];
  /** When a scheduled post goes out (ms since the epoch); absent: now. */
  publishAt?: number;
}

/** A request that creates a post but whose body SafePost cannot read: it is held. */
export interface UnreadablePost {
  operation: string;
  kind: PostKind;
  unreadable: string;
}

export interface RequestShapes {
  /**
   * The operation a request performs when it may publish words (a known
   * publishing operation, or one the adapter does not know), from the URL and
   * method alone (cheap: runs on every fetch/XHR/beacon of the page);
   * undefined for requests known to publish nothing, which pass untouched.
   */
  postOperation(url: string, method: string): string | undefined;
  /** Reads the post out of the request body (text). Never throws. */
  readPost(operation: string, body: string): OutgoingPost | UnreadablePost;
  /** Is this request a media upload whose answer names a media id? Cheap: URL and method only. */
  isMediaUpload?(url: string, method: string): boolean;
  /**
   * A media upload's answer: the media id it created, so the guard can tell
   * media uploaded in this page from ids it never saw. Never throws.
   */
  uploadedMediaId?(url: string, method: string, responseText: string): string | undefined;
}

export function isUnreadable(post: OutgoingPost | UnreadablePost): post is UnreadablePost {
  return 'unreadable' in post;
}
