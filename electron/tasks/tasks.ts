/**
 * The heavy work main hands to its workers, by name: each task a plain
 * function of its input and what the worker gives it (progress, the outlet
 * memory, a view of the library). They run in a worker thread, never on
 * main's, so the window and the API answer while they work.
 */
import type { ExportRequest, FileToClip, ImportFileData } from '../api/contract.ts';
import { extractArticles } from '../clipping/extract.ts';
import type { OutletMemory } from '../clipping/memory/outlet-memory.ts';
import { clipOfFile } from '../files/file-to-clip.ts';
import type { LibraryReader, LibraryWriter } from '../library/library-reader.ts';
import type { Paste } from '../model/article.ts';
import { bundleExport, runExport } from '../transfer/export/run-export.ts';
import { runImport } from '../transfer/import/run-import.ts';

export interface TaskContext {
  progress(label: string, done: number, total: number | null): void;
  /** The library's outlet memory, when the task was given one. */
  memory?: OutletMemory;
  /** The library, when the task reads or writes it. */
  library?: LibraryReader & LibraryWriter;
  /** Runs a search as the search box does (in main, over its index). */
  find?(query: string): Promise<string[]>;
}

function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This task needs ${what}.`);
  return value;
}

export const TASKS = {
  /** The articles of a paste. */
  extract: ({ paste, clippedAt }: { paste: Paste; clippedAt: Date }, { memory }: TaskContext) =>
    extractArticles(paste, { clippedAt, memory }),

  /** A dropped or opened file as a paste and its articles, or why it cannot be clipped. */
  clipFile: ({ file, clippedAt }: { file: FileToClip; clippedAt: Date }, { memory }: TaskContext) =>
    clipOfFile(file, { clippedAt, memory }),

  /** Reads, cleans and writes an import (the batch is written by main's store). */
  import: ({ files, now }: { files: ImportFileData[]; now: Date }, context: TaskContext) =>
    runImport(needs(context.library, 'the library'), files, {
      now,
      onProgress: context.progress,
      memory: context.memory,
    }),

  /** Renders an export (or a backup) as the one file the window saves. */
  export: async ({ request, now }: { request: ExportRequest; now: Date }, context: TaskContext) =>
    bundleExport(
      await runExport(needs(context.library, 'the library'), request, {
        now,
        find: needs(context.find, 'a search'),
        onProgress: context.progress,
      }),
      now,
    ),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
