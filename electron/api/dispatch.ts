import type { z } from 'zod';
import { PresscutError } from '../../common/errors.ts';
import { argumentSchemas } from './argument-schemas.ts';
import type { MethodName, PresscutApi, Reply } from './contract.ts';

export interface DispatchOptions {
  /** Told of failures that are bugs rather than bad input. */
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * Validates a call that came from the renderer (untrusted) against the
 * contract and runs it. IPC and the browser-test bridge both call this, so
 * both see exactly the same checks and answers.
 */
export async function dispatch(
  service: PresscutApi,
  name: unknown,
  args: unknown,
  options: DispatchOptions = {},
): Promise<Reply<unknown>> {
  if (typeof name !== 'string' || !Object.hasOwn(argumentSchemas, name)) {
    return {
      ok: false,
      error: { code: 'unknown-method', message: `Presscut has no method "${String(name)}".` },
    };
  }
  const method = name as MethodName;
  const parsed = argumentSchemas[method].safeParse(args);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-argument', message: `${method}: ${describeIssues(parsed.error)}` },
    };
  }
  try {
    const run = service[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await run.apply(service, parsed.data as unknown[]) };
  } catch (error) {
    if (error instanceof PresscutError)
      return { ok: false, error: { code: error.code, message: error.message } };
    options.onInternalError?.(method, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${method} failed: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length
        ? `argument ${issue.path.map(String).join('.')}: ${issue.message}`
        : issue.message,
    )
    .join('; ');
}
