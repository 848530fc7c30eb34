/**
 * Whether a name is one every plain object already has (`__proto__`,
 * `constructor`, `toString`, …). Kept as a key of the library's records, such
 * a name is dropped (`__proto__`) or mistaken for what every object inherits,
 * so no clip id or tag name may be one.
 */
export function isPrototypeKey(name: string): boolean {
  return Object.hasOwn(Object.prototype, name);
}
