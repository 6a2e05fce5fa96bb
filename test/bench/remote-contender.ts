import { Worker } from "node:worker_threads";
import type { ContenderSpec, WorkerReply, WorkerRequest } from "./contender-worker.js";

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Main-thread handle on one engine hosted in a worker thread (same process).
 * Requests go one at a time; the worker times its own loop, so messaging costs
 * are not part of any measurement.
 * @example const remote = RemoteContender.start(new URL(import.meta.url), { scenarioId: "S2", engine: FLAGTYPE, mode: "sync" });
 */
export class RemoteContender {
  private pending: Pending | undefined;
  private failure: Error | undefined;

  private constructor(
    readonly name: string,
    private readonly worker: Worker,
  ) {
    worker.on("message", (reply: WorkerReply) => this.settle(reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`${name}: worker exited (code ${code})`)));
  }

  /** Starts a worker on `entry` (a module that calls `serveContender` off the main thread). */
  static start(entry: URL, spec: ContenderSpec): RemoteContender {
    return new RemoteContender(spec.engine, new Worker(entry, { workerData: spec }));
  }

  async answers(): Promise<readonly unknown[]> {
    const reply = await this.request({ type: "answers" });
    if (reply.type !== "answers") throw new Error(`${this.name}: unexpected reply ${reply.type}`);
    return reply.answers;
  }

  /** Runs `ops` operations in the worker; resolves to the elapsed milliseconds it measured. */
  async timeOps(ops: number, weights: readonly number[]): Promise<number> {
    const reply = await this.request({ type: "time", ops, weights });
    if (reply.type !== "time") throw new Error(`${this.name}: unexpected reply ${reply.type}`);
    return reply.elapsedMs;
  }

  async close(): Promise<void> {
    this.failure ??= new Error(`${this.name}: closed`);
    await this.worker.terminate();
  }

  private request(request: WorkerRequest): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error(`${this.name}: a request is already in flight`));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending;
    this.pending = undefined;
    if (reply.type === "error") pending?.reject(new Error(`${this.name}: ${reply.message}`));
    else pending?.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(error);
  }
}
