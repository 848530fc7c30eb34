/**
 * A task worker: runs main's heavy work (see tasks.ts) one task at a time, off
 * main's thread. It keeps each library's outlet memory between tasks, so main
 * sends it again only when it learnt something.
 */
import { parentPort } from 'node:worker_threads';
import { PresscutError } from '../../common/errors.ts';
import { OutletMemory } from '../clipping/memory/outlet-memory.ts';
import type { FromWorker, MemoryState, ToWorker, WireError } from './protocol.ts';
import { TASKS, type TaskContext } from './tasks.ts';
import { WorkerLibrary, type CallMain } from './worker-library.ts';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/** Libraries whose memory a worker keeps: one in the app; a few where tests open many. */
const MEMORIES_KEPT = 4;
const memories = new Map<string, { version: number; memory: OutletMemory }>();

function memoryOf(state: MemoryState | undefined): OutletMemory | undefined {
  if (!state) return undefined;
  if (state.json) {
    const loaded = OutletMemory.fromJSON(state.json);
    memories.delete(state.owner);
    memories.set(state.owner, {
      version: state.version,
      memory: loaded.ok ? loaded.memory : new OutletMemory(),
    });
    while (memories.size > MEMORIES_KEPT) memories.delete(memories.keys().next().value!);
  }
  const kept = memories.get(state.owner);
  if (!kept || kept.version !== state.version)
    throw new Error('The worker was given no outlet memory for this library.');
  return kept.memory;
}

let lastCall = 0;
const calls = new Map<
  number,
  {
    resolve(value: unknown): void;
    reject(error: Error): void;
    progress?: (done: number, total: number) => void;
  }
>();

function wireError(error: unknown): WireError {
  if (error instanceof PresscutError) return { code: error.code, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message, stack: e.stack };
}

function fromWire(error: WireError): Error {
  return error.code ? new PresscutError(error.code, error.message) : new Error(error.message);
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id } = message;
  const call: CallMain = (method, args, progress) =>
    new Promise((resolve, reject) => {
      const number = ++lastCall;
      calls.set(number, { resolve, reject, progress });
      send({ type: 'call', id, call: number, method, args });
    });
  try {
    const context: TaskContext = {
      progress: (label, done, total) => send({ type: 'progress', id, label, done, total }),
      memory: memoryOf(message.memory),
      library: message.library ? new WorkerLibrary(message.library, call) : undefined,
      find: async (query) => (await call('find', [query])) as string[],
    };
    const task = TASKS[message.kind] as (input: unknown, context: TaskContext) => unknown;
    send({ type: 'done', id, value: await task(message.input, context) });
  } catch (error) {
    send({ type: 'failed', id, error: wireError(error) });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'run':
      void run(message);
      break;
    case 'reply': {
      const pending = calls.get(message.call);
      calls.delete(message.call);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(fromWire(message.error));
      break;
    }
    case 'call-progress':
      calls.get(message.call)?.progress?.(message.done, message.total);
      break;
  }
});

send({ type: 'ready' });
