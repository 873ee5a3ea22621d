/**
 * Says what the request guard held where no composer panel can: a request
 * sent from somewhere SafePost does not recognise. A small fixed notice in
 * its own shadow root, announced to screen readers, closed by the teacher
 * or after a minute. It shows the decision and the rules' descriptions,
 * never a matched name.
 */
import { adoptStyles } from '../../ui/shadow-styles';

export const NOTICE_TAG = 'safepost-notice';

const NOTICE_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 12px; left: 50%; transform: translateX(-50%);
  max-width: min(560px, calc(100vw - 24px)); font: 14px/1.4 system-ui, sans-serif; }
.box { background: #fff4f4; color: #4a0f0f; border: 2px solid #b3261e; border-radius: 10px; padding: 10px 14px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); }
strong { display: block; margin-bottom: 4px; }
ul { margin: 4px 0 0 18px; padding: 0; }
button { margin-top: 8px; font: inherit; border: 1px solid #b3261e; background: #fff; border-radius: 6px; padding: 2px 10px; cursor: pointer; }
`;

export interface HeldNotice {
  /** What was held ("a scheduled post"). */
  what: string;
  reason: string;
  /** Descriptions of the rules that fired. */
  details: string[];
}

export function showHeldNotice(notice: HeldNotice, doc: Document = document): HTMLElement {
  doc.querySelector(NOTICE_TAG)?.remove();
  const host = doc.createElement(NOTICE_TAG);
  host.setAttribute('data-safepost', 'request-held');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, NOTICE_CSS);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const title = doc.createElement('strong');
  title.textContent = `SafePost held ${notice.what} before it reached X.`;
  const reason = doc.createElement('div');
  reason.className = 'reason';
  reason.textContent = notice.reason;
  box.append(title, reason);
  if (notice.details.length) {
    const list = doc.createElement('ul');
    for (const d of notice.details) {
      const item = doc.createElement('li');
      item.textContent = d;
      list.append(item);
    }
    box.append(list);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'OK';
  close.addEventListener('click', () => host.remove());
  box.append(close);
  shadow.append(box);
  (doc.body ?? doc.documentElement).append(host);
  setTimeout(() => host.remove(), 60_000);
  return host;
}
