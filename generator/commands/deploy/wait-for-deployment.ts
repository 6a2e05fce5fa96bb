import type { Clock } from "../../cli-kit/clock.js";
import type { DeploymentStatus } from "./management-api.js";

/** States after which a deployment changes no more. */
const FINAL_STATES: ReadonlySet<string> = new Set(["COMPLETE", "ROLLED_BACK", "REVERTED"]);

export interface WaitOptions {
  /** Milliseconds between two GetDeployment calls. */
  readonly intervalMs: number;
  /** Milliseconds after which waiting stops (the deployment goes on in AppConfig). */
  readonly timeoutMs: number;
  /** Aborting stops waiting at once (Ctrl+C). */
  readonly signal?: AbortSignal;
  /** Called with each state seen that differs from the previous one. */
  readonly onChange?: (status: DeploymentStatus) => void;
  /** Where the deadline is read from and the intervals are slept. */
  readonly clock: Clock;
}

/** How waiting ended; `status` is the last one seen. */
export type WaitOutcome =
  | { readonly kind: "finished"; readonly status: DeploymentStatus }
  | { readonly kind: "timed-out"; readonly status: DeploymentStatus }
  | { readonly kind: "stopped"; readonly status: DeploymentStatus };

/** Whether a state is final: COMPLETE, ROLLED_BACK or REVERTED. */
export function isFinalState(state: string): boolean {
  return FINAL_STATES.has(state);
}

/**
 * Polls `getStatus` every `intervalMs` until the deployment reaches a final state, `timeoutMs`
 * passes or `signal` aborts.
 * @example
 * const outcome = await waitForDeployment(() => api.getDeployment(app, env, 3), started, { intervalMs: 5000, timeoutMs: 1_800_000, clock: SYSTEM_CLOCK });
 */
export async function waitForDeployment(
  getStatus: () => Promise<DeploymentStatus>,
  initial: DeploymentStatus,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const { clock } = options;
  const deadline = clock.now() + options.timeoutMs;
  let status = initial;
  while (!isFinalState(status.state)) {
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { kind: "timed-out", status };
    await clock.sleep(Math.min(options.intervalMs, remaining), options.signal);
    if (options.signal?.aborted) return { kind: "stopped", status };
    const next = await getStatus();
    if (next.state !== status.state) options.onChange?.(next);
    status = next;
  }
  return { kind: "finished", status };
}

