import { MultiBar, Presets } from 'cli-progress';

/** Shows how far an ingest run is and prints each file's result line without garbling the bar. */
export interface IngestProgress {
  /** null for a file skipped without a word. */
  fileDone(resultLine: string | null): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 2000;

/** A bar on a terminal; on a pipe or log file, result lines on stdout and a progress line on stderr every few seconds. */
export function startProgress(totalFiles: number, isTerminal: boolean): IngestProgress {
  if (isTerminal) {
    const bars = new MultiBar({ format: 'ingest [{bar}] {value}/{total} files', clearOnComplete: false, hideCursor: true }, Presets.shades_classic);
    const bar = bars.create(totalFiles, 0);
    return {
      fileDone(resultLine) {
        if (resultLine !== null) bars.log(`${resultLine}\n`);
        bar.increment();
      },
      stop: () => bars.stop(),
    };
  }
  let done = 0;
  let lastReportMs = Date.now();
  return {
    fileDone(resultLine) {
      done += 1;
      if (resultLine !== null) console.log(resultLine);
      if (Date.now() - lastReportMs >= PLAIN_EVERY_MS) {
        lastReportMs = Date.now();
        console.error(`progress: ${done}/${totalFiles} files`);
      }
    },
    stop: () => undefined,
  };
}
