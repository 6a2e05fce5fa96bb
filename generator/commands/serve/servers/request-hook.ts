import type { IncomingMessage, ServerResponse } from "node:http";
import type { SlowDelivery, SubstituteBody } from "./http-reply.js";

/**
 * What a request hook decides for one request:
 * - `answered`: the hook answered (or dropped) the request itself;
 * - `body`: serve these bytes in place of the configuration (the data API does not count them as delivered);
 * - `slow`: answer normally, trickling the body out.
 */
export type HookDecision =
  | { readonly answered: true }
  | SubstituteBody
  | { readonly slow: SlowDelivery };

/**
 * Sees every request a local server recognises before it is answered. `flagtype serve` sets none;
 * tests inject faults through it (test/support/faults), so the served behaviour stays the service's.
 */
export type RequestHook<Route extends string> = (route: Route, request: IncomingMessage, response: ServerResponse) => HookDecision | undefined;

/** The body a decision substitutes, if any. */
export function substitutedBody(decision: HookDecision | undefined): SubstituteBody | undefined {
  return decision !== undefined && "body" in decision ? decision : undefined;
}

/** The slow delivery a decision asks for, if any. */
export function slowDelivery(decision: HookDecision | undefined): SlowDelivery | undefined {
  return decision !== undefined && "slow" in decision ? decision.slow : undefined;
}
