import { BYLINE_OPENERS, BYLINE_ROLES } from './byline-words.ts';
import { WIRE_AGENCIES } from './wire-agencies.ts';
import { alternatives } from './alternatives.ts';

/** "By Jane Doe", "Von Max Muster publiziert am …", "Текст: Венера Ерофеева·24 сентября 2018". */
const OPENER = new RegExp(`^(?:${alternatives(BYLINE_OPENERS)})\\s*:?\\s+(.+)$`, 'iu');
/** "Tom Krisher, AP Auto Writer", "Joe Bloggs | Senior Correspondent": what follows the name's separator. */
const SEPARATOR = /\s*[,|·–—-]\s*/u;
const ROLE = new RegExp(`^(?:[\\p{L}.]+\\s+){0,3}(?:${alternatives(BYLINE_ROLES)})\\b`, 'iu');
/** "Tom Davies Associated Press", "Jane Doe, Reuters": a name and the agency it writes for. */
const AGENCY = new RegExp(
  `(?:\\s*[,|·–—-]\\s*|\\s)(?:${alternatives(Object.values(WIRE_AGENCIES).flat())})$`,
  'u',
);
/** "Catherine Shu @catherineshu": a name and its social handle. */
const HANDLE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+@\w+/u;
/** Where a byline's name stops: a date, a separator, a place or role in brackets, a handle, "and more". */
const NAME_END =
  /\s*(?:[|·•/]|\s[-–—]\s|\s\(|,\s*(?:updated|published|posted)|\s@|\s(?:updated|published|posted|publiziert|publié|pubblicato|publicado)\b|\s\d).*$/iu;
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}+|and|und|et|e|y|&|de|da|di|van|von|der|le|la|al|bin)$/u;

/** A byline is a line of its own, not a sentence: longer lines are story text. */
const BYLINE_MAX_CHARS = 120;
/** Two or three writers' names with "and" between them. */
const NAMES_MAX_WORDS = 8;
/** A person's name alone: a first name and a surname or two. */
const BARE_NAME = { maxChars: 40, minWords: 2, maxWords: 4 };

/**
 * The writer's name when the line is a byline, else null. Asks for the shape of
 * a name (a few capitalised words) so that "By the way, …" is not a byline.
 */
export function bylineOf(text: string): string | null {
  if (text.length > BYLINE_MAX_CHARS) return null;
  const opener = OPENER.exec(text);
  if (opener) return nameIn(opener[1]);
  const separator = SEPARATOR.exec(text);
  if (
    separator &&
    separator.index > 0 &&
    ROLE.test(text.slice(separator.index + separator[0].length))
  ) {
    return nameIn(text.slice(0, separator.index));
  }
  const agency = AGENCY.exec(text);
  if (agency && agency.index > 0) return nameIn(text.slice(0, agency.index));
  const handle = HANDLE.exec(text);
  if (handle) return handle[1];
  return null;
}

function nameIn(text: string): string | null {
  const name = text
    .replace(NAME_END, '')
    .replace(/[,;:]+$/, '')
    .trim();
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > NAMES_MAX_WORDS) return null;
  if (!words.every((w) => NAME_WORD.test(w.replace(/,$/, '')))) return null;
  return name;
}

/**
 * A line that is nothing but a person's name ("Panu Wongcha-um"): a byline
 * when it stands between a story's title and its text.
 */
export function bareName(text: string): string | null {
  if (text.length > BARE_NAME.maxChars || /\d/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < BARE_NAME.minWords || words.length > BARE_NAME.maxWords) return null;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[words.length - 1])
    ? text
    : null;
}
