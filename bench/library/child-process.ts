import { spawn } from 'node:child_process';

/**
 * Runs a measurement script in a Node process of its own and gives the JSON
 * it printed last; a sentence instead when it failed or ran out of time (it
 * is then stopped).
 */
export async function runChild(
  script: string,
  args: string[],
  timeoutMs: number,
): Promise<unknown> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (timedOut) return `> ${Math.round(timeoutMs / 60_000)} min (stopped)`;
  if (code !== 0) {
    const reason = stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${code}`;
    return `failed: ${reason.slice(0, 120)}`;
  }
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as unknown;
}
