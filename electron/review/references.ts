import { parseHTML } from 'linkedom';
import { formatReferences } from '../citations/cite.ts';
import type { CitationStyle } from '../model/citation-styles.ts';
import type { ClipRecord } from '../model/clip.ts';

/** A piece of a reference: its text, and whether the style sets it in italics or bold. */
export interface ReferenceRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
}
export type ReferenceEntry = ReferenceRun[];

/**
 * A reference list of the clips as runs of text, so each output sets the
 * style's italics its own way. citeproc writes HTML; only its text and its
 * italic and bold survive, so nothing of a title can become markup.
 */
export function referenceList(
  records: readonly ClipRecord[],
  style: CitationStyle,
): ReferenceEntry[] {
  if (records.length === 0) return [];
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body>${formatReferences(records, style, 'html')}</body></html>`,
  );
  return [...document.querySelectorAll('.csl-entry')].map((entry) => {
    const runs: ReferenceRun[] = [];
    const walk = (node: Node, italic: boolean, bold: boolean) => {
      if (node.nodeType === 3) {
        const text = node.textContent ?? '';
        const last = runs[runs.length - 1];
        if (last && !!last.italic === italic && !!last.bold === bold) last.text += text;
        else if (text) runs.push({ text, ...(italic && { italic }), ...(bold && { bold }) });
        return;
      }
      const tag = (node as Element).tagName?.toLowerCase();
      const style = (node as Element).getAttribute?.('style') ?? '';
      for (const child of node.childNodes)
        walk(
          child,
          italic || tag === 'i' || tag === 'em' || /font-style:\s*italic/.test(style),
          bold || tag === 'b' || tag === 'strong' || /font-weight:\s*bold/.test(style),
        );
    };
    walk(entry, false, false);
    if (runs.length) {
      runs[0].text = runs[0].text.trimStart();
      runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
    }
    return runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  });
}

/** A reference as plain text. */
export function referenceText(entry: ReferenceEntry): string {
  return entry.map((r) => r.text).join('');
}
