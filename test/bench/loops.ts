import { answerWeight, expectedChecksum } from "./checksum.js";

/**
 * Timed loops. The bench hosts each engine in its own worker thread, so the call
 * in these loops only ever sees one engine and V8 may inline it, as it would in an
 * application that uses that engine. Each loop cycles through the scenario's
 * contexts, sums the answers' weights and checks the sum, so no result can be
 * optimised away and an engine whose answers drift fails the run.
 */
export type SyncRun = (contextIndex: number) => unknown;
export type AsyncRun = (contextIndex: number) => Promise<unknown>;

/** Runs `ops` operations; returns elapsed milliseconds. Throws if any answer changed. */
export function timeSyncOps(name: string, run: SyncRun, ops: number, weights: readonly number[]): number {
  const contextCount = weights.length;
  let checksum = 0;
  let contextIndex = 0;
  const start = performance.now();
  for (let op = 0; op < ops; op++) {
    checksum += answerWeight(run(contextIndex));
    contextIndex = contextIndex + 1 === contextCount ? 0 : contextIndex + 1;
  }
  const elapsed = performance.now() - start;
  verify(name, checksum, weights, ops);
  return elapsed;
}

/** As `timeSyncOps`, awaiting each operation before starting the next (one request at a time). */
export async function timeAsyncOps(
  name: string,
  run: AsyncRun,
  ops: number,
  weights: readonly number[],
): Promise<number> {
  const contextCount = weights.length;
  let checksum = 0;
  let contextIndex = 0;
  const start = performance.now();
  for (let op = 0; op < ops; op++) {
    checksum += answerWeight(await run(contextIndex));
    contextIndex = contextIndex + 1 === contextCount ? 0 : contextIndex + 1;
  }
  const elapsed = performance.now() - start;
  verify(name, checksum, weights, ops);
  return elapsed;
}

function verify(name: string, checksum: number, weights: readonly number[], ops: number): void {
  const expected = expectedChecksum(weights, ops);
  if (checksum !== expected) {
    throw new Error(`${name}: answers changed while timing (checksum ${checksum}, expected ${expected})`);
  }
}
