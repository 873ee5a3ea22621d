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
    ['https://pro.x.com/i/api/graphql/q/CreateTweet', 'CreateTweet'],
    ['https://x.com/i/api/graphql/q/EditScheduledTweet', 'EditScheduledTweet'],
    ['https://x.com/i/api/graphql/q/EditDraftTweet', 'EditDraftTweet'],
    ['https://x.com/i/api/graphql/q/ArticleEntityPublish', 'ArticleEntityPublish'],
    ['https://x.com/i/api/graphql/q/BirdwatchCreateNote', 'BirdwatchCreateNote'],
    ['https://x.com/i/api/1.1/statuses/update.json', 'statuses/update'],
    ['https://x.com/i/api/1.1/media/metadata/create.json', 'media/metadata/create'],
    ['https://x.com/i/api/1.1/media/subtitles/create.json', 'media/subtitles/create'],
    ['https://x.com/i/api/1.1/dm/edit.json', 'dm/edit'],
    // Operations SafePost does not know are named too: their bodies are read for typed words.
    ['https://x.com/i/api/graphql/q/CreateTweetV2', 'CreateTweetV2'],
    ['https://x.com/i/api/graphql/q/PublishPostMutation', 'PublishPostMutation'],
    ['https://x.com/i/api/1.1/something/new.json', 'something/new'],
    ['https://x.com/i/api/2/notes/create', '2/notes/create'],
    ['https://x.com/i/api/graphql/CreateTweet', 'graphql/CreateTweet'],
  ])('%s → %s', (url, op) => {
    expect(postOperation(url, 'POST')).toBe(op);
    expect(postOperation(url, 'post')).toBe(op);
  });

  test.each([
    ['https://x.com/i/api/graphql/q/CreateTweet', 'GET'],
    ['https://x.com/i/api/graphql/q/FavoriteTweet', 'POST'],
    ['https://x.com/i/api/graphql/q/CreateBookmark', 'POST'],
    ['https://x.com/i/api/graphql/q/CreateTweetDownvote', 'POST'],
    ['https://x.com/i/api/graphql/CreateTweet/HomeTimeline', 'POST'], // a queryId that looks like an operation
    ['https://x.com/i/api/1.1/friendships/create.json', 'POST'],
    ['https://x.com/i/api/1.1/jot/client_event.json', 'POST'],
    ['https://x.com/i/api/1.1/dm/conversation/1-2/mark_read.json', 'POST'],
    ['https://x.com/home', 'POST'], // not X's API
    ['https://upload.x.com/i/media/upload.json', 'POST'], // media: read by the image checks
    ['https://evil.example/i/api/graphql/q/CreateTweet', 'POST'],
    ['https://x.com.evil.example/i/api/graphql/q/CreateTweet', 'POST'],
    ['not a url at all ::', 'POST'],
  ])('%s (%s) is not a post', (url, method) => {
    expect(postOperation(url, method)).toBeUndefined();
  });

  test('every publishing operation the issues name is parsed exactly', () => {
    expect(POST_OPERATIONS.sort()).toEqual(
      [
        'CreateDraftTweet', 'CreateNoteTweet', 'CreateScheduledTweet', 'CreateTweet', 'dm/new2', 'EditScheduledTweet', 'EditDraftTweet',
        'ArticleEntityDraftCreate', 'ArticleEntityUpdateTitle', 'ArticleEntityUpdateContent', 'ArticleEntityUpdateCoverMedia',
        'ArticleEntityPublish', 'BirdwatchCreateNote', 'dm/edit', 'statuses/update', 'media/metadata/create', 'media/subtitles/create',
      ].sort(),
    );
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
    ['statuses/update', 'in_reply_to_status_id=5'],
    ['media/metadata/create', JSON.stringify({ media_id: '1', alt_text: 'flat' })],
    ['ArticleEntityPublish', JSON.stringify({ variables: { articleEntityId: 'never-written-here' } })],
    ['ArticleEntityUpdateTitle', 'not json'],
    ['SomethingNew', '['.repeat(100) + ']'.repeat(100)],
  ])('%s with %s is unreadable (held), never a crash', (operation, body) => {
    const post = readPost(operation, body);
    expect(isUnreadable(post)).toBe(true);
  });
});

describe('readPost: the other ways X publishes text', () => {
  test('an edit of a published post (CreateTweet with edit_options) is read like a post, named an edit', () => {
    const body = JSON.stringify({ variables: { tweet_text: 'Fixed typo', edit_options: { previous_tweet_id: '1790000000000000001' } } });
    expect(readPost('CreateTweet', body)).toMatchObject({ kind: 'edit', text: 'Fixed typo' });
  });

  test.each([
    ['EditScheduledTweet', 'scheduled'],
    ['EditDraftTweet', 'draft'],
  ])('%s: post_tweet_request.status, as a %s', (operation, kind) => {
    const body = JSON.stringify({ variables: { scheduled_tweet_id: '1', draft_tweet_id: '2', post_tweet_request: { status: 'Edited words', media_ids: [] }, execute_at: 1_800_000_000 } });
    expect(readPost(operation, body)).toMatchObject({ kind, text: 'Edited words', mediaIds: [] });
  });

  test('statuses/update.json: form and JSON bodies, reply and media ids', () => {
    expect(readPost('statuses/update', 'status=Sports%20day%20today&in_reply_to_status_id=9&media_ids=11,12')).toEqual({
      operation: 'statuses/update',
      kind: 'post',
      text: 'Sports day today',
      reply: true,
      quote: false,
      mediaIds: ['11', '12'],
    });
    expect(readPost('statuses/update', JSON.stringify({ status: 'Hello' }))).toMatchObject({ kind: 'post', text: 'Hello', reply: false, mediaIds: [] });
  });

  test('dm/edit.json reads the new text of a message', () => {
    expect(readPost('dm/edit', 'dm_id=5&conversation_id=1-2&text=Edited%20message')).toMatchObject({ kind: 'dm', text: 'Edited message' });
  });

  test('media/metadata/create.json: the image description', () => {
    const body = JSON.stringify({ media_id: '1790000000000000002', alt_text: { text: 'A pupil receiving a reading award' } });
    expect(readPost('media/metadata/create', body)).toEqual({
      operation: 'media/metadata/create',
      kind: 'image-description',
      text: 'A pupil receiving a reading award',
      reply: false,
      quote: false,
      mediaIds: [],
    });
  });

  test('BirdwatchCreateNote: the note summary, or every string when it moves', () => {
    const body = JSON.stringify({ variables: { tweet_id: '1790000000000000003', data_v1: { classification: 'misinformed_or_potentially_misleading', summary: { text: 'The event is on Friday' } } } });
    expect(readPost('BirdwatchCreateNote', body)).toMatchObject({ kind: 'community-note', text: 'The event is on Friday' });
    const moved = JSON.stringify({ variables: { tweet_id: '1790000000000000003', note: { body: 'Moved text' } } });
    expect(readPost('BirdwatchCreateNote', moved)).toMatchObject({ kind: 'community-note', text: 'Moved text' });
  });

  test('articles: drafting steps read their words; Publish is checked on the words this page wrote', () => {
    const id = 'article-7';
    const title = JSON.stringify({ variables: { articleEntityId: id, title: 'Our week' } });
    const content = JSON.stringify({ variables: { articleEntityId: id, content_state: { blocks: [{ key: 'a1', text: 'First paragraph.' }, { key: 'b2', text: 'Second one.' }], entityMap: [] } } });
    expect(readPost('ArticleEntityUpdateTitle', title)).toMatchObject({ kind: 'article-draft', text: 'Our week' });
    expect(readPost('ArticleEntityUpdateContent', content)).toMatchObject({ kind: 'article-draft', text: 'First paragraph.\nSecond one.' });
    expect(readPost('ArticleEntityPublish', JSON.stringify({ variables: { articleEntityId: id } }))).toMatchObject({
      kind: 'article',
      text: 'Our week\nFirst paragraph.\nSecond one.',
    });
  });

  test('an unknown operation: every typed string, as one draft; ids, flags and tokens left out', () => {
    const body = JSON.stringify({
      variables: { post: { words: 'Call me on 07700 900123', more: ['Second line'] }, conversation_id: '1790000000000000004', dark_request: false, count: 20 },
      features: { longform_notetweets_consumption_enabled: true, some_flag: 'enabled_for_everyone' },
      queryId: 'AbCdEf123456',
    });
    expect(readPost('CreatePostV9', body)).toEqual({
      operation: 'CreatePostV9',
      kind: 'unknown',
      text: 'Call me on 07700 900123\nSecond line',
      reply: false,
      quote: false,
      mediaIds: [],
    });
    expect(readPost('something/new', 'text=Hi%20there&cursor=DAABCgABGN0xyz&user_id=12')).toMatchObject({ kind: 'unknown', text: 'Hi there' });
  });
});

test('uploadedMediaId reads the INIT answer of X media uploads only', () => {
  expect(uploadedMediaId!('https://upload.x.com/i/media/upload.json?command=INIT', 'POST', '{"media_id":1,"media_id_string":"1790000000001"}')).toBe('1790000000001');
  expect(uploadedMediaId!('https://x.com/i/media/upload.json', 'POST', '{"media_id":17}')).toBe('17');
  expect(uploadedMediaId!('https://x.com/i/media/upload.json', 'POST', 'garbage')).toBeUndefined();
  expect(uploadedMediaId!('https://elsewhere.example/i/media/upload.json', 'POST', '{"media_id_string":"1"}')).toBeUndefined();
  expect(uploadedMediaId!('https://x.com/i/api/graphql/q/CreateTweet', 'POST', '{"media_id_string":"1"}')).toBeUndefined();
});
