import type { ApiError, PresscutApi, PresscutBridge, Reply } from '../../electron/api/contract.ts';

/** An error main answered with: its message is meant for the person. */
export class PresscutApiError extends Error {
  readonly code: ApiError['code'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'PresscutApiError';
    this.code = error.code;
  }
}

/** The contract's methods over the preload's bridge, throwing the errors main answered with. */
export function createApiClient(bridge: PresscutBridge): PresscutApi {
  const methods = Object.entries(
    bridge as Record<string, (...args: unknown[]) => Promise<Reply<unknown>>>,
  ).map(([name, send]) => [
    name,
    async (...args: unknown[]) => {
      const reply = await send(...args);
      if (!reply.ok) throw new PresscutApiError(reply.error);
      return reply.value;
    },
  ]);
  return Object.fromEntries(methods) as PresscutApi;
}
