/** What an id may be: it names a file in the library folder, so nothing that could climb out of it. */
const FILE_NAME_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Whether a name read from a file may be used as a key: not a name every
 * object already answers to (`__proto__`, `constructor`…), which a lookup
 * would confuse with the object's own machinery, or an assignment silently drop.
 */
export function isSafeKey(name: string): boolean {
  return !(name in Object.prototype);
}

/** Whether an id read from a file may name a clip or a paste: a safe key that can name a file. */
export function isSafeId(id: string): boolean {
  return isSafeKey(id) && FILE_NAME_ID.test(id);
}
