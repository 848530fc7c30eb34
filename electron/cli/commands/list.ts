import { parseArgs } from 'node:util';
import { toSummary } from '../../model/clip-summary.ts';
import { openLibrary } from '../open-library.ts';

export async function runList(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { library: { type: 'string' }, json: { type: 'boolean' } },
  });
  const store = await openLibrary(values.library);
  try {
    for (const record of store.records()) {
      if (values.json) {
        console.log(JSON.stringify(toSummary(record)));
      } else {
        const source = record.source ? ` — ${record.source}` : '';
        console.log(
          `${record.createdAt.slice(0, 16).replace('T', ' ')}  ${record.title}${source}  [${record.id}]`,
        );
      }
    }
  } finally {
    await store.close();
  }
  return 0;
}
