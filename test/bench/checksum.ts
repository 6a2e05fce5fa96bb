/**
 * A cheap number standing for an answer. The timing loops add it up so that no
 * result can be optimised away, and the total is checked after every timed batch:
 * an engine that starts answering differently (or returns nothing) fails the run.
 * Anything that is not a boolean, string or array of strings weighs NaN.
 */
export function answerWeight(answer: unknown): number {
  if (answer === true) return 1;
  if (answer === false) return 2;
  if (typeof answer === "string") return 3 + answer.length;
  if (Array.isArray(answer)) return 1000 + answer.length;
  return Number.NaN;
}

/** The checksum a loop of `ops` operations over contexts `0, 1, …, n-1, 0, 1, …` must produce. */
export function expectedChecksum(weights: readonly number[], ops: number): number {
  const cycle = weights.reduce((sum, weight) => sum + weight, 0);
  const fullCycles = Math.floor(ops / weights.length);
  const partial = weights.slice(0, ops % weights.length).reduce((sum, weight) => sum + weight, 0);
  return fullCycles * cycle + partial;
}
