#!/usr/bin/env node
import { runCli } from "./commands/run-cli.js";

// The bin is the only place that touches `process`: signals stop `generate --watch` cleanly.
const interrupted = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => interrupted.abort());

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: interrupted.signal,
});
