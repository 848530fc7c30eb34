/**
 * The seed of a test file's random inputs (fast-check properties, generated
 * libraries): PRESSCUT_SEED when it is set, else a new one each run. Printed,
 * so a run that failed can be run again with the same inputs:
 *
 *     PRESSCUT_SEED=123 npx vitest run tests/some.test.ts
 */
import type fc from 'fast-check';

const fromEnv = process.env.PRESSCUT_SEED;
if (fromEnv !== undefined && !/^\d+$/.test(fromEnv))
  throw new Error(`PRESSCUT_SEED must be a whole number, not “${fromEnv}”.`);

/** This run's seed: the same for every random test of a file. */
export const SEED = fromEnv === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(fromEnv);

/** Prints the seed under the test's name, and how to run it again. */
export function announceSeed(what: string): number {
  console.info(`${what}: seed ${SEED} (PRESSCUT_SEED=${SEED} runs it again)`);
  return SEED;
}

/** fast-check's parameters for a property: this run's seed, printed, and how many cases to try. */
export function propertyRun<T>(what: string, numRuns: number): fc.Parameters<T> {
  return { seed: announceSeed(what), numRuns };
}
