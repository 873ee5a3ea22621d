/**
 * X's post-creating requests (components/x/requests.ts): matched on the
 * operation name whatever the queryId, read from X's body shapes, and
 * anything unreadable in a matching request reported (the guard holds it).
 */
import { describe, expect, test } from 'vitest';
import { xRequests, POST_OPERATIONS } from '../../../../components/x/requests';
import { isUnreadable } from '../../../../components/site/requests';

const { postOperation, readPost, uploadedMediaId } = xRequests;

describe('postOperation', () => {
  test.each([
    ['https://x.com/i/api/graphql/a1B2c3/CreateTweet', 'CreateTweet'],
    ['https://x.com/i/api/graphql/SoMe-Other_Id/CreateTweet', 'CreateTweet'],
    ['https://twitter.com/i/api/graphql/q/CreateNoteTweet', 'CreateNoteTweet'],
    ['https://mobile.x.com/i/api/graphql/q/CreateScheduledTweet', 'CreateScheduledTweet'],
    ['https://x.com/i/api/graphql/q/CreateDraftTweet', 'CreateDraftTweet'],
    ['https://x.com/i/api/1.1/dm/new2.json', 'dm/new2'],
    ['/i/api/graphql/relativeId/CreateTweet', 'CreateTweet'],
    ['https://x.com/i/api/graphql/q/CreateTweet?x=1', 'CreateTweet'],
  ])('%s → %s', (url, op) => {
    expect(postOperation(url, 'POST')).toBe(op);
    expect(postOperation(url, 'post')).toBe(op);
  });

  test.each([
    ['https://x.com/i/api/graphql/q/CreateTweet', 'GET'],
    ['https://x.com/i/api/graphql/q/FavoriteTweet', 'POST'],
    ['https://x.com/i/api/graphql/q/CreateTweetDownvote', 'POST'],
    ['https://x.com/i/api/graphql/CreateTweet/HomeTimeline', 'POST'], // a queryId that looks like an operation
    ['https://evil.example/i/api/graphql/q/CreateTweet', 'POST'],
    ['https://x.com.evil.example/i/api/graphql/q/CreateTweet', 'POST'],
    ['not a url at all ::', 'POST'],
  ])('%s (%s) is not a post', (url, method) => {
    expect(postOperation(url, method)).toBeUndefined();
  });

  test('every operation the issue names is wrapped', () => {
    expect(POST_OPERATIONS.sort()).toEqual(['CreateDraftTweet', 'CreateNoteTweet', 'CreateScheduledTweet', 'CreateTweet', 'dm/new2'].sort());
  });
});

describe('readPost', () => {
  test('CreateTweet: text, reply, quote and media ids', () => {
    const body = JSON.stringify({
      variables: {
        tweet_text: 'Hello Year 4',
        reply: { in_reply_to_tweet_id: '123', exclude_reply_user_ids: [] },
        attachment_url: 'https://x.com/someone/status/9',
        media: { media_entities: [{ media_id: '111', tagged_users: [] }, { media_id: 222 }], possibly_sensitive: false },
      },
      queryId: 'q',
    });
    expect(readPost('CreateTweet', body)).toEqual({
      operation: 'CreateTweet',
      kind: 'post',
      text: 'Hello Year 4',
      reply: true,
      quote: true,
      mediaIds: ['111', '222'],
    });
  });

  test('CreateNoteTweet reads tweet_text as a long post', () => {
    const post = readPost('CreateNoteTweet', JSON.stringify({ variables: { tweet_text: 'x'.repeat(500) } }));
    expect(post).toMatchObject({ kind: 'long-post', text: 'x'.repeat(500), reply: false, quote: false, mediaIds: [] });
  });

  test('CreateScheduledTweet: post_tweet_request.status, media_ids and when it goes out', () => {
    const body = JSON.stringify({ variables: { post_tweet_request: { status: 'Later', media_ids: ['5'] }, execute_at: 1_800_000_000 } });
    expect(readPost('CreateScheduledTweet', body)).toEqual({
      operation: 'CreateScheduledTweet',
      kind: 'scheduled',
      text: 'Later',
      reply: false,
      quote: false,
      mediaIds: ['5'],
      publishAt: 1_800_000_000_000,
    });
  });

  test('CreateDraftTweet is a draft', () => {
    expect(readPost('CreateDraftTweet', JSON.stringify({ variables: { post_tweet_request: { status: 'Draft' } } }))).toMatchObject({ kind: 'draft', text: 'Draft' });
  });

  test('legacy DMs: JSON and form bodies', () => {
    expect(readPost('dm/new2', JSON.stringify({ conversation_id: '1-2', text: 'Hi there', media_id: '9' }))).toEqual({
      operation: 'dm/new2',
      kind: 'dm',
      text: 'Hi there',
      reply: false,
      quote: false,
      mediaIds: ['9'],
    });
    expect(readPost('dm/new2', 'conversation_id=1-2&text=Hi%20there%21')).toMatchObject({ kind: 'dm', text: 'Hi there!', mediaIds: [] });
  });

  test.each([
    ['CreateTweet', 'not json'],
    ['CreateTweet', '[]'],
    ['CreateTweet', JSON.stringify({ variables: {} })],
    ['CreateTweet', JSON.stringify({ variables: { tweet_text: 42 } })],
    ['CreateTweet', JSON.stringify({ variables: { tweet_text: 'a', media: { media_entities: 'nope' } } })],
    ['CreateTweet', JSON.stringify({ variables: { tweet_text: 'a', media: { media_entities: [{ media_id: {} }] } } })],
    ['CreateScheduledTweet', JSON.stringify({ variables: { tweet_text: 'wrong place' } })],
    ['dm/new2', JSON.stringify({ message: 'wrong field' })],
    ['dm/new2', ''],
    ['SomethingNew', '{}'],
  ])('%s with %s is unreadable (held), never a crash', (operation, body) => {
    const post = readPost(operation, body);
    expect(isUnreadable(post)).toBe(true);
  });
});

test('uploadedMediaId reads the INIT answer of X media uploads only', () => {
  expect(uploadedMediaId!('https://upload.x.com/i/media/upload.json?command=INIT', 'POST', '{"media_id":1,"media_id_string":"1790000000001"}')).toBe('1790000000001');
  expect(uploadedMediaId!('https://x.com/i/media/upload.json', 'POST', '{"media_id":17}')).toBe('17');
  expect(uploadedMediaId!('https://x.com/i/media/upload.json', 'POST', 'garbage')).toBeUndefined();
  expect(uploadedMediaId!('https://elsewhere.example/i/media/upload.json', 'POST', '{"media_id_string":"1"}')).toBeUndefined();
  expect(uploadedMediaId!('https://x.com/i/api/graphql/q/CreateTweet', 'POST', '{"media_id_string":"1"}')).toBeUndefined();
});
