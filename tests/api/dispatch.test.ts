import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/api/contract.ts';
import { argumentSchemas } from '../../electron/api/argument-schemas.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const lib = useTestLibrary();

describe('dispatch', () => {
  it('has a schema for every method of the contract', () => {
    expect(Object.keys(argumentSchemas).sort()).toEqual([...methodNames].sort());
  });

  it('refuses unknown methods, including inherited names', async () => {
    for (const name of ['dropTables', 'constructor', '__proto__', 42]) {
      const reply = await dispatch(lib.service, name, []);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it.each([
    ['getClip', [], /argument 0|expected/i],
    ['getClip', ['../../etc/passwd'], /clip id/],
    ['getClip', [{ id: 'x' }], /expected string/i],
    ['previewPaste', [{ text: 42 }], /argument 0\.text/],
    ['previewPaste', ['just a string'], /expected object/i],
    ['clipPaste', [{ paste: { text: 'x' }, articles: [] }], /at least one article/],
    [
      'clipPaste',
      [{ paste: { text: 'x' }, articles: [{ index: -1 }] }],
      /argument 0\.articles\.0\.index/,
    ],
    ['clipPaste', [{ paste: { text: 'x' }, clippedAt: 'yesterday' }], /clippedAt/],
    ['openLink', ['javascript:alert(1)'], /only http\(s\) and mailto/],
    ['openLink', ['file:///etc/passwd'], /only http\(s\) and mailto/],
    ['countClips', ['extra'], /argument|too big|expected/i],
    ['countClips', 'not an array', /expected tuple/i],
  ])('answers %s(%j) with a clear error and changes nothing', async (name, args, message) => {
    const reply = await dispatch(lib.service, name, args);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-argument');
      expect(reply.error.message).toMatch(message);
    }
    expect(lib.store.records()).toHaveLength(0);
    expect(lib.opened).toHaveLength(0);
  });

  it('passes valid calls through and answers errors of the library as values', async () => {
    const saved = await dispatch(lib.service, 'clipPaste', [
      { paste: { text: 'Title here\nA paragraph of text.' } },
    ]);
    expect(saved).toMatchObject({ ok: true, value: [{ title: 'Title here' }] });
    const missing = await dispatch(lib.service, 'getClip', [
      '00000000-0000-0000-0000-000000000000',
    ]);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: /no clip/ } });
    expect(await dispatch(lib.service, 'openLink', ['https://example.com/a'])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(lib.opened).toEqual(['https://example.com/a']);
  });

  it('turns an unexpected failure into an internal error and reports it', async () => {
    const reported: string[] = [];
    const broken = {
      ...lib.service,
      countClips: async () => Promise.reject(new TypeError('boom')),
    };
    const reply = await dispatch(broken, 'countClips', [], {
      onInternalError: (m) => reported.push(m),
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: 'countClips failed: boom' },
    });
    expect(reported).toEqual(['countClips']);
  });
});
