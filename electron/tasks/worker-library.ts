import { PresscutError } from '../../common/errors.ts';
import type { LibraryReader, LibraryWriter } from '../library/library-reader.ts';
import type { ClipBatch } from '../library/store.ts';
import type { Paste } from '../model/article.ts';
import type { ClipBody, ClipRecord } from '../model/clip.ts';
import type { HostMethod, LibrarySnapshot } from './protocol.ts';

/** Asks main for something only it may do; `onProgress` hears the call's own progress. */
export type CallMain = (
  method: HostMethod,
  args: unknown[],
  onProgress?: (done: number, total: number) => void,
) => Promise<unknown>;

/**
 * The library as a task in a worker sees it: the records as they were when the
 * task started, and everything else (a clip's text, its paste, writing a
 * batch) asked of main's store, which stays the only writer.
 */
export class WorkerLibrary implements LibraryReader, LibraryWriter {
  #snapshot: LibrarySnapshot;
  #byId: Map<string, ClipRecord>;
  #call: CallMain;

  constructor(snapshot: LibrarySnapshot, call: CallMain) {
    this.#snapshot = snapshot;
    this.#byId = new Map(snapshot.everyRecord.map((r) => [r.id, r]));
    this.#call = call;
  }

  records(): readonly ClipRecord[] {
    return this.#snapshot.records;
  }

  everyRecord(): readonly ClipRecord[] {
    return this.#snapshot.everyRecord;
  }

  record(id: string): ClipRecord {
    const record = this.#byId.get(id);
    if (!record) throw new PresscutError('not-found', `There is no clip ${id} in the library.`);
    return record;
  }

  tags(): LibrarySnapshot['tags'] {
    return this.#snapshot.tags;
  }

  settings(): LibrarySnapshot['settings'] {
    return this.#snapshot.settings;
  }

  async body(id: string): Promise<ClipBody> {
    return (await this.#call('body', [id])) as ClipBody;
  }

  async original(id: string): Promise<Paste> {
    return (await this.#call('original', [id])) as Paste;
  }

  async writeClips({ onProgress, ...batch }: ClipBatch): Promise<ClipRecord[]> {
    return (await this.#call('writeClips', [batch], onProgress)) as ClipRecord[];
  }
}
