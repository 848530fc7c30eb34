import type { PresscutApi } from '../api/contract.ts';
import { toSummary } from '../model/clip-summary.ts';
import type { ServiceContext } from './context.ts';

type ReadingMethods = Pick<PresscutApi, 'setReadingState'>;

export function readingMethods({ store }: ServiceContext): ReadingMethods {
  return {
    async setReadingState(id, patch) {
      return toSummary(
        await store.updateRecord(id, (record) => {
          const reading = { ...record.reading, ...patch };
          // The person has now said whether it is archived.
          if (patch.archived !== undefined) delete reading.archiveUnsaid;
          return { ...record, reading };
        }),
      );
    },
  };
}
