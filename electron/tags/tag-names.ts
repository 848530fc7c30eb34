import { PresscutError } from '../common/errors.ts';

export const MAX_TAG_LENGTH = 64;

/** A tag as typed, tidied: spaces trimmed and collapsed. Empty or overlong names are refused. */
export function normalizeTag(name: string): string {
  const tidy = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!tidy) throw new PresscutError('invalid-argument', 'A tag needs a name.');
  if (tidy.length > MAX_TAG_LENGTH)
    throw new PresscutError(
      'invalid-argument',
      `A tag name can be at most ${MAX_TAG_LENGTH} characters.`,
    );
  return tidy;
}

/** Tags are told apart without regard to case: "ukraine" is the existing "Ukraine". */
export function tagKey(name: string): string {
  return name.toLocaleLowerCase();
}

/** The spelling already in the library for a tag, when there is one; else the name as given. */
export function canonicalTag(name: string, existing: Iterable<string>): string {
  const key = tagKey(name);
  for (const tag of existing) if (tagKey(tag) === key) return tag;
  return name;
}
