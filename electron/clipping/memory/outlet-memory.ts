import * as z from 'zod';

/**
 * What the library has seen of each outlet: for each normalised line, in how
 * many of the outlet's pastes it stood. A line that recurs in most of an
 * outlet's pastes (its footer, its widgets, its newsletter box) is that
 * outlet's boilerplate. Holds hashes of lines, never their text, and is
 * bounded in size. Pure and serialisable: the library store persists it.
 */
export class OutletMemory {
  private readonly limits: MemoryLimits;
  private readonly outlets: Map<string, OutletRecord>;

  constructor(
    limits: MemoryLimits = DEFAULT_LIMITS,
    outlets: Map<string, OutletRecord> = new Map(),
  ) {
    this.limits = limits;
    this.outlets = outlets;
  }

  /** Records one stored paste of an outlet. Learn a clip after extracting it, so it does not vouch for itself. */
  learn(outlet: string, paste: string): void {
    const key = outletKey(outlet);
    if (!key) return;
    const record = this.outlets.get(key) ?? {
      name: outlet.trim(),
      pastes: 0,
      lines: new Map<string, number>(),
    };
    this.outlets.delete(key);
    this.outlets.set(key, record);
    record.pastes++;
    for (const hash of distinctLineHashes(paste)) {
      const seen = record.lines.get(hash) ?? 0;
      record.lines.delete(hash);
      record.lines.set(hash, seen + 1);
    }
    trimLines(record, this.limits.linesPerOutlet);
    while (this.outlets.size > this.limits.outlets)
      this.outlets.delete(this.outlets.keys().next().value!);
  }

  /** How boilerplate a line is for an outlet: the share of its pastes that held it, 0 until enough were seen. */
  boilerplate(outlet: string, line: string): number {
    const record = this.outlets.get(outletKey(outlet));
    const hash = lineHash(line);
    if (!record || !hash || record.pastes < MIN_PASTES) return 0;
    const seen = record.lines.get(hash) ?? 0;
    return seen >= MIN_PASTES ? seen / record.pastes : 0;
  }

  /** The outlet whose boilerplate covers most of these lines, when one clearly does. */
  recognise(lines: readonly string[]): string | null {
    const hashes = new Set(lines.map(lineHash).filter(Boolean));
    let best: string | null = null;
    let bestHits = MIN_RECOGNISED_LINES - 1;
    for (const record of this.outlets.values()) {
      if (record.pastes < MIN_PASTES) continue;
      let hits = 0;
      for (const hash of hashes) {
        const seen = record.lines.get(hash) ?? 0;
        if (seen >= MIN_PASTES && seen / record.pastes >= RECOGNISED_SHARE) hits++;
      }
      if (hits > bestHits) {
        best = record.name;
        bestHits = hits;
      }
    }
    return best;
  }

  /** Outlets known, most recently learnt last. */
  get outletNames(): string[] {
    return [...this.outlets.values()].map((record) => record.name);
  }

  toJSON(): OutletMemoryJson {
    return {
      version: 1,
      limits: this.limits,
      outlets: [...this.outlets.values()].map((record) => ({
        outlet: record.name,
        pastes: record.pastes,
        lines: [...record.lines.entries()],
      })),
    };
  }

  /** Reads what `toJSON` wrote. A value that is not one comes back as an error, never as a half-read memory. */
  static fromJSON(
    data: unknown,
  ): { ok: true; memory: OutletMemory } | { ok: false; error: string } {
    const parsed = MEMORY_SCHEMA.safeParse(data);
    if (!parsed.success)
      return {
        ok: false,
        error: `outlet memory is unreadable: ${parsed.error.issues[0]?.message ?? 'bad shape'}`,
      };
    const outlets = new Map<string, OutletRecord>();
    for (const entry of parsed.data.outlets) {
      outlets.set(outletKey(entry.outlet), {
        name: entry.outlet,
        pastes: entry.pastes,
        lines: new Map(entry.lines),
      });
    }
    return { ok: true, memory: new OutletMemory(parsed.data.limits, outlets) };
  }
}

export interface MemoryLimits {
  outlets: number;
  linesPerOutlet: number;
}

interface OutletRecord {
  /** The outlet's name as first given; the map key is its folded form. */
  name: string;
  pastes: number;
  /** Line hash → number of pastes that held the line; oldest first. */
  lines: Map<string, number>;
}

const DEFAULT_LIMITS: MemoryLimits = { outlets: 500, linesPerOutlet: 3000 };
/** A line must have stood in this many pastes of an outlet before it counts as its boilerplate. */
const MIN_PASTES = 3;
const RECOGNISED_SHARE = 0.5;
const MIN_RECOGNISED_LINES = 3;
/** Longer lines are story text or notices too varied to recur word for word. */
const MAX_LINE_LENGTH = 400;

const MEMORY_SCHEMA = z.object({
  version: z.literal(1),
  limits: z.object({
    outlets: z.number().int().positive(),
    linesPerOutlet: z.number().int().positive(),
  }),
  outlets: z.array(
    z.object({
      outlet: z.string().min(1),
      pastes: z.number().int().nonnegative(),
      lines: z.array(z.tuple([z.string(), z.number().int().positive()])),
    }),
  ),
});

export type OutletMemoryJson = z.infer<typeof MEMORY_SCHEMA>;

function outletKey(outlet: string): string {
  return outlet.trim().toLowerCase().replace(/\s+/g, ' ');
}

function distinctLineHashes(paste: string): Set<string> {
  const hashes = new Set<string>();
  for (const line of paste.split(/\r\n?|\n/)) {
    const hash = lineHash(line);
    if (hash) hashes.add(hash);
  }
  return hashes;
}

/**
 * A hash of the line's normalised form: case, spacing and digits folded, so
 * "© 2024 …" and "© 2025 …", or "12 comments" and "3 comments", are one line.
 */
function lineHash(line: string): string {
  const normal = line
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/\s+/g, ' ')
    .trim();
  if (!normal || normal.length > MAX_LINE_LENGTH) return '';
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

/** Keeps an outlet's lines under the limit: lines seen once go first, oldest first, then the rarest. */
function trimLines(record: OutletRecord, limit: number): void {
  if (record.lines.size <= limit) return;
  for (const [hash, seen] of record.lines) {
    if (record.lines.size <= limit) return;
    if (seen === 1) record.lines.delete(hash);
  }
  const byRarity = [...record.lines.entries()].sort((a, b) => a[1] - b[1]);
  for (const [hash] of byRarity.slice(0, record.lines.size - limit)) record.lines.delete(hash);
}
