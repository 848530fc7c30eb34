/** A file's name without its folders, whichever system's separators it came with. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}
