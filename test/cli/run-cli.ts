import { spawnSync } from 'node:child_process';

/** Runs one of our command-line shells as npm would, with extra environment variables; waits for it to exit. */
export function runCli(script: string, args: readonly string[], env: Readonly<Record<string, string>> = {}) {
  const run = spawnSync('node_modules/.bin/tsx', [script, ...args], {
    encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
