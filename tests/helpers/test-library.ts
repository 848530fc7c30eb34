import { afterEach, beforeEach } from 'vitest';
import type { ServiceOptions } from '../../electron/service/presscut-service.ts';
import { tempService, type TempService } from './temp-service.ts';

export interface TestLibrary extends TempService {
  /** Links the services asked the system browser to open. */
  opened: string[];
}

/**
 * `tempService` for each test of a file: a new library and its services
 * before each test, closed and removed after it. Read its fields inside tests.
 */
export function useTestLibrary(options: ServiceOptions = {}): TestLibrary {
  const library = {} as TestLibrary;
  beforeEach(async () => {
    const opened: string[] = [];
    Object.assign(
      library,
      await tempService({ openExternal: async (url) => void opened.push(url) }, options),
      { opened },
    );
  });
  afterEach(() => library.close());
  return library;
}
