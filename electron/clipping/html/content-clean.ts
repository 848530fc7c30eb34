import type { PageBlock } from './page-blocks.ts';
import { nearAncestor, type Names } from './readability-names.ts';
import type { Extent } from './to-blocks.ts';
import { parentElement, firstElementChild, nextElementSibling, type Element } from './page-tree.ts';

const CLEANED = new Set(['form', 'fieldset', 'table', 'ul', 'div']);
const SHARE_CHARS = 500;

/**
 * Readability's clean-up of the article: containers (forms, tables, lists, divisions) named for furniture, or
 * with few commas and the look of furniture (more list items or pictures than paragraphs, links making a good
 * part of the text, no text of their own), and small sharing boxes, aside boxes and headings named for furniture
 * leave it. Innermost first: once a list of links inside a division has gone, the division is judged without it.
 */
export function cleanArticle(
  blocks: readonly PageBlock[],
  extents: ReadonlyMap<Element, Extent>,
  roots: readonly Element[],
  chosen: boolean[],
  { text, links }: { text: readonly number[]; links: readonly number[] },
  namesOf: (element: Element) => Names,
  weighClasses: boolean,
): void {
  const rootSet = new Set(roots);
  const containers = new Set<Element>();
  const drop = (extent: Extent) => {
    for (let i = extent.first; i < extent.end; i++) chosen[i] = false;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!chosen[i]) continue;
    for (let node: Element | null = blocks[i].element; node; node = parentElement(node)) {
      if (containers.has(node)) break;
      containers.add(node);
      if (rootSet.has(node)) break;
    }
  }
  const inside = [...containers];
  // Asides, sharing boxes (below the article's top level) and headings with names of furniture go whatever.
  for (const element of inside) {
    const extent = extents.get(element);
    if (!extent) continue;
    const tag = element.name;
    const share =
      !rootSet.has(element) && namesOf(element).share && rawChars(extent, text) < SHARE_CHARS;
    const badHeading =
      (tag === 'h1' || tag === 'h2') && weighClasses && namesOf(element).weight < 0;
    if (tag === 'aside' || share || badHeading) drop(extent);
  }
  // Deepest first.
  const depth = new Map<Element, number>();
  const depthOf = (e: Element): number => {
    let d = depth.get(e);
    if (d === undefined) {
      const parent = parentElement(e);
      d = parent && containers.has(parent) ? depthOf(parent) + 1 : 0;
      depth.set(e, d);
    }
    return d;
  };
  // A division with no block inside is a paragraph to Readability, never cleaned.
  const judged = inside
    .filter((e) => CLEANED.has(e.name) && (e.name !== 'div' || hasBlockInside(e, extents)))
    .sort((a, b) => depthOf(b) - depthOf(a));
  for (const element of judged) {
    const extent = extents.get(element);
    if (!extent) continue;
    if (
      looksLikeFurniture(
        element,
        extent,
        blocks,
        chosen,
        { text, links },
        weighClasses ? namesOf(element).weight : 0,
      )
    )
      drop(extent);
  }
}

function rawChars(extent: Extent, text: readonly number[]): number {
  let sum = 0;
  for (let i = extent.first; i < extent.end; i++) sum += text[i];
  return sum;
}

/** Readability's `_cleanConditionally` test for one container, on what is left of it. */
function looksLikeFurniture(
  element: Element,
  extent: Extent,
  blocks: readonly PageBlock[],
  chosen: readonly boolean[],
  { text, links }: { text: readonly number[]; links: readonly number[] },
  weight: number,
): boolean {
  const tag = element.name;
  let length = 0;
  let linked = 0;
  let commas = 0;
  let paragraphs = 0;
  let items = 0;
  let images = 0;
  let headings = 0;
  let inList = 0;
  let loose = 0;
  let lastParagraph: Element | null = null;
  for (let i = extent.first; i < extent.end; i++) {
    if (!chosen[i]) continue;
    const b = blocks[i];
    const { type } = b.block;
    if (type === 'table' && isDataTable(b)) return false;
    if (type === 'image') {
      images++;
      continue;
    }
    length += text[i];
    linked += links[i];
    commas += countCommas(b.block.text);
    if (type === 'list-item') {
      items++;
      inList += text[i];
    } else if (type === 'heading') headings += text[i];
    if (b.element === element) loose += text[i];
    if (b.element !== lastParagraph && (b.element.name === 'p' || b.element.name === 'div')) {
      paragraphs++;
      lastParagraph = b.element;
    }
  }
  if (weight < 0) return true;
  if (commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || (length > 0 && inList / length > 0.9);
  const density = length ? linked / length : 0;
  const figure = nearAncestor(element, 'figure');
  images = Math.max(images, extent.images);
  const suspicious =
    (!figure && images > 1 && paragraphs / images < 0.5) ||
    (!isList && items - 100 > paragraphs) ||
    (!isList &&
      !figure &&
      length &&
      headings / length < 0.9 &&
      length < 25 &&
      (images === 0 || images > 2) &&
      density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    // Loose text in a division is wrapped in paragraphs by Readability: only other containers can have none.
    (tag !== 'div' && images === 0 && length > 0 && loose === length);

  if (!suspicious || !isList) return !!suspicious;
  // A list of pictures stays.
  return !(images > 0 && images === items);
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) n++;
  return n;
}

/**
 * Readability's `_markDataTables` read from a table block: headings make a table of data, else its size does (ten
 * rows or more than four columns, or more than ten cells); a single row or column lays a page out.
 */
function isDataTable(block: PageBlock): boolean {
  const { headerRows, text } = block.block;
  if (headerRows) return true;
  const rows = text.split('\n');
  // A loop, not a spread: a table may have more rows than a call takes arguments.
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.split('\t').length);
  if (rows.length === 1 || columns === 1) return false;
  return rows.length >= 10 || columns > 4 || rows.length * columns > 10;
}

export function ownText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  return false;
}

/** Whether the element holds a block of its own (a paragraph, a list, a picture): a `<div>` without is a paragraph. */
export function hasBlockInside(element: Element, extents: ReadonlyMap<Element, Extent>): boolean {
  const extent = extents.get(element);
  if (!extent) return false;
  return extent.images > 0 || extent.paragraphs > 0 || extent.items > 0 || nestedBlock(element);
}

const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

function nestedBlock(element: Element): boolean {
  for (let child = firstElementChild(element); child; child = nextElementSibling(child))
    if (DIV_TO_P.has(child.name) || nestedBlock(child)) return true;
  return false;
}
