const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name made from a title, safe on every system: no separators, control characters or reserved names, not too long. */
export function safeFileName(title: string, extension: string): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 100)
      .trim() || 'Untitled';
  return `${RESERVED.test(base) ? `_${base}` : base}.${extension}`;
}

/** Gives each title its own file name: the second "Budget.md" becomes "Budget (2).md". */
export function uniqueFileNames(titles: readonly string[], extension: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const first = safeFileName(title, extension);
    let name = first;
    for (let n = 2; used.has(name.toLocaleLowerCase()); n++)
      name = first.replace(new RegExp(`\\.${extension}$`), ` (${n}).${extension}`);
    used.add(name.toLocaleLowerCase());
    return name;
  });
}
