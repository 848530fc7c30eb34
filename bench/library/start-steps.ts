import type { StartStep } from './cold-start.ts';
import { median, ms } from './stats.ts';

/**
 * What each start step is, as `npm run bench:library` prints them: where a
 * cold start's time goes, step by step.
 */
const STEP_NAMES: Record<string, string> = {
  node: "Node's own start",
  code: 'main code loaded',
  lock: 'library locked',
  checks: 'argument checks loaded',
  'search-thread': 'search thread up',
  'search-open': 'search database open',
  list: 'list in hand',
  search: 'search answered',
};

/** Each step's median time after the start and median CPU time by then, over several starts, in the order of the first. */
export function medianSteps(starts: readonly (readonly StartStep[])[]): StartStep[] {
  return (starts[0] ?? []).map(({ step }) => {
    const found = starts.flatMap((steps) => steps.filter((s) => s.step === step));
    const cpu = found.map((s) => s.cpuMs).filter((c) => c !== null);
    return {
      step,
      ms: median(found.map((s) => s.ms)),
      cpuMs: cpu.length ? median(cpu) : null,
    };
  });
}

/** One line: each step, its time after the start and the CPU time by then. */
export function formatSteps(steps: readonly StartStep[]): string {
  return steps
    .map(
      ({ step, ms: at, cpuMs }) =>
        `${STEP_NAMES[step] ?? step} ${ms(at)}${cpuMs === null ? '' : ` (${ms(cpuMs)})`}`,
    )
    .join(' → ');
}
