import type { OutletMemory } from './memory/outlet-memory.ts';
import type { TraceEntry } from './trace.ts';

/** How either engine is asked to clip a paste: one type for the text engine, the HTML engine and their caller. */
export interface ExtractOptions {
  /** When the clip is made: relative times in the paste ("an hour ago") resolve against it. */
  clippedAt: Date;
  /** What the library learnt of each outlet's boilerplate (its footer, its widgets); optional. */
  memory?: OutletMemory;
  /** The paste's outlet, when the caller knows it; else the memory may recognise it. */
  outlet?: string;
  /** The address of the page the paste came from, when the caller knows it: relative links resolve against it. */
  url?: string;
  /** Receives each engine's decisions, one entry per line of text or block of HTML, once per engine run. */
  trace?: (entries: readonly TraceEntry[]) => void;
}
