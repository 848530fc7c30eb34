import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadingState } from '../../electron/api/contract.ts';

/** Progress is reported once scrolling has paused this long. */
const PROGRESS_PAUSE_MS = 400;
/** A clip short enough to fit the window counts as read once it has been open this long. */
const SHORT_READ_MS = 1500;

/** How far a clip was read, and whether its end was reached. */
export type ReportProgress = (progress: number, atEnd: boolean) => void;

/**
 * Follows how far the person has read the clip its host scrolls: reports the
 * position once scrolling pauses, and brings the host back to where the
 * person stopped last time. The host is the scrolling element.
 */
export class ReadingProgress implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #report: ReportProgress;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sent = -1;
  /** While set (the clip is being edited), scrolling is not reading. */
  paused = false;
  /** The clip being followed. */
  #clipId: string | null = null;
  /** Scrolling done by the reader itself (restoring a position) is not the person reading. */
  #restoring = false;

  constructor(host: ReactiveControllerHost & HTMLElement, report: ReportProgress) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('scroll', this.#onScroll);
    clearTimeout(this.#timer);
  }

  /** Scrolls to where the person stopped reading this clip last time, and follows it from there. */
  restore(clipId: string, reading: ReadingState): void {
    const host = this.#host;
    clearTimeout(this.#timer);
    this.#clipId = clipId;
    this.#sent = reading.progress;
    const room = host.scrollHeight - host.clientHeight;
    this.#restoring = true;
    host.scrollTop = room > 0 ? reading.progress * room : 0;
    requestAnimationFrame(() => (this.#restoring = false));
    if (room <= 0 && !reading.read) {
      this.#timer = setTimeout(
        () => this.#clipId === clipId && this.#report(1, true),
        SHORT_READ_MS,
      );
    }
  }

  #onScroll = (): void => {
    if (this.#restoring || this.paused || !this.#clipId) return;
    const host = this.#host;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const room = host.scrollHeight - host.clientHeight;
      if (room <= 0) return;
      const progress = Math.min(1, host.scrollTop / room);
      const atEnd = progress > 0.98;
      if (Math.abs(progress - this.#sent) < 0.01 && !atEnd) return;
      this.#sent = progress;
      this.#report(progress, atEnd);
    }, PROGRESS_PAUSE_MS);
  };
}
