/** Shows a long task's progress on stderr: one line rewritten in a terminal, a line every tenth of the way otherwise. */
export function progressLine(task: string): {
  update: (label: string, done: number, total: number | null) => void;
  end: () => void;
} {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let shown = false;
  return {
    update(label, done, total) {
      const share = total ? ` ${done}/${total}` : '';
      if (tty) {
        process.stderr.write(
          `\r\x1b[K${task}:${share} ${label}`.slice(0, (process.stderr.columns ?? 100) - 1),
        );
        shown = true;
        return;
      }
      const tenth = total ? Math.floor((10 * done) / total) : 0;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${task}:${share} ${label}\n`);
    },
    end() {
      if (tty && shown) process.stderr.write('\r\x1b[K');
    },
  };
}
