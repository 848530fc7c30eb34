import { css, html, type TemplateResult } from 'lit';
import { tableCells, withinCell, type TableCell } from '../../common/table-cells.ts';
import type { Block } from '../../electron/api/contract.ts';
import { renderInline, type BlockHighlight } from './inline-text.ts';

/**
 * A table block drawn as a table. Each cell says where its text starts in the block's text (`data-at`), so a
 * selection inside it maps back to the block's offsets, which hold the cells parted by tabs and lines.
 */
export function renderTable(
  block: Block,
  index: number,
  highlights: readonly BlockHighlight[],
): TemplateResult {
  const rows = tableCells(block.text);
  const headerRows = block.headerRows ?? 0;
  const cell = (c: TableCell, heading: boolean) => {
    const content = renderInline(
      c.text,
      withinCell(block.marks ?? [], c),
      withinCell(highlights, c),
    );
    return heading
      ? html`<th data-at=${c.start}>${content}</th>`
      : html`<td data-at=${c.start}>${content}</td>`;
  };
  const row = (r: TableCell[], heading: boolean) =>
    html`<tr>
      ${r.map((c) => cell(c, heading))}
    </tr>`;
  return html`<div class="table" data-block=${index}>
    <table>
      ${
        headerRows
          ? html`<thead>
              ${rows.slice(0, headerRows).map((r) => row(r, true))}
            </thead>`
          : ''
      }
      <tbody>
        ${rows.slice(headerRows).map((r) => row(r, false))}
      </tbody>
    </table>
  </div>`;
}

export const tableStyles = css`
  .table {
    margin: 0 0 1em;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-family: var(--pc-font-ui);
    font-size: 0.8em;
    line-height: 1.4;
  }
  th,
  td {
    border: 1px solid var(--pc-border);
    padding: 0.3em 0.6em;
    text-align: left;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
`;
