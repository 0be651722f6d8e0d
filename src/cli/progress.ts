/** What the progress bar needs of stderr. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

/** A progress bar: `tick(label)` after each item, `done()` at the end. */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

/**
 * A one-line progress bar on stderr for multi-file work, redrawn in place with `\r`. Only when
 * stderr is a terminal and there is more than one item: a bar in a log file or a pipe is noise,
 * and stdout stays clean for the results either way. At most ten redraws a second, so a fast
 * run over thousands of files does not spend its time drawing.
 */
export function createProgress(stream: ProgressStream, total: number | undefined, now: () => number = Date.now): Progress {
  if (!stream.isTTY || (total !== undefined && total < 2)) return SILENT;
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const draw = (label: string): void => {
    const width = Math.max(20, Math.min(stream.columns || 80, 120));
    const counter = total === undefined ? `${count}` : `${count}/${total}`;
    const barWidth = total === undefined ? 0 : Math.min(30, Math.max(10, width - counter.length - 30));
    const filled = total === undefined || total === 0 ? 0 : Math.round((barWidth * count) / total);
    const bar = total === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] `;
    const room = Math.max(0, width - bar.length - counter.length - 3);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    stream.write(`\r\x1b[K${bar}${counter} ${name}`);
    drawn = true;
  };
  return {
    tick(label = '') {
      count++;
      const t = now();
      if (t - last < 100 && count !== total) return;
      last = t;
      draw(label);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
