import nlp from 'compromise';

/** What the library knows of its own words: how many clips use each, and the tags people chose. */
export interface LibraryVocabulary {
  documents: number;
  /** Lower-cased term → number of clips whose title or opening use it. */
  documentFrequency: ReadonlyMap<string, number>;
  tags: readonly string[];
}

const MAX_SUGGESTIONS = 6;
/** Names and key terms show early in a news story; reading it all costs time for nothing. */
const READ_CHARS = 8000;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

interface Term {
  display: string;
  score: number;
}

function wordsOf(phrase: string): string[] {
  return phrase.toLocaleLowerCase().split(' ');
}

function tidyEntity(text: string): string {
  return text
    .replace(/[’']s\b/g, '')
    .replace(/^[\s"'“”‘’([]+|[\s"'“”‘’)\].,;:!?\-–—]+$/g, '')
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function add(terms: Map<string, Term>, display: string, score: number): void {
  if (display.length < 3) return;
  const key = display.toLocaleLowerCase();
  const term = terms.get(key);
  if (term) term.score += score;
  else terms.set(key, { display, score });
}

/** Runs of capitalised words ("Ottawa Convention") that recur or head the story: names compromise may split. */
function capitalisedPhrases(text: string, title: string, terms: Map<string, Term>): void {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(
    /(?<![.!?]\s)\b\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+)+/gu,
  )) {
    const phrase = tidyEntity(m[0]);
    if (phrase.includes(' ')) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const lowerTitle = title.toLocaleLowerCase();
  for (const [phrase, n] of counts) {
    const inTitle = lowerTitle.includes(phrase.toLocaleLowerCase());
    if (n >= 2 || inTitle) add(terms, phrase, 3 * n + (inTitle ? 5 : 0));
  }
}

/** People, places and organisations, as compromise finds them in English text. */
function namedEntities(doc: ReturnType<typeof nlp>, title: string, terms: Map<string, Term>): void {
  const lowerTitle = title.toLocaleLowerCase();
  for (const found of [doc.people(), doc.places(), doc.organizations()]) {
    for (const raw of found.out('array') as string[]) {
      const name = tidyEntity(raw);
      if (!name) continue;
      add(terms, name, 2 + (lowerTitle.includes(name.toLocaleLowerCase()) ? 4 : 0));
    }
  }
}

/** Words frequent here and rare in the library (TF-IDF), in the form the story uses most; only nouns where the language is known to compromise. */
function keyWords(
  text: string,
  title: string,
  nouns: ReadonlySet<string> | null,
  vocabulary: LibraryVocabulary,
  terms: Map<string, Term>,
): void {
  const counts = new Map<string, { n: number; forms: Map<string, number> }>();
  const all = `${title} ${title} ${text}`;
  for (const { segment, index, isWordLike } of words.segment(all)) {
    if (!isWordLike || segment.length < 5 || /^\p{N}+$/u.test(segment)) continue;
    // Part of a hyphenated compound ("anti-personnel"): not a term on its own.
    if (all[index - 1] === '-' || all[index + segment.length] === '-') continue;
    const key = segment.toLocaleLowerCase();
    if (nouns && !nouns.has(key)) continue;
    const entry = counts.get(key) ?? { n: 0, forms: new Map() };
    entry.n++;
    entry.forms.set(segment, (entry.forms.get(segment) ?? 0) + 1);
    counts.set(key, entry);
  }
  for (const [key, { n, forms }] of counts) {
    if (n < 3) continue;
    const df = vocabulary.documentFrequency.get(key) ?? 0;
    const idf = Math.log((vocabulary.documents + 1) / (df + 1)) + 1;
    const display = [...forms].sort((a, b) => b[1] - a[1])[0][0];
    add(terms, display, n * idf);
  }
}

/**
 * Tags to offer for an article: the people, places and organisations it is
 * about and its key terms, weighted against the library's own vocabulary.
 * Offered, never applied: the person chooses.
 */
export function suggestTags(
  input: { title: string; text: string; language: string | null; existing: readonly string[] },
  vocabulary: LibraryVocabulary,
): string[] {
  const text = input.text.slice(0, READ_CHARS);
  const terms = new Map<string, Term>();
  capitalisedPhrases(text, input.title, terms);
  let nouns: Set<string> | null = null;
  if (!input.language || input.language === 'en') {
    const doc = nlp(`${input.title}.\n${text}`);
    namedEntities(doc, input.title, terms);
    nouns = new Set(
      (doc.match('#Noun').not('#Pronoun').out('array') as string[]).flatMap((n) => wordsOf(n)),
    );
  }
  keyWords(text, input.title, nouns, vocabulary, terms);
  const lowerText = `${input.title} ${text}`.toLocaleLowerCase();
  for (const tag of vocabulary.tags) {
    if (lowerText.includes(tag.toLocaleLowerCase())) add(terms, tag, 6);
  }
  const taken = new Set(input.existing.map((t) => t.toLocaleLowerCase()));
  const ranked = [...terms.values()]
    .filter((t) => !taken.has(t.display.toLocaleLowerCase()))
    .sort((a, b) => b.score - a.score);
  const chosen: string[] = [];
  for (const term of ranked) {
    // "Ottawa" stands for the "Ottawa Convention" it is part of, when that phrase is a candidate too.
    const phrase = ranked.find(
      (p) =>
        p.display.includes(' ') && wordsOf(p.display).includes(term.display.toLocaleLowerCase()),
    );
    const display = phrase?.display ?? term.display;
    const key = display.toLocaleLowerCase();
    if (
      chosen.some(
        (c) =>
          c.toLocaleLowerCase() === key ||
          wordsOf(c).includes(key) ||
          wordsOf(display).includes(c.toLocaleLowerCase()),
      )
    )
      continue;
    // The library's spelling of a tag wins.
    chosen.push(vocabulary.tags.find((t) => t.toLocaleLowerCase() === key) ?? display);
    if (chosen.length === MAX_SUGGESTIONS) break;
  }
  return chosen;
}

/** Counts, over the library, how many clips use each word of their title and opening. */
export function buildVocabulary(
  clips: readonly { title: string; excerpt: string; tags: readonly string[] }[],
): LibraryVocabulary {
  const documentFrequency = new Map<string, number>();
  const tags = new Set<string>();
  for (const clip of clips) {
    const seen = new Set<string>();
    for (const { segment, isWordLike } of words.segment(`${clip.title} ${clip.excerpt}`)) {
      if (isWordLike) seen.add(segment.toLocaleLowerCase());
    }
    for (const word of seen) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    for (const tag of clip.tags) tags.add(tag);
  }
  return { documents: clips.length, documentFrequency, tags: [...tags] };
}
