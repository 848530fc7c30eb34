/** One cell of a table block: its text, and where that starts in the block's text. */
export interface TableCell {
  text: string;
  start: number;
}

/**
 * The cells of a table block, row by row. A table's text holds its rows one per line and each row's cells
 * parted by a tab, so the reader and the exports can draw cells while highlights keep the block's offsets.
 */
export function tableCells(text: string): TableCell[][] {
  let start = 0;
  return text.split('\n').map((line) =>
    line.split('\t').map((cell) => {
      const placed = { text: cell, start };
      start += cell.length + 1;
      return placed;
    }),
  );
}

/** The ranges (marks, highlights) over one cell, in the cell's own offsets. */
export function withinCell<T extends { start: number; end: number }>(
  ranges: readonly T[],
  cell: TableCell,
): T[] {
  const end = cell.start + cell.text.length;
  return ranges
    .filter((r) => r.start < end && r.end > cell.start)
    .map((r) => ({
      ...r,
      start: Math.max(r.start, cell.start) - cell.start,
      end: Math.min(r.end, end) - cell.start,
    }));
}
