#!/usr/bin/env node
// `npm run demo` (README quick start): see run-demo.ts. Options: --store appconfig (default) | file.
import { Cleanup, runDemo, type DemoStore } from "./run-demo.js";

const USAGE = "usage: node examples/dist/demo/main.js [--store appconfig|file]";

function parseStore(argv: readonly string[]): DemoStore | undefined {
  if (argv.length === 0) return "appconfig";
  const [option, value, ...rest] = argv;
  const inline = option?.startsWith("--store=") ? option.slice("--store=".length) : undefined;
  const chosen = inline ?? (option === "--store" && rest.length === 0 ? value : undefined);
  if (inline !== undefined && value !== undefined) return undefined;
  return chosen === "appconfig" || chosen === "file" ? chosen : undefined;
}

const store = parseStore(process.argv.slice(2));
if (store === undefined) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const cleanup = new Cleanup();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanup.run().finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await runDemo(store, (line) => process.stdout.write(`${line}\n`), cleanup);
} catch (error) {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
