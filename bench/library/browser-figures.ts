import { access } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../../common/content-security-policy.ts';
import { bridgeToServices, type BridgeCall } from '../../tests/e2e/bridge.ts';
import { serveRenderer } from '../../tests/e2e/renderer-server.ts';

const RENDERER = path.resolve(import.meta.dirname, '../../dist/renderer');

export interface BrowserFigures {
  /** From the page's navigation start to the first row of the list on screen, timed in the page, per run. */
  listShownMs: number[];
  /** Nodes in the page, shadow roots included, once the list is on screen. */
  domNodes: number;
  domElements: number;
  /** What the window received from main (the replies' JSON) until the list and the shelves' counts were on screen, per run. */
  openBytes: number[];
}

/** Opens the built renderer in Chromium over the given services, as the e2e fixtures do, `runs` times. */
export async function measureInBrowser(
  service: PresscutApi,
  runs: number,
): Promise<BrowserFigures> {
  await access(path.join(RENDERER, 'index.html')).catch(() => {
    throw new Error('The renderer is not built: run `npm run build` first, or pass --no-browser.');
  });
  const server = await serveRenderer(RENDERER, CONTENT_SECURITY_POLICY);
  const browser = await chromium.launch({
    executablePath: process.env.PRESSCUT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const listShownMs: number[] = [];
    let counts = { nodes: 0, elements: 0 };
    const openBytes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`: the ones sent into the page need it there too.
      await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      const calls: BridgeCall[] = [];
      await bridgeToServices(page, service, calls);
      // Timed in the page, on the frame the first row appears: Playwright's own wait also waits out its
      // protocol, which is busy for a while carrying the whole list through the test bridge.
      await page.exposeFunction('__listShown', (pageMs: number) => void listShownMs.push(pageMs));
      await page.addInitScript(watchFirstRow);
      await page.goto(`${server.origin}/index.html`);
      await page
        .locator('clip-list [role="option"]')
        .first()
        .waitFor({ state: 'visible', timeout: 120_000 });
      await page.waitForFunction(
        () => (window as unknown as { __listShownDone?: boolean }).__listShownDone === true,
      );
      counts = await page.evaluate(countNodes);
      await page.locator('shelf-nav .count').first().filter({ hasNotText: /^0$/ }).waitFor();
      openBytes.push(calls.reduce((sum, call) => sum + call.bytes, 0));
      await page.close();
    }
    return { listShownMs, domNodes: counts.nodes, domElements: counts.elements, openBytes };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs in the page from its start: reports, once, the moment a row of the list has a size on screen. */
function watchFirstRow(): void {
  const visibleRow = (root: Document | ShadowRoot): boolean => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('role') === 'option' && el.getBoundingClientRect().height > 0)
        return true;
      if (el.shadowRoot && visibleRow(el.shadowRoot)) return true;
    }
    return false;
  };
  const frame = () => {
    if (!visibleRow(document)) {
      requestAnimationFrame(frame);
      return;
    }
    const done = window as unknown as {
      __listShown(ms: number): Promise<void>;
      __listShownDone?: boolean;
    };
    void done.__listShown(performance.now()).then(() => (done.__listShownDone = true));
  };
  requestAnimationFrame(frame);
}

/** Runs in the page: counts every node, walking into each shadow root. */
function countNodes(): { nodes: number; elements: number } {
  let nodes = 0;
  let elements = 0;
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      nodes++;
      if (node instanceof Element) {
        elements++;
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  visit(document);
  return { nodes, elements };
}
