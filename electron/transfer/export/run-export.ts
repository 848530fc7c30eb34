import type { ExportedFile, ExportRequest, ImportProblem } from '../../api/contract.ts';
import { PresscutError } from '../../../common/errors.ts';
import type { LibraryReader } from '../../library/library-reader.ts';
import { BACKUP_ENTRY } from '../library-document.ts';
import { zipFiles } from '../zip.ts';
import { exportEpub } from './epub.ts';
import { uniqueFileNames } from './file-names.ts';
import { exportHtml } from './html.ts';
import { exportLibraryDocument } from './json.ts';
import { annotationsToMarkdown, clipToMarkdown } from './markdown.ts';
import { describeSelection, isEmptySelection, selectClips, type FindClips } from './selection.ts';

/** What an export made: one file, or (Markdown) one per clip, which the window gets as one ZIP. */
export interface ExportOutput {
  files: { name: string; bytes: Uint8Array }[];
  /** The name of the one file the window saves: the file itself, or the ZIP of several. */
  bundleName: string;
  mediaType: string;
  clips: number;
  /** Clips left out because their files could not be read. */
  unreadable: ImportProblem[];
}

export interface ExportOptions {
  now: Date;
  /** How a selection's search is run: the library's search index. */
  find: FindClips;
  onProgress?: (label: string, done: number, total: number | null) => void;
}

const encoder = new TextEncoder();

const REFERENCE_FILES = {
  'csl-json': ['json', 'application/vnd.citationstyles.csl+json'],
  bibtex: ['bib', 'application/x-bibtex'],
  ris: ['ris', 'application/x-research-info-systems'],
} as const;

/** Makes the files of an export; every format but JSON and backups needs at least one clip. */
export async function runExport(
  store: LibraryReader,
  { format, selection }: ExportRequest,
  { now, find, onProgress }: ExportOptions,
): Promise<ExportOutput> {
  const day = now.toISOString().slice(0, 10);
  const whole = isEmptySelection(selection);
  const unreadable: ImportProblem[] = [];
  const clips = await selectClips(store, selection, find, unreadable, (done, total) =>
    onProgress?.('Reading clips', done, total),
  );
  if (clips.length === 0 && !(whole && (format === 'json' || format === 'backup'))) {
    throw new PresscutError(
      'not-found',
      `No clip matches ${describeSelection(selection)}: nothing was exported.`,
    );
  }
  const title = `Presscut: ${describeSelection(selection)}`;
  onProgress?.(
    `Writing ${clips.length === 1 ? 'one clip' : `${clips.length} clips`}`,
    clips.length,
    clips.length,
  );
  const one = (name: string, mediaType: string, bytes: Uint8Array | string): ExportOutput => ({
    files: [{ name, bytes: typeof bytes === 'string' ? encoder.encode(bytes) : bytes }],
    bundleName: name,
    mediaType,
    clips: clips.length,
    unreadable,
  });
  switch (format) {
    case 'markdown': {
      const names = uniqueFileNames(
        clips.map((c) => c.record.title),
        'md',
      );
      const files = clips.map((clip, i) => ({
        name: names[i],
        bytes: encoder.encode(clipToMarkdown(clip)),
      }));
      return {
        files,
        bundleName: `presscut-markdown-${day}.zip`,
        mediaType: 'application/zip',
        clips: clips.length,
        unreadable,
      };
    }
    case 'annotations':
      return one(
        `presscut-annotations-${day}.md`,
        'text/markdown',
        annotationsToMarkdown(clips, `Annotations: ${describeSelection(selection)}`),
      );
    case 'html':
      return one(
        clips.length === 1
          ? uniqueFileNames([clips[0].record.title], 'html')[0]
          : `presscut-${day}.html`,
        'text/html',
        exportHtml(clips, title, now),
      );
    case 'epub':
      return one(`presscut-${day}.epub`, 'application/epub+zip', exportEpub(clips, title, now));
    case 'csl-json':
    case 'bibtex':
    case 'ris': {
      // citation-js is loaded for these formats alone: every other export does without it.
      const { exportReferences } = await import('../../citations/cite.ts');
      const text = exportReferences(
        clips.map((c) => c.record),
        format,
      );
      const [extension, mediaType] = REFERENCE_FILES[format];
      return one(`presscut-references-${day}.${extension}`, mediaType, text);
    }
    case 'json':
    case 'backup': {
      // The whole library is read again, deleted clips too: what it cannot read is what counts.
      const missing = whole ? [] : unreadable;
      const document = await exportLibraryDocument(store, whole ? null : clips, now, missing);
      const json = JSON.stringify(document, null, 1);
      if (format === 'json')
        return {
          ...one(`presscut-library-${day}.json`, 'application/json', json),
          clips: document.clips.length,
          unreadable: missing,
        };
      const zip = zipFiles([{ path: BACKUP_ENTRY, bytes: json }], now);
      return {
        ...one(`presscut-backup-${day}.zip`, 'application/zip', zip),
        clips: document.clips.length,
        unreadable: missing,
      };
    }
  }
}

/** The export as the one file the window saves: several files go into a ZIP. */
export function bundleExport(output: ExportOutput, now: Date): ExportedFile {
  const bytes =
    output.files.length === 1 && output.files[0].name === output.bundleName
      ? output.files[0].bytes
      : zipFiles(
          output.files.map((f) => ({ path: f.name, bytes: f.bytes })),
          now,
        );
  return {
    name: output.bundleName,
    mediaType: output.mediaType,
    bytes,
    clips: output.clips,
    unreadable: output.unreadable,
  };
}
