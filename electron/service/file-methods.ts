import type { ClipFilesResult, PresscutApi } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import { baseName } from '../files/base-name.ts';
import { toSummary } from '../model/clip-summary.ts';
import type { ServiceContext } from './context.ts';

type FileMethods = Pick<PresscutApi, 'clipFiles'>;

export function fileMethods({ now, clipping }: ServiceContext): FileMethods {
  return {
    async clipFiles(files) {
      const result: ClipFilesResult = { clips: [], failures: [] };
      for (const file of files) {
        const clippedAt = now();
        const clip = await clipping.clipFile(file, clippedAt);
        if (!clip.ok) {
          result.failures.push({ name: baseName(file.name), message: clip.message });
          continue;
        }
        try {
          const records = await clipping.save(clip.paste, clip.articles, clippedAt);
          result.clips.push(...records.map(toSummary));
        } catch (error) {
          if (!(error instanceof PresscutError)) throw error;
          result.failures.push({
            name: baseName(file.name),
            message: `${baseName(file.name)}: ${error.message}`,
          });
        }
      }
      return result;
    },
  };
}
