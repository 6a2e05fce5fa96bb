/** Something the harness can time: `timeOps(n)` runs n operations and returns elapsed ms. */
export interface Timeable {
  readonly name: string;
  readonly timeOps: (ops: number) => number | Promise<number>;
}

export interface TimingPlan {
  /** Measured rounds; every round times every contender once. */
  readonly rounds: number;
  /** Target duration of one contender's batch in a round. */
  readonly sliceMs: number;
}

/** Per-round operations per second, one entry per round. */
export interface TimedContender {
  readonly name: string;
  readonly opsPerSecond: readonly number[];
}

const FIRST_CALIBRATION_OPS = 16;

/**
 * Warm-up, then `rounds` interleaved rounds. Warm-up calibrates each contender's
 * batch size to about one slice (which also lets the JIT settle) and runs one
 * discarded round. Each round rotates which contender goes first so none always
 * runs right after the same neighbour or right after a GC-heavy one.
 * @example await timeInterleaved([{ name: "noop", timeOps: (n) => n / 1e6 }], { rounds: 5, sliceMs: 50 })
 */
export async function timeInterleaved(contenders: readonly Timeable[], plan: TimingPlan): Promise<TimedContender[]> {
  const batchOps: number[] = [];
  for (const contender of contenders) batchOps.push(await calibrate(contender, plan.sliceMs));
  const samples = contenders.map((): number[] => []);
  for (let round = -1; round < plan.rounds; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (Math.max(round, 0) + turn) % contenders.length;
      const contender = contenders[index];
      const ops = batchOps[index];
      if (!contender || ops === undefined) continue;
      const elapsed = await contender.timeOps(ops);
      if (round >= 0) samples[index]?.push((ops / Math.max(elapsed, 1e-3)) * 1000);
    }
  }
  return contenders.map((contender, index) => ({ name: contender.name, opsPerSecond: samples[index] ?? [] }));
}

/** Doubles the batch until it takes a quarter slice, then scales it to one slice. */
async function calibrate(contender: Timeable, sliceMs: number): Promise<number> {
  for (let ops = FIRST_CALIBRATION_OPS; ; ops *= 2) {
    const elapsed = await contender.timeOps(ops);
    if (elapsed >= sliceMs / 4) return Math.max(1, Math.round((ops * sliceMs) / elapsed));
  }
}
