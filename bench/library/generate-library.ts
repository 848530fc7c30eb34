import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyIndex, type LibraryIndex } from '../../electron/library/index-schema.ts';
import type { Block } from '../../electron/model/article.ts';
import { bodyText } from '../../electron/model/article.ts';
import type { Annotation, ClipBody, ClipRecord } from '../../electron/model/clip.ts';
import { countWords, excerptOf } from '../../electron/model/text-stats.ts';
import { createWords, type WordSource } from './words.ts';

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AFP',
  'The Straits Times',
  'The Guardian',
  'The New York Times',
  'Le Monde',
  'Der Spiegel',
  'Kyiv Independent',
  'Al Jazeera',
  'BBC News',
  'The Hindu',
  'South China Morning Post',
  'Financial Times',
  'El País',
  'The Japan Times',
  'ABC News',
  'Bangkok Post',
  'The Washington Post',
  'Nikkei Asia',
];
const TAGS = [
  'ukraine',
  'climate',
  'elections',
  'economy',
  'energy',
  'china',
  'health',
  'migration',
  'technology',
  'courts',
  'asia',
  'europe',
  'trade',
  'war',
  'science',
  'education',
  'housing',
  'transport',
  'culture',
  'sport',
  'climate change',
  'artificial intelligence',
  'middle east',
  'labour',
  'agriculture',
];

export interface GeneratedLibrary {
  dir: string;
  clips: number;
  /** Words of the generated language by how common they are, for the queries. */
  words: WordSource;
  /** A few consecutive words from one clip's text, to search as a phrase. */
  samplePhrase: string;
  tags: readonly string[];
  outlets: readonly string[];
  /** Bytes of every clip's text (UTF-8), what the search index's size is compared with. */
  textBytes: number;
}

/** What a generated library folder records about itself, so a benchmark can use it again. */
const ABOUT = 'bench-library.json';

/** A small seeded generator (mulberry32): the same seed makes the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a library of `count` clips in the store's own format (index file,
 * one text file and one paste per clip), as years of clipping would leave it:
 * titles and texts drawn from a Zipf-distributed vocabulary, a few KB each,
 * outlets, tags, notes, highlights and reading state varied.
 */
export async function generateLibrary(
  dir: string,
  count: number,
  seed = 20250801,
): Promise<GeneratedLibrary> {
  const random = seededRandom(seed);
  const words = createWords(random);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  await mkdir(path.join(dir, 'clips'), { recursive: true });
  await mkdir(path.join(dir, 'pastes'), { recursive: true });

  const index: LibraryIndex = emptyIndex();
  const start = Date.parse('2023-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;
  let samplePhrase = '';
  let textBytes = 0;
  const writes: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const pasteId = randomUUID();
    const createdAt = new Date(start + Math.floor(random() * span)).toISOString();
    const blocks: Block[] = [];
    const paragraphs = 4 + Math.floor(random() * 8);
    for (let p = 0; p < paragraphs; p++)
      blocks.push({ type: 'paragraph', text: words.sentences(40 + Math.floor(random() * 60)) });
    if (i === 0) samplePhrase = phraseFrom(blocks[1].text, words);
    const text = bodyText(blocks);
    textBytes += Buffer.byteLength(text);
    const annotations: Annotation[] = chance(0.1)
      ? [annotationOn(text, words.phrase(6), createdAt, randomUUID())]
      : [];
    const tagCount = Math.floor(random() * random() * 4);
    const record: ClipRecord = {
      id,
      pasteId,
      articleIndex: 0,
      createdAt,
      updatedAt: createdAt,
      revision: 0,
      title: words.title(6 + Math.floor(random() * 7)),
      source: chance(0.95) ? pick(OUTLETS) : null,
      byline: chance(0.6) ? `By ${words.title(2)}` : null,
      published: chance(0.7)
        ? new Date(Date.parse(createdAt) - Math.floor(random() * 3 * 86_400_000)).toISOString()
        : null,
      dateline: null,
      credit: null,
      language: 'en',
      url: null,
      excerpt: excerptOf(blocks),
      wordCount: countWords(text),
      // Popular tags are far more common than the rest, as in a real library.
      tags: [
        ...new Set(
          Array.from(
            { length: tagCount },
            () => TAGS[Math.floor(TAGS.length * random() * random())],
          ),
        ),
      ],
      annotations,
      note: chance(0.03) ? words.sentences(12) : '',
      reading: {
        progress: chance(0.5) ? 1 : Math.round(random() * 100) / 100,
        read: chance(0.45),
        archived: chance(0.1),
        favorite: chance(0.05),
        openedAt: chance(0.6) ? createdAt : null,
      },
      deletedAt: null,
      linkOnly: false,
    };
    index.clips[id] = record;
    const body: ClipBody = { id, revision: 0, blocks, removed: [] };
    writes.push(writeFile(path.join(dir, 'clips', `${id}.json`), JSON.stringify(body)));
    writes.push(
      writeFile(path.join(dir, 'pastes', `${pasteId}.txt`), `${record.title}\n\n${text}`),
    );
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(
    path.join(dir, ABOUT),
    JSON.stringify({ clips: count, seed, samplePhrase, textBytes }),
  );
  return { dir, clips: count, words, samplePhrase, tags: TAGS, outlets: OUTLETS, textBytes };
}

/** A library `generateLibrary` wrote with the same count and seed, when `dir` holds one. */
export async function generatedBefore(
  dir: string,
  count: number,
  seed = 20250801,
): Promise<GeneratedLibrary | null> {
  const about = await readFile(path.join(dir, ABOUT), 'utf8').then(
    (text) =>
      JSON.parse(text) as { clips: number; seed: number; samplePhrase: string; textBytes: number },
    () => null,
  );
  if (!about || about.clips !== count || about.seed !== seed) return null;
  // The words come first out of the seeded generator, so the same seed gives the same language.
  const words = createWords(seededRandom(seed));
  return {
    dir,
    clips: count,
    words,
    samplePhrase: about.samplePhrase,
    tags: TAGS,
    outlets: OUTLETS,
    textBytes: about.textBytes,
  };
}

/** Three words that stand together in a text, around one that is not among the language's 300 commonest: what a person would quote. */
function phraseFrom(text: string, words: WordSource): string {
  const common = new Set(Array.from({ length: 300 }, (_, rank) => words.byRank(rank)));
  const list = text.toLowerCase().replace(/[.,]/g, '').split(' ');
  const at = Math.max(
    1,
    list.findIndex((w, i) => i > 0 && !common.has(w)),
  );
  return list.slice(at - 1, at + 2).join(' ');
}

function annotationOn(text: string, note: string, at: string, id: string): Annotation {
  const start = text.indexOf(' ', Math.floor(text.length / 3)) + 1;
  const end = text.indexOf(' ', start + 30);
  return {
    id,
    createdAt: at,
    updatedAt: at,
    color: 'yellow',
    note,
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    position: { start, end },
    orphaned: false,
  };
}
