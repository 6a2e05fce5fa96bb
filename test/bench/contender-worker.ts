import type { MessagePort } from "node:worker_threads";
import { ASYNC_ENGINES } from "./async-contenders.js";
import { SYNC_ENGINES } from "./contenders.js";
import { timeAsyncOps, timeSyncOps } from "./loops.js";
import type { Scenario } from "./scenario.js";
import { SCENARIOS } from "./scenarios/index.js";

/** Which engine a worker hosts, for which scenario. */
export interface ContenderSpec {
  readonly scenarioId: string;
  readonly engine: string;
  readonly mode: "sync" | "async";
}

export type WorkerRequest =
  | { readonly type: "answers" }
  | { readonly type: "time"; readonly ops: number; readonly weights: readonly number[] };

export type WorkerReply =
  | { readonly type: "answers"; readonly answers: readonly unknown[] }
  | { readonly type: "time"; readonly elapsedMs: number }
  | { readonly type: "error"; readonly message: string };

interface HostedContender {
  answers(): Promise<unknown[]>;
  timeOps(ops: number, weights: readonly number[]): Promise<number>;
}

export function isContenderSpec(value: unknown): value is ContenderSpec {
  if (typeof value !== "object" || value === null) return false;
  const { scenarioId, engine, mode } = value as Partial<Record<keyof ContenderSpec, unknown>>;
  return typeof scenarioId === "string" && typeof engine === "string" && (mode === "sync" || mode === "async");
}

function hostSync(scenario: Scenario, engineName: string): HostedContender {
  const engine = SYNC_ENGINES.find((candidate) => candidate.name === engineName);
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  const { name, run } = engine.build(scenario);
  const indexes = scenario.contexts.map((_, index) => index);
  return {
    answers: async () => indexes.map(run),
    timeOps: async (ops, weights) => timeSyncOps(name, run, ops, weights),
  };
}

async function hostAsync(scenario: Scenario, engineName: string): Promise<HostedContender> {
  const engine = ASYNC_ENGINES.find((candidate) => candidate.name === engineName);
  if (!engine) throw new Error(`unknown async engine ${engineName}`);
  const { name, run } = await engine.build(scenario);
  const indexes = scenario.contexts.map((_, index) => index);
  return {
    answers: () => Promise.all(indexes.map(run)),
    timeOps: (ops, weights) => timeAsyncOps(name, run, ops, weights),
  };
}

/**
 * Worker side: hosts one engine and answers the main thread's requests one at a
 * time. Each engine gets its own V8 isolate, so its call sites see only itself
 * (as in an application that uses one engine) and its garbage is its own.
 */
export async function serveContender(spec: ContenderSpec, port: MessagePort): Promise<void> {
  const scenario = SCENARIOS.find((candidate) => candidate.id === spec.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${spec.scenarioId}`);
  const hosted = spec.mode === "sync" ? hostSync(scenario, spec.engine) : await hostAsync(scenario, spec.engine);
  port.on("message", (request: WorkerRequest) => {
    answer(hosted, request).then(
      (reply) => port.postMessage(reply),
      (error: unknown) => port.postMessage({ type: "error", message: String(error instanceof Error ? error.message : error) }),
    );
  });
}

async function answer(hosted: HostedContender, request: WorkerRequest): Promise<WorkerReply> {
  if (request.type === "answers") return { type: "answers", answers: await hosted.answers() };
  return { type: "time", elapsedMs: await hosted.timeOps(request.ops, request.weights) };
}
