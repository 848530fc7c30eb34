import { randomUUID } from 'node:crypto';
import type { ImportFileData, ImportSummary } from '../../api/contract.ts';
import type { OutletMemory } from '../../clipping/memory/outlet-memory.ts';
import { PresscutError } from '../../../common/errors.ts';
import type { TagInfo } from '../../library/index-schema.ts';
import type { ClipBatch, LibraryStore } from '../../library/store.ts';
import type { Paste } from '../../model/article.ts';
import type { ClipBody, ClipRecord } from '../../model/clip.ts';
import { tagKey } from '../../../common/tag-names.ts';
import type { LibraryDocument } from '../library-document.ts';
import { completeLinkOnly } from '../link-only.ts';
import { DuplicateFinder } from './duplicates.ts';
import { readImportFiles } from './read-files.ts';
import { itemToClip } from './to-clip.ts';

/** Where an import is: a phrase for the progress bar, and how far along it is. */
export type ImportProgress = (label: string, done: number, total: number | null) => void;

export interface ImportOptions {
  now: Date;
  onProgress?: ImportProgress;
  /** The library's outlet memory, so imported pages lose their outlet's known boilerplate too. */
  memory?: OutletMemory;
}

type Clip = { record: ClipRecord; body: ClipBody };

/** How often (in items) progress is reported while items are made into clips. */
const PROGRESS_EVERY = 100;

/** Restores Presscut libraries: every clip the library does not hold yet, by id, with its paste; colours and settings into an empty library. */
function takeLibraries(
  libraries: readonly { document: LibraryDocument }[],
  store: LibraryStore,
  summary: ImportSummary,
) {
  const clips: Clip[] = [];
  const pastes = new Map<string, Paste>();
  const tags: Record<string, TagInfo> = {};
  let settings: LibraryDocument['settings'] | undefined;
  const empty = store.records().length === 0 && Object.keys(store.tags()).length === 0;
  const held = (id: string) => {
    try {
      store.record(id);
      return true;
    } catch {
      return false;
    }
  };
  for (const { document } of libraries) {
    for (const clip of document.clips) {
      if (held(clip.record.id) || clips.some((c) => c.record.id === clip.record.id)) {
        summary.duplicates++;
        continue;
      }
      const paste = document.pastes[clip.record.pasteId];
      if (!paste) {
        summary.failed.push({
          item: clip.record.title,
          reason: 'its original paste is missing from the file.',
        });
        continue;
      }
      clips.push(clip);
      pastes.set(clip.record.pasteId, paste);
      summary.added++;
    }
    for (const [name, info] of Object.entries(document.tags))
      if (empty || !Object.hasOwn(store.tags(), name)) tags[name] = info;
    // Restoring into an empty library brings its settings back; an existing library keeps the person's own.
    if (empty) settings = document.settings;
  }
  return { clips, pastes, tags, settings };
}

/**
 * Imports files into the library: reads them, makes each item a clip (its
 * text through the clipping engine, its highlights placed by their quotes),
 * leaves out what the library already holds, completes link-only clips whose
 * text arrives, and writes everything as one batch. Nothing is written when
 * nothing could be read.
 */
export async function runImport(
  store: LibraryStore,
  files: readonly ImportFileData[],
  { now, onProgress, memory }: ImportOptions,
): Promise<ImportSummary> {
  onProgress?.('Reading the files', 0, null);
  const read = readImportFiles(files);
  const summary: ImportSummary = {
    added: 0,
    completed: 0,
    duplicates: 0,
    skipped: read.skipped,
    failed: read.failed,
    waitingHighlights: 0,
  };
  if (read.items.length === 0 && read.libraries.length === 0) {
    if (read.failed.length === 0) return summary;
    const reasons = read.failed.slice(0, 3).map((f) => f.reason);
    throw new PresscutError(
      'file-refused',
      reasons.join(' ') + (read.failed.length > 3 ? ` (and ${read.failed.length - 3} more)` : ''),
    );
  }

  const restored = takeLibraries(read.libraries, store, summary);
  const clips: Clip[] = [...restored.clips];
  const pastes = new Map(restored.pastes);
  const pasteIds = new Map<string, string>();
  const duplicates = new DuplicateFinder(store);
  const completed = new Set<string>();
  // A tag already in the library, or earlier in the import, keeps its spelling: "ukraine" comes in as the library's "Ukraine".
  const spellings = new Map<string, string>();
  for (const tag of [...Object.keys(store.tags()), ...store.records().flatMap((r) => r.tags)])
    if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag);
  const total = read.items.length;

  for (const [i, item] of read.items.entries()) {
    if (i % PROGRESS_EVERY === 0) onProgress?.(`Reading ${item.label}`, i, total);
    const pasteId = pasteIds.get(item.original.key) ?? randomUUID();
    const clip = itemToClip(item, pasteId, now, memory);
    clip.record.tags = clip.record.tags.map((t) => {
      if (!spellings.has(tagKey(t))) spellings.set(tagKey(t), t);
      return spellings.get(tagKey(t))!;
    });
    const { record, body } = clip;
    const twin = await duplicates.find(record.url, body.blocks);
    if (
      twin?.in === 'library' &&
      twin.record.linkOnly &&
      !record.linkOnly &&
      !completed.has(twin.record.id)
    ) {
      // The text of a link the library was waiting for: the link-only clip is completed, not repeated.
      const { title, source, byline, published, dateline, credit, language, url } = record;
      const article = {
        title,
        source,
        byline,
        published,
        dateline,
        credit,
        language,
        url,
        blocks: body.blocks,
        removed: body.removed,
      };
      const done = completeLinkOnly(
        twin.record,
        {
          article,
          pasteId,
          articleIndex: record.articleIndex,
          annotations: record.annotations,
          tags: record.tags,
        },
        now,
      );
      clips.push(done);
      completed.add(twin.record.id);
      summary.completed++;
      summary.waitingHighlights += done.record.annotations.filter((a) => a.orphaned).length;
    } else if (twin) {
      summary.duplicates++;
      continue;
    } else {
      clips.push(clip);
      summary.added++;
      summary.waitingHighlights += clip.waiting;
    }
    duplicates.remember(record.url, body.blocks);
    pasteIds.set(item.original.key, pasteId);
    pastes.set(pasteId, item.original.paste);
  }

  if (clips.length > 0 || Object.keys(restored.tags).length > 0 || restored.settings) {
    const batch: ClipBatch = {
      clips,
      pastes,
      tags: restored.tags,
      settings: restored.settings,
      onProgress: (written, of) => {
        if (written % PROGRESS_EVERY === 0 || written === of)
          onProgress?.('Saving to the library', written, of);
      },
    };
    await store.writeClips(batch);
  }
  onProgress?.('Done', total, total);
  return summary;
}
