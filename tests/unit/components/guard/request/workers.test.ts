import { expect, test } from 'vitest';
import { verdictLine } from '../../../../../components/guard/request/protocol';
import { guardedWorkerScript, isPortMessage, WORKER_PORT_MARK } from '../../../../../components/guard/request/workers';

const config = (module: boolean) => ({ url: 'https://x.com/w.js', shared: false, module, prelude: 'PRELUDE' });

test('a classic worker runs the prelude, then imports the page script by its real address', () => {
  const text = guardedWorkerScript('var __safepostWorkerGuard={start(){}};', config(false), undefined).join('');
  expect(text.indexOf('__safepostWorkerGuard')).toBeLessThan(text.indexOf('importScripts("https://x.com/w.js")'));
});

test('a module worker imports the page script after the prelude, and then lets held-back messages through', () => {
  const text = guardedWorkerScript('P', config(true), undefined).join('');
  expect(text).toMatch(/try\{await import\("https:\/\/x\.com\/w\.js"\);\}finally\{__safepostRelease\(\);\}/);
});

test("a blob: script is carried whole behind the prelude (a blob worker may not importScripts another blob under X's CSP)", () => {
  const parts = guardedWorkerScript('P', config(false), 'self.onmessage=()=>{}');
  expect(parts[1]).toBe('self.onmessage=()=>{}');
});

test('questions asked before the line arrives wait for it; answers go to the right caller; unknown ids are ignored', async () => {
  const line = verdictLine();
  const answers: boolean[] = [];
  const post = { operation: 'CreateTweet', kind: 'post' as const, text: 'hi', reply: false, quote: false, mediaIds: [] };
  line.ask(post, [], (a) => answers.push(a));
  const { port1, port2 } = new MessageChannel();
  const asked: unknown[] = [];
  port2.onmessage = (e) => {
    asked.push(e.data);
    port2.postMessage({ type: 'verdict', id: 99, allow: true });
    port2.postMessage({ type: 'verdict', id: e.data.id, allow: true });
  };
  line.connect(port1);
  await expect.poll(() => answers).toEqual([true]);
  expect(asked).toEqual([{ type: 'check', id: 1, post, mediaSeen: [] }]);
  port1.close();
  port2.close();
});

test("only the guard's own first message carries the line", () => {
  const { port1 } = new MessageChannel();
  expect(isPortMessage(new MessageEvent('message', { data: { [WORKER_PORT_MARK]: true }, ports: [port1] }))).toBe(true);
  expect(isPortMessage(new MessageEvent('message', { data: { [WORKER_PORT_MARK]: true } }))).toBe(false);
  expect(isPortMessage(new MessageEvent('message', { data: 'hello', ports: [port1] }))).toBe(false);
  port1.close();
});
