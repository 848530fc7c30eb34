import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  fitToDisplays,
  readWindowState,
  writeWindowState,
} from '../../electron/desktop/window-state.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

it('puts the window back where it was while that place is on a display', () => {
  const saved = { x: 1600, y: 100, width: 1200, height: 800 };
  expect(fitToDisplays(saved, [laptop, monitor])).toEqual(saved);
});

it('opens at the default place when the display it was on is gone', () => {
  expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
});

it('pulls a window that hangs off its display back onto it, shrunk to fit', () => {
  expect(fitToDisplays({ x: 1000, y: -20, width: 1600, height: 1000 }, [laptop])).toEqual({
    x: 0,
    y: 0,
    width: 1440,
    height: 875,
  });
  expect(fitToDisplays({ x: 1200, y: 600, width: 800, height: 600 }, [laptop])).toEqual({
    x: 640,
    y: 275,
    width: 800,
    height: 600,
  });
});

it('does not count a sliver left on a display as being on it', () => {
  expect(fitToDisplays({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBeNull();
});

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => {
  await remove();
});

it('saves and reads the state, and reads a missing or damaged file as none', async () => {
  const file = path.join(dir, 'window-state.json');
  expect(await readWindowState(file)).toBeNull();
  const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true };
  await writeWindowState(file, state);
  expect(await readWindowState(file)).toEqual(state);
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);

  await writeFile(file, '{"bounds": {"x": 1');
  expect(await readWindowState(file)).toBeNull();
  await writeFile(
    file,
    JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }),
  );
  expect(await readWindowState(file)).toBeNull();
});
