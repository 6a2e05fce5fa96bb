import { describe, expect, it } from "vitest";
import { FaultPlan, type Fault } from "../local-servers.js";

const HANG: Fault = { kind: "hang" };
const RESET: Fault = { kind: "reset" };

describe("FaultPlan", () => {
  it("hands out faults in order, each for its number of requests, per route", () => {
    const plan = new FaultPlan<"a" | "b">();
    plan.inject("a", HANG, 2);
    plan.inject("a", RESET);
    expect([plan.take("a"), plan.take("b"), plan.take("a"), plan.take("a"), plan.take("a")]).toEqual([HANG, undefined, HANG, RESET, undefined]);
  });

  it("keeps an 'always' fault until cleared", () => {
    const plan = new FaultPlan<"a" | "b">();
    plan.inject("a", HANG, "always");
    plan.inject("b", RESET, "always");
    expect([plan.take("a"), plan.take("a"), plan.take("a")]).toEqual([HANG, HANG, HANG]);
    plan.clear("a");
    expect([plan.take("a"), plan.take("b")]).toEqual([undefined, RESET]);
    plan.clear();
    expect(plan.take("b")).toBeUndefined();
  });

  it.each([0, -1, 1.5])("rejects %s as a count", (times) => {
    expect(() => new FaultPlan<"a">().inject("a", HANG, times)).toThrow(RangeError);
  });
});
