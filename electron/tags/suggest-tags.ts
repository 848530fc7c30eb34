import nlp from 'compromise';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

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
/** A key word (not a name) must come back this often in the story to be what it is about. */
const KEY_WORD_MIN_COUNT = 3;
/** Words shorter than this are rarely a topic ("war" is, but stands in a name or the title). */
const KEY_WORD_MIN_LENGTH = 5;
/** Longer capitalised runs are a headline's words, not a name. */
const MAX_NAME_WORDS = 4;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words between the capitalised words of a name ("Bank of England", "Comté de Nice"). */
const NAME_JOINERS = new Set([
  'of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'y', 'e', 'and',
]); // prettier-ignore
/** Titles and roles before a name: "President Volodymyr Zelensky" is tagged "Volodymyr Zelensky". */
const ROLES =
  /^(?:(?:mr|mrs|ms|dr|prof|sir|dame|president|prime|minister|chancellor|secretary|senator|governor|mayor|king|queen|prince|princess|pope|general|judge|chief|ceo|chairman|spokesman|spokeswoman|spokesperson|foreign|defence|defense|interior|finance|health|deputy|vice|former|state|premier|präsident|präsidentin|kanzler|kanzlerin|ministerin|bürgermeister|bürgermeisterin|président|présidente|ministre|maire|presidente|ministro|sindaco|alcalde|burgemeester)\.?\s+)+/i;
/** A nationality or place adjective before a role ("Ukrainian President"): a word ending like one, then a role. */
const DEMONYM_BEFORE_ROLE = /^\p{Lu}\p{L}+(?:an|ian|ese|ish|ic|i)\s+(?=\p{Lu})/u;
/** Lines that credit a photo or an agency rather than say anything. */
const CREDIT_LINE =
  /(getty images|photo:|photograph:|foto:|bild:|image:|afp via|\bap photo\b|reuters\/|©|copyright)/i;

interface Term {
  display: string;
  score: number;
}

function wordsOf(phrase: string): string[] {
  return phrase.toLocaleLowerCase().split(' ');
}

/** The language's base subtag ("pt" for "pt-BR"); English when unknown. */
function baseLanguage(language: string | null): string {
  return (language ?? 'en').toLowerCase().split('-')[0];
}

/**
 * Words that are never a tag in this language: its stop words, and the
 * names of its weekdays and months ("Tuesday", "März"), English's too.
 */
function commonWords(language: string): Set<string> {
  const lists = stopwords as Record<string, string[]>;
  const common = new Set([...(lists[language] ?? []), ...(language === 'en' ? [] : lists.en)]);
  for (const locale of new Set([language, 'en'])) {
    let names: Intl.DateTimeFormat[];
    try {
      names = ['long', 'short'].flatMap((style) => [
        new Intl.DateTimeFormat(locale, { weekday: style as 'long' }),
        new Intl.DateTimeFormat(locale, { month: style as 'long' }),
      ]);
    } catch {
      continue;
    }
    // 2024-01-01 is a Monday: its first week holds every weekday, its first days of the months every month.
    const dates = [0, 1, 2, 3, 4, 5, 6].map((d) => new Date(Date.UTC(2024, 0, 1 + d)));
    for (let month = 0; month < 12; month++) dates.push(new Date(Date.UTC(2024, month, 1)));
    for (const date of dates)
      for (const format of names) common.add(format.format(date).toLocaleLowerCase());
  }
  return common;
}

/**
 * The story without what names no topic: bracketed asides ("[BANGKOK]",
 * "(Jul 23)"), a dateline opening a paragraph ("DUBAI, United Arab Emirates
 * —"), and lines crediting a photo.
 */
function cleanForTags(text: string): string {
  return text
    .split('\n')
    .filter((line) => !CREDIT_LINE.test(line))
    .map((line) =>
      line
        .replace(/\[[^\]\n]*\]|\([^)\n]*\)/g, ' ')
        .replace(/^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\p{N}\s.'’-]+?)?\s*[—–-]\s+/u, ''),
    )
    .join('\n');
}

/** A candidate name tidied: no possessive, quotes, article, role or title before it; null when it is not a name. */
function tidyName(text: string, common: ReadonlySet<string>): string | null {
  const name = text
    .replace(/[’']s\b/g, '')
    .replace(/^[\s"'“”‘’([]+|[\s"'“”‘’)\],;:!?\-–—]+$|(?<!\b\p{L})\.+$/gu, '')
    .replace(/^(the|a|an)\s+/i, '')
    .replace(DEMONYM_BEFORE_ROLE, (m, _at: number, all: string) =>
      ROLES.test(all.slice(m.length)) ? '' : m,
    )
    .replace(ROLES, '')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = name.split(' ');
  // A name is capitalised words, maybe joined by "of" or "de": not a phrase that starts in lower case.
  const isName =
    parts.length <= MAX_NAME_WORDS &&
    parts.every(
      (w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < parts.length - 1 && NAME_JOINERS.has(w)),
    );
  if (!isName || name.length < 3) return null;
  // "Neue Seilbahn", "Jahren Bauzeit": German capitalises its nouns, and these are words, not a name.
  if (parts.some((w) => !NAME_JOINERS.has(w) && common.has(w.toLocaleLowerCase()))) return null;
  return name;
}

function add(terms: Map<string, Term>, display: string, score: number): void {
  const key = display.toLocaleLowerCase();
  const term = terms.get(key);
  if (term) term.score += score;
  else terms.set(key, { display, score });
}

/**
 * Names the story writes with capitals: runs of capitalised words ("Ottawa
 * Convention") that recur or head the story, which compromise may split, and
 * single capitalised words inside sentences ("Cancale", "Groningen"), which
 * are names in most languages (not in German, whose nouns are all
 * capitalised, nor in English, where compromise tells names from "Danish";
 * see `namedEntities`). A possessive ends a name:
 * "Thailand's Second Army" is "Thailand" and "Second Army".
 */
function capitalisedNames(
  text: string,
  title: string,
  language: string,
  common: ReadonlySet<string>,
  terms: Map<string, Term>,
): void {
  const counts = new Map<string, number>();
  const NAME =
    /(?<![.!?:]\s|^|[\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}-]+(?:\s+(?:(?:of|de|du|la|von|van|der)\s+)?\p{Lu}[\p{L}\p{M}-]+)*/gmu;
  for (const m of `${title}\n${text}`.matchAll(NAME)) {
    for (const part of m[0].split(/[’']s\s+/)) {
      const name = tidyName(part, common);
      // A single word: in German any noun; in English compromise tells a name from "Danish" or "Western".
      if (!name || (!name.includes(' ') && (language === 'de' || language === 'en'))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const lowerTitle = title.toLocaleLowerCase();
  for (const [name, n] of counts) {
    const inTitle = lowerTitle.includes(name.toLocaleLowerCase());
    const weight = name.includes(' ') ? 3 : 2;
    if (n >= 2 || inTitle) add(terms, name, weight * n + (inTitle ? 5 : 0));
  }
}

/** People, places and organisations, as compromise finds them in English text. */
function namedEntities(
  doc: ReturnType<typeof nlp>,
  title: string,
  common: ReadonlySet<string>,
  terms: Map<string, Term>,
): void {
  const lowerTitle = title.toLocaleLowerCase();
  for (const found of [doc.people(), doc.places(), doc.organizations()]) {
    for (const raw of found.out('array') as string[]) {
      const name = tidyName(raw, common);
      if (name) add(terms, name, 2 + (lowerTitle.includes(name.toLocaleLowerCase()) ? 4 : 0));
    }
  }
}

/**
 * Key words: words of the title the story comes back to, weighted against
 * the library (TF-IDF), in the form the story uses most. Never a stop word
 * of the story's language, a weekday or a month; in English only nouns that
 * are not verbs in -ing ("running").
 */
function keyWords(
  text: string,
  title: string,
  language: string,
  nouns: ReadonlySet<string> | null,
  common: ReadonlySet<string>,
  vocabulary: LibraryVocabulary,
  terms: Map<string, Term>,
): void {
  const inTitle = new Set(
    [...words.segment(title)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase()),
  );
  const counts = new Map<string, { n: number; forms: Map<string, number> }>();
  const all = `${title}\n${text}`;
  for (const { segment, index, isWordLike } of words.segment(all)) {
    if (!isWordLike) continue;
    const word = segment.replace(/[’']s$/, '');
    if (word.length < KEY_WORD_MIN_LENGTH || /\p{N}/u.test(word)) continue;
    // Part of a hyphenated compound ("anti-personnel"): not a term on its own.
    if (all[index - 1] === '-' || all[index + segment.length] === '-') continue;
    const key = word.toLocaleLowerCase();
    if (common.has(key) || !inTitle.has(key) || (nouns && !nouns.has(key))) continue;
    const entry = counts.get(key) ?? { n: 0, forms: new Map() };
    entry.n++;
    entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
    counts.set(key, entry);
  }
  for (const [key, { n, forms }] of counts) {
    if (n < KEY_WORD_MIN_COUNT) continue;
    const df = vocabulary.documentFrequency.get(key) ?? 0;
    const idf = Math.log((vocabulary.documents + 1) / (df + 1)) + 1;
    // The form the story uses most; a common noun in lower case, however a headline capitalised it.
    const [display] = [...forms].sort((a, b) => b[1] - a[1])[0];
    // English capitalises only names and their adjectives ("Danish"): compromise finds the names.
    if (language === 'en' && !forms.has(key)) continue;
    add(terms, language !== 'de' && forms.has(key) ? key : display, n * idf);
  }
}

/** Whether two terms are one word in two forms ("ferry", "ferries"; "Bücherei", "Stadtbücherei"). */
function sameWord(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.slice(0, Math.max(4, short.length - 2));
  return long.startsWith(stem) || long.endsWith(short);
}

/**
 * Tags to offer for an article: the people, places and organisations it is
 * about and its key terms, weighted against the library's own vocabulary.
 * Names come without their brackets, dateline, possessive or role; words
 * are never the language's small words, weekdays or months. Offered, never
 * applied: the person chooses.
 */
export function suggestTags(
  input: { title: string; text: string; language: string | null; existing: readonly string[] },
  vocabulary: LibraryVocabulary,
): string[] {
  const language = baseLanguage(input.language);
  const common = commonWords(language);
  const text = cleanForTags(input.text.slice(0, READ_CHARS));
  const title = cleanForTags(input.title);
  const terms = new Map<string, Term>();
  capitalisedNames(text, title, language, common, terms);
  let nouns: Set<string> | null = null;
  if (language === 'en') {
    const doc = nlp(`${title}.\n${text}`);
    namedEntities(doc, title, common, terms);
    nouns = new Set(
      (doc.match('#Noun').not('#Pronoun').not('#Gerund').out('array') as string[]).flatMap((n) =>
        wordsOf(n),
      ),
    );
  }
  keyWords(text, title, language, nouns, common, vocabulary, terms);
  const lowerText = `${title} ${text}`.toLocaleLowerCase();
  for (const tag of vocabulary.tags) {
    if (lowerText.includes(tag.toLocaleLowerCase())) add(terms, tag, 6);
  }
  const taken = new Set(input.existing.map((t) => t.toLocaleLowerCase()));
  const ranked = [...terms.values()]
    .filter((t) => !taken.has(t.display.toLocaleLowerCase()))
    .sort((a, b) => b.score - a.score);
  const chosen: string[] = [];
  for (const term of ranked) {
    // "Ottawa" and "Zelensky" stand for the "Ottawa Convention" and "Volodymyr Zelensky" they are part of.
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
          wordsOf(display).includes(c.toLocaleLowerCase()) ||
          sameWord(c.toLocaleLowerCase(), key),
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
