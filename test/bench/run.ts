// Entry of `npm run bench` (bundled by esbuild to .bench/run.mjs). The same module is
// the worker entry: off the main thread it hosts one engine for the timing rounds.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runBench } from "./bench-main.js";
import { isContenderSpec, serveContender } from "./contender-worker.js";
import { parseBenchOptions } from "./options.js";

if (isMainThread) {
  const options = parseBenchOptions(process.argv.slice(2));
  const allMet = await runBench(new URL(import.meta.url), options);
  if (options.check && !allMet) process.exitCode = 1;
} else if (parentPort && isContenderSpec(workerData)) {
  await serveContender(workerData, parentPort);
} else {
  throw new Error("bench worker started without a contender spec");
}
