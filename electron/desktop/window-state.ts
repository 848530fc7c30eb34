import { TextFile } from 'lowdb/node';
import * as z from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.int(),
    y: z.int(),
    width: z.int().positive(),
    height: z.int().positive(),
  }),
  maximized: z.boolean(),
});
/** Where the window was and how big, its size before it was maximised, and whether it was. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** How much of the window must still be on a display for it to be put back there: enough to grab and move it. */
const MIN_VISIBLE = { width: 160, height: 80 };

/** The saved window state, or null when there is none or it cannot be read (then the window opens at its default place). */
export async function readWindowState(file: string): Promise<WindowState | null> {
  let text: string | null;
  try {
    text = await new TextFile(file).read();
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the window state atomically (a temporary file, then a rename), so a crash never leaves half a file. */
export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await new TextFile(file).write(JSON.stringify(state));
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to restore the window to, given the work areas of the displays
 * connected now: the saved ones, shrunk to fit the display they are on, or
 * null when that display is gone (unplugged monitor) and the window would open
 * out of reach.
 */
export function fitToDisplays(saved: Rectangle, workAreas: readonly Rectangle[]): Rectangle | null {
  const home = workAreas.find((area) => {
    const shared = overlap(saved, area);
    return (
      shared.width >= Math.min(MIN_VISIBLE.width, saved.width) &&
      shared.height >= Math.min(MIN_VISIBLE.height, saved.height)
    );
  });
  if (!home) return null;
  const width = Math.min(saved.width, home.width);
  const height = Math.min(saved.height, home.height);
  return {
    x: Math.min(Math.max(saved.x, home.x), home.x + home.width - width),
    y: Math.min(Math.max(saved.y, home.y), home.y + home.height - height),
    width,
    height,
  };
}
