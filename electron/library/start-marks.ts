/** What `markStart`'s marks are named with, before the step's name. */
export const START_MARK = 'presscut:start:';

/** What a start step's mark holds besides its time. */
export interface StartMarkDetail {
  /** CPU time the process (every thread) had spent by then (ms). */
  cpuMs: number;
}

/**
 * Marks a step of opening the library on the process's performance timeline,
 * with the CPU time spent by then: `npm run bench:library` prints where a
 * start's time goes from them, and they show in a profile of main.
 */
export function markStart(step: string): void {
  const { user, system } = process.cpuUsage();
  const detail: StartMarkDetail = { cpuMs: (user + system) / 1000 };
  performance.mark(START_MARK + step, { detail });
}
