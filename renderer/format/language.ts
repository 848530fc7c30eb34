const names = new Intl.DisplayNames(undefined, { type: 'language', fallback: 'code' });

/** A language's name in the person's own language ("English" for "en"); the tag itself when it has none. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
