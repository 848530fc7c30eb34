/** "1 clip", "1,204 clips": a count with the word in the number it takes. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
