import { MultiBar, Presets } from 'cli-progress';

/** Shows how far a long command (ingest, copy-store) is and prints result lines without garbling the bar. */
export interface Progress {
  /** One more item done; null for one finished without a word. */
  itemDone(resultLine: string | null): void;
  stop(): void;
}

/** What the bar counts: `copy [====] 3/10 articles`. */
export interface ProgressUnits {
  readonly task: string;
  readonly items: string;
}

const PLAIN_EVERY_MS = 2000;

/** A bar on a terminal; on a pipe or log file, result lines on stdout and a progress line on stderr every few seconds. */
export function startProgress(total: number, isTerminal: boolean, units: ProgressUnits): Progress {
  if (isTerminal) {
    const bars = new MultiBar({
      format: `${units.task} [{bar}] {value}/{total} ${units.items}`, clearOnComplete: false, hideCursor: true,
    }, Presets.shades_classic);
    const bar = bars.create(total, 0);
    return {
      itemDone(resultLine) {
        if (resultLine !== null) bars.log(`${resultLine}\n`);
        bar.increment();
      },
      stop: () => bars.stop(),
    };
  }
  let done = 0;
  let lastReportMs = Date.now();
  return {
    itemDone(resultLine) {
      done += 1;
      if (resultLine !== null) console.log(resultLine);
      if (Date.now() - lastReportMs >= PLAIN_EVERY_MS) {
        lastReportMs = Date.now();
        console.error(`progress: ${done}/${total} ${units.items}`);
      }
    },
    stop: () => undefined,
  };
}
