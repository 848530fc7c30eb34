import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Answering, GIVE_WAY_MS, QUIET_MS } from '../../electron/service/answering.ts';

/** Whether a promise has settled by the time the promises already due have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

/** A call in flight until `answer` or `fail` is called. */
function call(answering: Answering) {
  let answer!: (value: string) => void;
  let fail!: (error: Error) => void;
  const result = answering.while(
    () =>
      new Promise<string>((resolve, reject) => {
        answer = resolve;
        fail = reject;
      }),
  );
  return { result, answer, fail };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Answering', () => {
  it('lets the read go on at once when no call came', async () => {
    expect(await settled(new Answering().done())).toBe(true);
  });

  it('holds the read while calls are in flight, and until they have been quiet a while', async () => {
    const answering = new Answering();
    const first = call(answering);
    const second = call(answering);
    const done = answering.done();
    first.answer('hits');
    expect(await first.result).toBe('hits');
    second.fail(new Error('gone'));
    await expect(second.result).rejects.toThrow('gone');
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(await settled(done)).toBe(false);
    // A search typed before the quiet ends holds the read again, for as long.
    const third = call(answering);
    vi.advanceTimersByTime(QUIET_MS);
    expect(await settled(done)).toBe(false);
    third.answer('more hits');
    await third.result;
    vi.advanceTimersByTime(QUIET_MS);
    expect(await settled(done)).toBe(true);
    expect(await settled(answering.done())).toBe(true);
  });

  it('holds the read no longer than GIVE_WAY_MS at a time while calls keep coming', async () => {
    const answering = new Answering();
    call(answering);
    const done = answering.done();
    vi.advanceTimersByTime(GIVE_WAY_MS - 1);
    expect(await settled(done)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(done)).toBe(true);
    expect(await settled(answering.done())).toBe(false);
  });

  it('lets the read go on once the library itself is needed', async () => {
    const answering = new Answering();
    call(answering);
    const done = answering.done();
    answering.needed();
    expect(await settled(done)).toBe(true);
    expect(await settled(answering.done())).toBe(true);
  });
});
