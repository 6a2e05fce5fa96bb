/**
 * One injected misbehaviour for a request:
 * - `status`: answer with this HTTP status as the service would (429 throttling, 5xx, 400, 404);
 * - `hang`: never answer (the client must time out);
 * - `reset`: destroy the connection without a response;
 * - `slow-body`: answer normally but trickle the body out in `chunks` pieces, `chunkDelayMs` apart;
 * - `body`: answer normally but with this body instead (malformed JSON, a schema-invalid or changed document).
 */
export type Fault =
  | { readonly kind: "status"; readonly status: number; readonly message?: string }
  | { readonly kind: "hang" }
  | { readonly kind: "reset" }
  | { readonly kind: "slow-body"; readonly chunkDelayMs: number; readonly chunks?: number }
  | { readonly kind: "body"; readonly body: string; readonly contentType?: string };

/** How many upcoming requests a fault affects: a count, or every request until `clear`. */
export type FaultTimes = number | "always";

interface PlannedFault {
  readonly fault: Fault;
  remaining: FaultTimes;
}

/**
 * Per-route queues of faults, consumed in order by incoming requests.
 * @example
 * plan.inject("GetLatestConfiguration", { kind: "status", status: 500 }, 2); // next two polls fail
 * plan.inject("GetLatestConfiguration", { kind: "hang" }, "always");        // until plan.clear()
 */
export class FaultPlan<Route extends string> {
  private readonly queues = new Map<Route, PlannedFault[]>();

  inject(route: Route, fault: Fault, times: FaultTimes = 1): void {
    if (times !== "always" && (!Number.isInteger(times) || times < 1)) {
      throw new RangeError(`fault times must be a positive integer or "always", got ${String(times)}`);
    }
    const queue = this.queues.get(route) ?? [];
    queue.push({ fault, remaining: times });
    this.queues.set(route, queue);
  }

  /** The fault for the next request on `route`, if any; counts it as used. */
  take(route: Route): Fault | undefined {
    const queue = this.queues.get(route);
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    if (next.remaining !== "always") {
      next.remaining -= 1;
      if (next.remaining === 0) queue.shift();
    }
    return next.fault;
  }

  /** Removes planned faults for `route`, or for every route. */
  clear(route?: Route): void {
    if (route === undefined) this.queues.clear();
    else this.queues.delete(route);
  }
}

/** A body fault carrying text that is not JSON. */
export function malformedJsonFault(): Fault {
  return { kind: "body", body: '{"premium_features": {"default": tru', contentType: "application/json" };
}

/** A body fault carrying `document` serialized as JSON (e.g. a schema-invalid or a changed document). */
export function documentFault(document: unknown): Fault {
  return { kind: "body", body: JSON.stringify(document), contentType: "application/json" };
}
