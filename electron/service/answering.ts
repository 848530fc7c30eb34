/**
 * How long the index's calls must have been quiet before the library's read
 * goes on (ms): longer than the search box's pause in typing (120 ms), so
 * that the searches of a person typing find the read still held back.
 */
export const QUIET_MS = 150;

/**
 * The longest the library's read waits each time for the index's calls to
 * quiet down (ms): a person searching on and on still gets the rest of the
 * library, a chunk of it at a time.
 */
export const GIVE_WAY_MS = 1000;

/**
 * The calls the search index answers while the library is read (a search
 * typed in the first seconds at 100,000 clips), which the read lets go
 * first: it takes a thread and much of main, and the machine may have two
 * cores. Once a call needs the library itself, the read holds back no more.
 */
export class Answering {
  #count = 0;
  #quiet = true;
  #needed = false;
  #quietTimer: ReturnType<typeof setTimeout> | null = null;
  #waiting: Array<() => void> = [];

  /** Runs `work`, counting it in flight until it settles. */
  async while<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    this.#quiet = false;
    if (this.#quietTimer) clearTimeout(this.#quietTimer);
    this.#quietTimer = null;
    try {
      return await work();
    } finally {
      if (--this.#count === 0)
        this.#quietTimer = setTimeout(() => {
          this.#quietTimer = null;
          this.#quiet = true;
          this.#release();
        }, QUIET_MS).unref();
    }
  }

  /** Something needs the library itself: its read goes on at once from now on. */
  needed(): void {
    this.#needed = true;
    this.#release();
  }

  /** Settles once the calls have been quiet for `QUIET_MS`, or the library is needed, or after `GIVE_WAY_MS`. */
  done(): Promise<void> {
    if (this.#quiet || this.#needed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, GIVE_WAY_MS).unref();
      this.#waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #release(): void {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }
}
