/** A clip of the library that a new article repeats. */
export interface LibraryMatch {
  clipId: string;
  title: string;
  source: string | null;
  /** When the library's clip was made. */
  clippedAt: string;
  /** The same article (its address, or its outlet and nearly all its text), or the same story from another outlet. */
  kind: 'same-article' | 'pickup';
  similarity: number;
}
