import type { ExtractOptions } from '../options.ts';

/** The paste's outlet, and how much a piece of its text is that outlet's boilerplate (0–1), when the library knows. */
export interface OutletBoilerplate {
  outlet: string | null;
  boilerplate?: (text: string) => number;
}

/**
 * The outlet-memory step both engines take: the outlet is the one the caller
 * named, else the one whose remembered boilerplate covers the paste's texts,
 * else the page's own name (`pageOutlet`, when the engine read one); its
 * boilerplate is what the library's memory says of it.
 */
export function outletBoilerplate(
  texts: () => readonly string[],
  options: Pick<ExtractOptions, 'memory' | 'outlet'>,
  pageOutlet: string | null = null,
): OutletBoilerplate {
  const { memory } = options;
  const outlet = options.outlet ?? memory?.recognise(texts()) ?? pageOutlet;
  return {
    outlet,
    boilerplate: memory && outlet ? (text) => memory.boilerplate(outlet, text) : undefined,
  };
}
