import type { z } from 'zod';
import { PresscutError } from '../../common/errors.ts';
import { firstScreenSchemas } from './first-screen-schemas.ts';
import type { MethodName, PresscutApi, Reply } from './contract.ts';

export interface DispatchOptions {
  /** Told of failures that are bugs rather than bad input. */
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * Validates a call that came from the renderer (untrusted) against the
 * contract and runs it. IPC and the browser-test bridge both call this, so
 * both see exactly the same checks and answers. The checks of every method
 * but the first screen's are loaded with the first call that needs them:
 * making them takes a while, and the window's first list need not wait.
 */
export async function dispatch(
  service: PresscutApi,
  name: unknown,
  args: unknown,
  options: DispatchOptions = {},
): Promise<Reply<unknown>> {
  const schemas =
    typeof name === 'string' && Object.hasOwn(firstScreenSchemas, name)
      ? firstScreenSchemas
      : (await import('./argument-schemas.ts')).argumentSchemas;
  if (typeof name !== 'string' || !Object.hasOwn(schemas, name)) {
    return {
      ok: false,
      error: { code: 'unknown-method', message: `Presscut has no method "${String(name)}".` },
    };
  }
  const method = name as MethodName;
  const parsed = (schemas as Partial<Record<MethodName, z.ZodType>>)[method]!.safeParse(args);
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
