import { nameBesideTime } from '../recognise/beside-time.ts';
import { bylineOf } from '../recognise/byline.ts';
import { findTime, type FoundTime } from '../recognise/time.ts';
import type { PasteLine } from './segment.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
/** Without a digit, a time is said in a few words ("an hour ago", "gestern"); longer lines are not parsed. */
const WORDY_TIME_MAX_WORDS = 5;
/** A time said in words takes this many letters at least ("Friday", "gestern", not "Fr"). */
const WORDY_TIME_MIN_CHARS = 4;
/** A time line says little but the time: a couple of other words ("Updated", "Published"), or most of its characters. */
const TIME_LINE_OTHER_WORDS = 2;
const TIME_LINE_COVER = 0.6;
/** Lines longer than this are story text, never a date line or a byline. */
const META_MAX_CHARS = 120;

/**
 * Answers, line by line and only when asked, whether a line is a date line or a
 * byline. Date parsing is the dearest test of the engine, so each line is parsed
 * at most once, and only the lines some stage asks about.
 */
export class MetaLines {
  private readonly times = new Map<number, FoundTime | null>();
  private readonly bylines = new Map<number, string | null>();
  private readonly lines: readonly PasteLine[];
  readonly language: string | null;
  readonly clippedAt: Date;

  constructor(lines: readonly PasteLine[], language: string | null, clippedAt: Date) {
    this.lines = lines;
    this.language = language;
    this.clippedAt = clippedAt;
  }

  time(i: number): FoundTime | null {
    let found = this.times.get(i);
    if (found === undefined) {
      const text = this.lines[i]?.text ?? '';
      found = mayTellTime(text) ? findTime(text, this.language, this.clippedAt) : null;
      this.times.set(i, found);
    }
    return found;
  }

  /**
   * The line is mostly a date or a time ("Updated 1:39 am EST, Wednesday,
   * November 20, 2019", "2 hours ago"), or a time beside its outlet's name
   * ("The Coastal Post · 1d").
   */
  isTimeLine(i: number): boolean {
    const found = this.time(i);
    // "Night", "Morning", "Noon" open headlines; a time line names a day or gives figures.
    if (!found || (!found.dated && !/\d/.test(found.text))) return false;
    // "FR", "SA": a language switcher's or a state's code as often as a weekday.
    if (!DIGIT.test(found.text) && found.text.length < WORDY_TIME_MIN_CHARS) return false;
    if (this.outletBesideTime(i) !== null) return true;
    const text = this.lines[i].text;
    // "Now get prepping!": a line that exclaims or asks is a sentence, whatever time word it holds.
    if (EXCLAIMS_OR_ASKS.test(text)) return false;
    const words = text.match(WORD)?.length ?? 0;
    // Estimated from the characters covered, which undercounts a terse time ("5h") beside a long name.
    const saidWords = Math.max(
      Math.round((words * found.covered) / text.length),
      found.text.match(WORD)?.length ?? 0,
    );
    return (
      words - saidWords <= TIME_LINE_OTHER_WORDS || found.covered / text.length >= TIME_LINE_COVER
    );
  }

  /** The outlet's name set off beside a dated time on the line ("Reuters · 2 hours ago"), or null. */
  outletBesideTime(i: number): string | null {
    const found = this.time(i);
    if (!found?.dated) return null;
    const name = nameBesideTime(this.lines[i].text, found.text);
    // After a calendar date, a name is the story's category or writer ("08.11.2021 | Pressemitteilung").
    return name && !found.ago && this.lines[i].text.indexOf(name) > found.index ? null : name;
  }

  byline(i: number): string | null {
    let found = this.bylines.get(i);
    if (found === undefined) {
      const text = this.lines[i]?.text ?? '';
      found = text.length <= META_MAX_CHARS ? bylineOf(text) : null;
      // A date glued to the name ("By Jane Doe November 19, 2019") is parsed only on a line that is a byline.
      if (found && DIGIT.test(text)) found = bylineOf(this.withoutTime(i)) ?? found;
      if (!found && DIGIT.test(text) && text.length <= META_MAX_CHARS)
        found = this.bylineAfterDate(i);
      this.bylines.set(i, found);
    }
    return found;
  }

  /**
   * "Posted on June 8, 2015 by Mark Lavin", "Veröffentlicht am 17. Dezember
   * 2019 von Simon Dückert": a blog's byline after its date. A comment's
   * header has the same shape with a user's one-word handle ("… von Hugo"),
   * so the name must be a full one.
   */
  private bylineAfterDate(i: number): string | null {
    const found = this.time(i);
    if (!found?.dated) return null;
    const name = bylineOf(this.lines[i].text.slice(found.index + found.text.length).trim());
    return name && name.split(/\s+/).length >= FULL_NAME_WORDS ? name : null;
  }

  /** The line with its date or time taken out ("Reuters November 18, 2019" → "Reuters"). */
  withoutTime(i: number): string {
    const text = this.lines[i]?.text ?? '';
    const found = this.time(i);
    if (!found) return text;
    return (text.slice(0, found.index) + text.slice(found.index + found.text.length)).trim();
  }

  isMeta(i: number): boolean {
    return this.byline(i) !== null || this.isTimeLine(i);
  }

  /** A byline, or a time line that names a day: a time of day alone ("01:32") is as often a video's length. */
  isBylineOrDate(i: number): boolean {
    return this.byline(i) !== null || (this.isTimeLine(i) && this.time(i)!.dated);
  }
}

/** A first name and a surname at least. */
const FULL_NAME_WORDS = 2;

const EXCLAIMS_OR_ASKS = /[!?！？]["'”’»)]?$/u;

/** A cheap test before the dear one: a line that may name a time at all. */
function mayTellTime(text: string): boolean {
  if (text.length > META_MAX_CHARS) return false;
  return DIGIT.test(text) || (text.match(WORD)?.length ?? 0) <= WORDY_TIME_MAX_WORDS;
}
