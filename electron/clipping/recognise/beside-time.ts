import { bylineOf } from './byline.ts';
import { WIRE_AGENCIES } from './wire-agencies.ts';

/** Feeds set an outlet off from its time with a dot, a bar or a dash: "Reuters · 2h", "北陸テレビ｜3時間前". */
const SEPARATOR = /[·•|｜–—-]/u;
const SET_OFF = /^\s*[·•|｜–—-]\s*|\s*[·•|｜–—-]\s*$/gu;
const NAME_WORD = /^[\p{Lu}\p{Lo}\p{N}][\p{L}\p{M}\p{N}'’.&+-]*$/u;
const MAX_NAME_WORDS = 6;
/** Agencies printed in lower case ("dpa") are names all the same. */
const AGENCY_NAMES = new Set(Object.values(WIRE_AGENCIES).flat());

/**
 * The name set off from the time `time` on the same line ("The Coastal Post ·
 * 1d", "5h | Reuters"), when it is a short capitalised name; else null.
 */
export function nameBesideTime(text: string, time: string): string | null {
  const at = text.indexOf(time);
  if (at < 0) return null;
  // What is left of an abbreviation's full stop ("vor 5 Std.") is no side.
  const [left, right] = [text.slice(0, at), text.slice(at + time.length).replace(/^\.+/, '')];
  const side = left.trim() && !right.trim() ? left : right.trim() && !left.trim() ? right : null;
  if (!side || !SEPARATOR.test(side)) return null;
  const name = side.replace(SET_OFF, '').trim();
  // "By John Walk - January 10, 2020": a writer beside the time, not an outlet.
  if (!name || bylineOf(name) !== null) return null;
  return isOutletName(name) || AGENCY_NAMES.has(name) ? name : null;
}

/** Small words inside a name: "Le Courrier de la Côte", "Algemeen Dagblad van het Noorden". */
const PARTICLE = /^\p{Ll}{1,3}$/u;
/** "d'Armor", "dell'Umbria": an elided particle before a capitalised word. */
const ELIDED = /^\p{Ll}{1,4}['’]/u;

/** A few capitalised words, small words between them allowed: how outlets are named. */
export function isOutletName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= MAX_NAME_WORDS &&
    isCapitalised(words[0]) &&
    isCapitalised(words[words.length - 1]) &&
    words.every((w) => isCapitalised(w) || PARTICLE.test(w))
  );
}

function isCapitalised(word: string): boolean {
  return NAME_WORD.test(word.replace(ELIDED, ''));
}
