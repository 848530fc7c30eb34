/**
 * Prints an HTML file to PDF with Electron's own printToPDF, outside the app:
 * `electron print-pdf-script.mjs IN.html OUT.pdf`. The command line's review
 * command runs it where Electron's binary was downloaded; the app prints in a
 * hidden window of its own the same way.
 */
import { app, BrowserWindow, session } from 'electron';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [input, output] = process.argv.slice(-2);

app
  .whenReady()
  .then(async () => {
    // Nothing leaves the machine: every request but the file itself is refused.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') });
    });
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, javascript: false },
    });
    await window.loadURL(pathToFileURL(input).href);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    writeFileSync(output, pdf);
    app.exit(0);
  })
  .catch((error) => {
    console.error(error);
    app.exit(1);
  });
