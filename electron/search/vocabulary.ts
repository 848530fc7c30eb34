/**
 * The terms the search index holds, sorted, for what FTS5 cannot do by
 * itself: find the terms within a typo or two of a word (a query word is
 * expanded into them), and tell whether a word starts any other term.
 *
 * Typos are counted as Damerau's optimal string alignment does: a letter
 * added, dropped, changed, or two letters swapped ("tpyo") count one each.
 * The search walks the sorted terms as a trie would, sharing the rows of the
 * distance table between terms with a common start and skipping every term
 * under a start that is already too far off.
 */
/** How many words' near spellings are kept, found: more than a person types between two changes of the terms. */
const NEAR_KEPT = 500;

export class Vocabulary {
  #sorted: string[] = [];
  #known = new Set<string>();
  /** Terms added since the sorted list was last rebuilt. */
  #added: string[] = [];
  /** What `near` found, by distance and word, since the terms last changed. */
  #nearFound = new Map<string, string[]>();

  get size(): number {
    return this.#known.size;
  }

  has(term: string): boolean {
    return this.#known.has(term);
  }

  /** Adds terms; returns those that were new. */
  add(terms: Iterable<string>): string[] {
    const fresh: string[] = [];
    for (const term of terms) {
      if (this.#known.has(term)) continue;
      this.#known.add(term);
      this.#added.push(term);
      fresh.push(term);
    }
    if (fresh.length > 0) this.#nearFound.clear();
    return fresh;
  }

  /** Sorts the terms added since the last search now, so that the next need not. */
  sort(): void {
    this.#terms();
  }

  /** Whether some term other than `word` starts with it. */
  startsOther(word: string): boolean {
    const sorted = this.#terms();
    let at = lowerBound(sorted, word);
    if (sorted[at] === word) at++;
    return at < sorted.length && sorted[at].startsWith(word);
  }

  /** Terms whose distance from `word` is at most `max`, `word` itself left out, closest first. */
  near(word: string, max: number): string[] {
    if (max <= 0) return [];
    // A list's later windows, and a query typed again, ask for the same words: found once, until the terms change.
    const key = `${max} ${word}`;
    let found = this.#nearFound.get(key);
    if (!found) {
      if (this.#nearFound.size >= NEAR_KEPT) this.#nearFound.clear();
      found = this.#search(word, max);
      this.#nearFound.set(key, found);
    }
    return [...found];
  }

  #search(word: string, max: number): string[] {
    const sorted = this.#terms();
    const found: Array<{ term: string; distance: number }> = [];
    const width = word.length + 1;
    // rows[k] is the distance row for the first k characters of the current term; the first `valid` hold.
    // They are written over in place, not made anew for each term.
    const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
    let valid = 1;
    let previous = '';
    let i = 0;
    while (i < sorted.length) {
      const term = sorted[i];
      let depth = commonPrefix(previous, term, valid - 1);
      let pruned = -1;
      for (; depth < term.length; depth++) {
        const row = (rows[depth + 1] ??= new Int32Array(width));
        fillRow(row, rows, depth, term, word);
        if (minOf(row) > max) {
          pruned = depth + 1;
          break;
        }
      }
      previous = term;
      if (pruned >= 0) {
        // No term starting like this one, up to here, can come within reach.
        const start = term.slice(0, pruned);
        i = lowerBound(sorted, start + '\uffff', i + 1);
        valid = pruned;
        continue;
      }
      valid = term.length + 1;
      const distance = rows[term.length][word.length];
      if (distance <= max && term !== word) found.push({ term, distance });
      i++;
    }
    return found.sort((a, b) => a.distance - b.distance).map((f) => f.term);
  }

  #terms(): string[] {
    if (this.#added.length > 0) {
      this.#sorted = this.#sorted.concat(this.#added).sort(compare);
      this.#added = [];
    }
    return this.#sorted;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function commonPrefix(a: string, b: string, limit: number): number {
  const end = Math.min(a.length, b.length, limit);
  let k = 0;
  while (k < end && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Writes into `row` the distance row for the term's first `depth + 1` characters, from the rows before it. */
function fillRow(
  row: Int32Array,
  rows: readonly Int32Array[],
  depth: number,
  term: string,
  word: string,
): void {
  const above = rows[depth];
  const twoAbove = depth > 0 ? rows[depth - 1] : null;
  const c = term.charCodeAt(depth);
  row[0] = depth + 1;
  for (let j = 1; j <= word.length; j++) {
    const w = word.charCodeAt(j - 1);
    let best = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (c === w ? 0 : 1));
    if (twoAbove && j > 1 && c === word.charCodeAt(j - 2) && term.charCodeAt(depth - 1) === w)
      best = Math.min(best, twoAbove[j - 2] + 1);
    row[j] = best;
  }
}

function minOf(row: Int32Array): number {
  let min = row[0];
  for (let j = 1; j < row.length; j++) if (row[j] < min) min = row[j];
  return min;
}

function lowerBound(sorted: readonly string[], value: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
