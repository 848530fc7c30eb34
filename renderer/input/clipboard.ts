import type { Paste } from '../../electron/api/contract.ts';

/** What a paste event carries, as a paste to clip: its text, and its HTML flavour when it has one. */
export function pasteOf(data: DataTransfer): Paste {
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  return html ? { text, html } : { text };
}
