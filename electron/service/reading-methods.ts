import type { PresscutApi } from '../api/contract.ts';
import { toSummary } from '../model/clip-summary.ts';
import type { ServiceContext } from './context.ts';

type ReadingMethods = Pick<PresscutApi, 'setReadingState'>;

export function readingMethods({ store }: ServiceContext): ReadingMethods {
  return {
    async setReadingState(id, patch) {
      return toSummary(
        await store.updateRecord(id, (record) => ({
          ...record,
          reading: { ...record.reading, ...patch },
        })),
      );
    },
  };
}
