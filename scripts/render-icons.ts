/**
 * Renders resources/icon.svg into the PNG sizes the installers need:
 * resources/icons/NxN.png. Linux takes the folder, Windows the 256 px one and
 * macOS the 1024 px one (electron-builder makes the .ico and .icns from them).
 * The PNGs are committed, so a build needs no browser; run this again after
 * changing the SVG: `npm run icons`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = path.join(ROOT, 'resources/icon.svg');
const OUT = path.join(ROOT, 'resources/icons');
const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = await readFile(SOURCE, 'utf8');
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.PRESSCUT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const file = path.join(OUT, `${size}x${size}.png`);
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(path.relative(ROOT, file));
  }
} finally {
  await browser.close();
}
