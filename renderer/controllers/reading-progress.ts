import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadingState } from '../../electron/api/contract.ts';

/** Progress is reported once scrolling has paused this long. */
const PROGRESS_PAUSE_MS = 400;
/** Words a minute of an unhurried reader of news (the reader's "min read" uses it too). */
export const READING_SPEED = 230;
/** A clip counts as read after this share of its reading time open in front of the person… */
const READ_SHARE = 0.6;
/** …but never sooner than this (a glance at a short clip is not reading it), nor later than this. */
const MIN_READ_MS = 10_000;
const MAX_READ_MS = 4 * 60_000;

/** How long a clip of this many words must be open, in front of the person, to count as read. */
export function readingTimeMs(words: number): number {
  const estimate = (words / READING_SPEED) * 60_000 * READ_SHARE;
  return Math.min(MAX_READ_MS, Math.max(MIN_READ_MS, estimate));
}

/** What the controller tells its host. */
export interface ReadingReports {
  /** How far the clip was scrolled, and whether its end was reached, once scrolling paused. */
  progress(progress: number, atEnd: boolean): void;
  /** The clip has been open in front of the person for about its reading time. */
  readLongEnough(): void;
}

/** The clip being followed, and whether the person has shown they are reading it. */
interface Followed {
  id: string;
  words: number;
  read: boolean;
  /** Opened by the person (not by a save): the clock runs from the start. */
  byPerson: boolean;
}

/**
 * Follows how the person reads the clip its host scrolls: reports the
 * position once scrolling pauses; brings the host back to where the person
 * stopped last time; and says when the clip has been open long enough to
 * have been read: the clock runs only while the window is visible, and for a
 * clip the app opened by itself (after a save) only once the person scrolls
 * or acts in it. The host is the scrolling element.
 */
export class ReadingProgress implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #reports: ReadingReports;
  #scrollTimer: ReturnType<typeof setTimeout> | undefined;
  #readTimer: ReturnType<typeof setTimeout> | undefined;
  #sent = -1;
  /** While set (the clip is being edited), scrolling is not reading. */
  paused = false;
  #clip: Followed | null = null;
  /** Time the clip has been open in front of the person, before the clock's current run. */
  #openMs = 0;
  /** When the clock's current run started; null while it is stopped. */
  #since: number | null = null;
  /** Scrolling done by the reader itself (restoring a position) is not the person reading. */
  #restoring = false;

  constructor(host: ReactiveControllerHost & HTMLElement, reports: ReadingReports) {
    this.#host = host;
    this.#reports = reports;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#host.addEventListener('pointerdown', this.#onAct);
    this.#host.addEventListener('keydown', this.#onAct);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('scroll', this.#onScroll);
    this.#host.removeEventListener('pointerdown', this.#onAct);
    this.#host.removeEventListener('keydown', this.#onAct);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#scrollTimer);
    this.#stopClock();
  }

  /**
   * Follows a clip just opened, scrolled back to where the person stopped
   * reading it last time (unless the reader scrolls elsewhere itself, to an
   * annotation).
   */
  follow(
    clip: { id: string; words: number; reading: ReadingState },
    { byPerson, restore }: { byPerson: boolean; restore: boolean },
  ): void {
    const host = this.#host;
    clearTimeout(this.#scrollTimer);
    this.#stopClock();
    this.#clip = {
      id: clip.id,
      words: clip.words,
      read: clip.reading.read,
      byPerson,
    };
    this.#openMs = 0;
    this.#sent = clip.reading.progress;
    if (restore) {
      const room = host.scrollHeight - host.clientHeight;
      this.#restoring = true;
      host.scrollTop = room > 0 ? clip.reading.progress * room : 0;
      requestAnimationFrame(() => (this.#restoring = false));
    }
    if (byPerson) this.#startClock();
  }

  #startClock(): void {
    const clip = this.#clip;
    if (!clip || clip.read || this.#since !== null || document.visibilityState !== 'visible')
      return;
    this.#since = Date.now();
    const left = readingTimeMs(clip.words) - this.#openMs;
    this.#readTimer = setTimeout(() => {
      if (this.#clip !== clip) return;
      this.#stopClock();
      clip.read = true;
      this.#reports.readLongEnough();
    }, left);
  }

  #stopClock(): void {
    clearTimeout(this.#readTimer);
    if (this.#since !== null) this.#openMs += Date.now() - this.#since;
    this.#since = null;
  }

  /** The person scrolled, clicked or pressed a key in the clip: they are reading it. */
  #onAct = (): void => {
    const clip = this.#clip;
    if (!clip || this.paused || clip.byPerson) return;
    clip.byPerson = true;
    this.#startClock();
  };

  #onVisibility = (): void => {
    if (document.visibilityState === 'visible') {
      if (this.#clip?.byPerson) this.#startClock();
    } else this.#stopClock();
  };

  #onScroll = (): void => {
    if (this.#restoring || this.paused || !this.#clip) return;
    this.#onAct();
    const host = this.#host;
    clearTimeout(this.#scrollTimer);
    this.#scrollTimer = setTimeout(() => {
      const room = host.scrollHeight - host.clientHeight;
      if (room <= 0) return;
      const progress = Math.min(1, host.scrollTop / room);
      const atEnd = progress > 0.98;
      if (Math.abs(progress - this.#sent) < 0.01 && !atEnd) return;
      this.#sent = progress;
      this.#reports.progress(progress, atEnd);
    }, PROGRESS_PAUSE_MS);
  };
}
