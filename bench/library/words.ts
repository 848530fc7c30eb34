/**
 * A made-up language with the statistics of English news text: a vocabulary
 * of 30,000 words whose frequencies follow Zipf's law, the commonest being
 * English's own commonest words (so stop words are as common as in English),
 * the rest made up, common ones short.
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
/** English news text's commonest words, commonest first. */
const ENGLISH_HEAD = `the of and to a in that is for on said was with he it as at by from his
  be have has an are not but they this who had were their which or been its will after would
  also more year one new about people than government two up over when out we there all first
  last minister police can some into could other what her them time if president only three
  state week no so country years she our any most against under before during because you
  officials while told since made where many percent such between being those then just`.split(
  /\s+/,
);
const ZIPF_EXPONENT = 1.0;
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'br',
  'st',
  'tr',
  'ch',
  'sh',
  'pl',
  'gr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'rk', 'ng'];

export function createWords(random: () => number): WordSource {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vocabulary: string[] = [...ENGLISH_HEAD];
  const seen = new Set<string>(vocabulary);
  while (vocabulary.length < VOCABULARY) {
    const rank = vocabulary.length;
    const syllables =
      rank < 300 ? 1 : rank < 2000 ? 1 + Math.floor(random() * 2) : 2 + Math.floor(random() * 2);
    let word = '';
    for (let s = 0; s < syllables; s++)
      word += (random() < 0.2 ? '' : pick(ONSETS)) + pick(VOWELS) + pick(CODAS);
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
