import { describe, expect, it } from "vitest";
import { toFlagtypeContext } from "../../../runtime/openfeature/context.js";

describe("toFlagtypeContext", () => {
  it("passes a context without dates through unchanged, targetingKey included", () => {
    const context = Object.freeze({ targetingKey: "user-1", tier: "premium", tags: ["a"], nested: { n: 1 } });
    expect(toFlagtypeContext(context)).toBe(context);
  });

  it("turns dates at any depth into ISO strings, and invalid dates into null", () => {
    const when = new Date("2024-03-01T10:00:00.000Z");
    const converted = toFlagtypeContext({ targetingKey: "u", when, list: [when, 1], nested: { deeper: { when } }, broken: new Date(Number.NaN) });
    expect({ ...converted }).toEqual({
      targetingKey: "u",
      when: "2024-03-01T10:00:00.000Z",
      list: ["2024-03-01T10:00:00.000Z", 1],
      nested: { deeper: { when: "2024-03-01T10:00:00.000Z" } },
      broken: null,
    });
  });

  it("keeps prototype-looking keys as plain data when it copies", () => {
    const context = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c"}') as Record<string, never>;
    const converted = toFlagtypeContext({ ...context, at: new Date(0) });
    expect(Object.hasOwn(converted, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(converted)).toBeNull();
    expect(converted["constructor"]).toBe("c");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
