/** A link-only clip that a pasted article may be the text of. */
export interface LinkOnlyCandidate {
  id: string;
  title: string;
  url: string | null;
  /** How it was found: the same address, or (when the paste has none that matches) the same title. */
  matchedBy: 'url' | 'title';
}

/** What a pasted article could complete: the candidates, and whether one of them is certain enough to offer first. */
export interface LinkOnlyMatch {
  candidates: LinkOnlyCandidate[];
  /** The one candidate to preselect; null when the person has to choose (several, or a title that matched despite another address). */
  likely: string | null;
}
