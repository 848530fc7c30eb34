/**
 * A made-up language with the statistics of news text: a vocabulary of
 * 30,000 words whose frequencies follow Zipf's law (the 100 commonest make
 * about half of all text) and whose common words are short.
 */
export interface WordSource {
  /** The word of a given frequency rank (0 is the commonest). */
  byRank(rank: number): string;
  /** `count` words in sentences: capitalised, with commas and full stops. */
  sentences(count: number): string;
  /** `count` words for a headline, first letter capitalised. */
  title(count: number): string;
  /** `count` words, lower case. */
  phrase(count: number): string;
}

const VOCABULARY = 30_000;
const ZIPF_EXPONENT = 1.0;
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'st', 'tr', 'ch', 'sh', 'pl', 'gr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'rk', 'ng'];

export function createWords(random: () => number): WordSource {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < VOCABULARY) {
    const rank = vocabulary.length;
    const syllables = rank < 60 ? 1 : rank < 2000 ? 1 + Math.floor(random() * 2) : 2 + Math.floor(random() * 2);
    let word = '';
    for (let s = 0; s < syllables; s++) word += (rank < 60 && random() < 0.3 ? '' : pick(ONSETS)) + pick(VOWELS) + pick(CODAS);
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  const cumulative = new Float64Array(VOCABULARY);
  let total = 0;
  for (let r = 0; r < VOCABULARY; r++) cumulative[r] = total += 1 / (r + 1) ** ZIPF_EXPONENT;

  const draw = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = VOCABULARY - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);
  const words = (count: number) => Array.from({ length: count }, draw);

  return {
    byRank: (rank) => vocabulary[rank],
    phrase: (count) => words(count).join(' '),
    title: (count) => capitalise(words(count).join(' ')),
    sentences(count) {
      const out: string[] = [];
      let sentenceLeft = 0;
      for (const word of words(count)) {
        if (sentenceLeft === 0) {
          if (out.length > 0) out[out.length - 1] += '.';
          sentenceLeft = 8 + Math.floor(random() * 14);
          out.push(capitalise(word));
        } else out.push(random() < 0.06 ? `${word},` : word);
        sentenceLeft--;
      }
      return `${out.join(' ').replace(/,$/, '')}.`;
    },
  };
}
