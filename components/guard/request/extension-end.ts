/**
 * The content script's end of the private port: validates each check from
 * the page world, answers with the verdict. A verdict that fails to come is
 * a hold (the page world times out), so errors here never open the gate.
 */
import { parseCheckMessage, type CheckMessage, type VerdictMessage } from './protocol';

export function serveVerdicts(port: MessagePort, verdicts: { verdict(message: CheckMessage): Promise<VerdictMessage> }): void {
  port.onmessage = (event: MessageEvent) => {
    const message = parseCheckMessage(event.data);
    if (!message) return;
    const held: VerdictMessage = { type: 'verdict', id: message.id, allow: false };
    verdicts.verdict(message).then(
      (answer) => port.postMessage(answer),
      () => port.postMessage(held),
    );
  };
}
