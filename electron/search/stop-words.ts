/**
 * English words too common to find anything by (Lucene's and Snowball's lists,
 * shortened). They are left out of the index, which makes it much smaller
 * and keeps a search that has one from scoring every clip; phrases and lone
 * stop words are still found, by looking for them in the text.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be been but by for from had has have he her his i if in into is it its
  of on or our she so than that the their them then there these they this to was we were
  which while who will with would you your not no can could do does did all any
  also after about more most other some such only own same too very just over under again`.split(
    /\s+/,
  ),
);
