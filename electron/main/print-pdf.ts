import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

/** The print window's own session, in memory: nothing of it is kept, and it may load the one file it prints. */
const PRINT_PARTITION = 'presscut-print';

/**
 * Prints an HTML document to PDF with Electron's printToPDF, in a hidden
 * window that runs no script and loads nothing but the document (written to
 * a temporary file: a long review is too long for a data: URL). Its page
 * size, margins, headers and footers are the document's own CSS.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'presscut-print-'));
  const file = path.join(dir, 'review.html');
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.url !== url && !details.url.startsWith('data:') }),
  );
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
    },
  });
  try {
    await window.loadURL(url);
    return new Uint8Array(
      await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      }),
    );
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
