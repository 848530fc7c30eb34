/**
 * The one rule for tag names, in both processes: main validates with it, the
 * window completes and matches what is typed with it, so "Kyïv" typed in
 * either Unicode form finds the same tag.
 */
import { PresscutError } from './errors.ts';
import { isPrototypeKey } from './prototype-keys.ts';

export const MAX_TAG_LENGTH = 64;

/** A tag as typed, tidied: NFC, spaces trimmed and collapsed; '' when nothing is left. */
export function tidyTag(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A tag as typed, tidied (see `tidyTag`). Empty or overlong names, and those every object has (`isPrototypeKey`), are refused. */
export function normalizeTag(name: string): string {
  const tidy = tidyTag(name);
  if (!tidy) throw new PresscutError('invalid-argument', 'A tag needs a name.');
  if (tidy.length > MAX_TAG_LENGTH)
    throw new PresscutError(
      'invalid-argument',
      `A tag name can be at most ${MAX_TAG_LENGTH} characters.`,
    );
  if (isPrototypeKey(tidy))
    throw new PresscutError(
      'invalid-argument',
      `“${tidy}” cannot be a tag name: Presscut keeps that word for itself. Choose another name.`,
    );
  return tidy;
}

/** Tags are told apart without regard to case or Unicode form: "ukraine" is the existing "Ukraine". */
export function tagKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase();
}

/** The spelling already in the library for a tag, when there is one; else the name as given. */
export function canonicalTag(name: string, existing: Iterable<string>): string {
  const key = tagKey(name);
  for (const tag of existing) if (tagKey(tag) === key) return tag;
  return name;
}
