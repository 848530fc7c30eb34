/**
 * Reads a big library's index off the main thread: its records are parsed and
 * checked here and handed to main a chunk at a time, each when main has taken
 * the one before, so main's event loop turns between chunks (a message port
 * delivers every message waiting in one go) and the window keeps answering
 * while the library opens.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readIndexBytes } from './index-bytes.ts';
import type { IndexReadMessage, IndexReadRequest } from './read-index.ts';

const port = parentPort!;
const { file, turns: shared } = workerData as IndexReadRequest;
const turns = new Int32Array(shared);

function post(message: IndexReadMessage): void {
  port.postMessage(message);
}

try {
  const read = readIndexBytes(readFileSync(file), file, (entries) => {
    // Waits for main's turn: main adds one each time it has taken a chunk.
    while (Atomics.load(turns, 0) <= 0) Atomics.wait(turns, 0, 0);
    Atomics.sub(turns, 0, 1);
    post({ entries });
  });
  post({ read });
} catch (error) {
  const { code, message } = error as { code?: unknown; message?: string };
  post({
    error: {
      code: typeof code === 'string' ? code : 'internal',
      message: message ?? String(error),
    },
  });
}
