import { readFile } from 'node:fs/promises';

/** The app's root: the repository, or the packaged app (`app.asar`), where `resources/` and `renderer/styles/` sit. */
const ROOT = new URL('../../', import.meta.url);

interface FontFace {
  /** The rule as the renderer's stylesheet writes it, its file still a relative URL. */
  rule: string;
  file: string;
  ranges: [number, number][];
}

let faces: Promise<FontFace[]> | null = null;

/** The reader's @font-face rules (Literata and Inter), read once from the renderer's own stylesheet. */
function fontFaces(): Promise<FontFace[]> {
  faces ??= readFile(new URL('renderer/styles/fonts.css', ROOT), 'utf8').then((css) =>
    [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([rule]) => ({
      rule,
      file: /url\('\.\.\/\.\.\/(resources\/fonts\/[\w.-]+\.woff2)'\)/.exec(rule)?.[1] ?? '',
      ranges: [
        ...(/unicode-range:([^;]+);/.exec(rule)?.[1] ?? 'U+0-10FFFF').matchAll(
          /U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi,
        ),
      ].map(([, from, to]) => [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number]),
    })),
  );
  return faces;
}

/**
 * @font-face rules with the fonts inline (data: URLs), for a document that
 * must load nothing: only the faces whose characters `text` uses, so a
 * review in English does not carry the Cyrillic and Greek files.
 */
export async function embeddedFontFaces(text: string): Promise<string> {
  const used = new Set<number>();
  for (const char of text) used.add(char.codePointAt(0)!);
  const codes = [...used];
  const rules: string[] = [];
  for (const face of await fontFaces()) {
    if (!face.file || !codes.some((c) => face.ranges.some(([from, to]) => c >= from && c <= to)))
      continue;
    const bytes = await readFile(new URL(face.file, ROOT));
    rules.push(
      face.rule.replace(
        /url\('[^']+'\)/,
        `url(data:font/woff2;base64,${bytes.toString('base64')})`,
      ),
    );
  }
  return rules.join('\n');
}
