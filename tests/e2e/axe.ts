import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious and critical violations only: what stops a person from using the
 * view. With `landmarks`, also any breach of the landmark rules (content
 * outside a landmark, a second banner or main): what makes a screen reader's
 * list of regions wrong.
 */
export async function seriousViolations(
  page: Page,
  { landmarks = false }: { landmarks?: boolean } = {},
): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter(
      (v) =>
        v.impact === 'serious' ||
        v.impact === 'critical' ||
        (landmarks && (v.id === 'region' || v.id.startsWith('landmark-'))),
    )
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
