import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { HtmlPrinter } from './print-review-pdf.ts';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The script Electron's binary runs to print, with the app's own `printToPDF`. */
const ELECTRON_SCRIPT = path.join(REPO, 'electron/main/print-pdf-script.mjs');
const PRINT_TIMEOUT_MS = 120_000;

/** Electron's binary, where its npm package could download it. */
function electronBinary(): string | null {
  const pathFile = path.join(REPO, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(
    REPO,
    'node_modules/electron/dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

function chromiumBinary(env: NodeJS.ProcessEnv): string | null {
  const candidates = [env.PRESSCUT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

export interface PdfPrinter {
  /** What prints, for the person: "Electron", "Chromium (/usr/bin/chromium)". */
  name: string;
  print: HtmlPrinter;
}

/** Root cannot run Chromium's sandbox; a sandbox of its own is what an unprivileged user gets. */
const sandboxFlags = () => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

/** Writes the HTML to a temporary file, lets `print` make the PDF beside it, and reads it back. */
async function printThroughFiles(
  html: string,
  print: (input: string, output: string, dir: string) => Promise<unknown>,
): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'presscut-print-'));
  try {
    const input = path.join(dir, 'review.html');
    const output = path.join(dir, 'review.pdf');
    await writeFile(input, html);
    await print(input, output, dir);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * How the command line prints a PDF outside the app: Electron's own binary
 * (the app's `printToPDF`) where it was downloaded, else a Chromium at
 * PRESSCUT_CHROMIUM or /usr/bin/chromium, headless. The page loads nothing
 * (its policy forbids every request) and runs no script.
 */
export function findPdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter | null {
  const electron = env.PRESSCUT_CHROMIUM ? null : electronBinary();
  if (electron)
    return {
      name: 'Electron',
      print: (html) =>
        printThroughFiles(html, (input, output) =>
          run(electron, [...sandboxFlags(), ELECTRON_SCRIPT, input, output], {
            timeout: PRINT_TIMEOUT_MS,
            env: { ...env, ELECTRON_RUN_AS_NODE: undefined },
          }),
        ),
    };
  const chromium = chromiumBinary(env);
  if (chromium)
    return {
      name: `Chromium (${chromium})`,
      print: (html) =>
        printThroughFiles(html, (input, output, dir) =>
          run(
            chromium,
            [
              '--headless',
              ...sandboxFlags(),
              '--disable-gpu',
              '--no-first-run',
              '--disable-extensions',
              `--user-data-dir=${path.join(dir, 'profile')}`,
              '--no-pdf-header-footer',
              `--print-to-pdf=${output}`,
              pathToFileURL(input).href,
            ],
            { timeout: PRINT_TIMEOUT_MS },
          ),
        ),
    };
  return null;
}

export const NO_PDF_PRINTER =
  'A PDF needs a browser engine to print it, and none was found: install Chromium (apt-get install chromium), or set PRESSCUT_CHROMIUM to a Chromium or Chrome binary. The app itself prints with its own.';

export function requirePdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  const printer = findPdfPrinter(env);
  if (!printer) throw new Error(NO_PDF_PRINTER);
  return printer;
}
