import { describe, expect, it } from "vitest";
import { validateCondition } from "../../../runtime/engine/validate-condition.js";
import { validateDocument } from "../../../runtime/engine/validate.js";

describe("validateCondition", () => {
  it("accepts every action with a suitable value", () => {
    expect(validateCondition({ action: "EQUALS", key: "tier", value: "premium" })).toEqual([]);
    expect(validateCondition({ action: "ALL_IN_VALUE", key: "groups", value: [] })).toEqual([]);
    expect(validateCondition({ action: "MODULO_RANGE", key: "user", value: { BASE: 100, START: 0, END: 9 } })).toEqual([]);
  });

  it.each([
    [null, []],
    [{}, []],
    [[], []],
    ["EQUALS", []],
  ])("rejects a condition that is not a non-empty object: %j", (condition, path) => {
    expect(validateCondition(condition)).toEqual([
      { path, message: expect.stringMatching(/^condition must be a non-empty object; found /) as unknown as string },
    ]);
  });

  it("names the action list when the action is missing or unknown", () => {
    const [missing] = validateCondition({ key: "k", value: 1 });
    expect(missing?.path).toEqual(["action"]);
    expect(missing?.message).toMatch(/^condition must have an action, one of EQUALS, NOT_EQUALS, .*MODULO_RANGE$/);
    const [unknown] = validateCondition({ action: "BETWEEN", key: "k", value: 1 });
    expect(unknown?.message).toMatch(/^unknown action: found the string "BETWEEN"; expected one of EQUALS/);
  });

  it("suggests the right spelling for a mis-cased or padded action", () => {
    for (const action of ["equals", " EQUALS", "Equals "]) {
      expect(validateCondition({ action, key: "k", value: 1 })[0]?.message).toBe(
        `unknown action: found the string ${JSON.stringify(action)}; did you mean "EQUALS"? (names are case-sensitive)`,
      );
    }
  });

  it("rejects non-string actions, and reports array/object actions (Powertools' TypeError) the same way", () => {
    expect(validateCondition({ action: null, key: "k", value: 1 })[0]?.path).toEqual(["action"]);
    expect(validateCondition({ action: 3, key: "k", value: 1 })[0]?.path).toEqual(["action"]);
    expect(validateCondition({ action: ["EQUALS"], key: "k", value: 1 })).toEqual([
      { path: ["action"], message: "action must be an action name; found an array" },
    ]);
    expect(validateCondition({ action: { EQUALS: 1 }, key: "k", value: 1 })[0]?.message).toBe(
      "action must be an action name; found an object",
    );
    expect(validateCondition({ action: "toString", key: "k", value: 1 })[0]?.path).toEqual(["action"]);
  });

  it.each([[""], [5], [null], [["k"]], [undefined]])("rejects key %j", (key) => {
    expect(validateCondition({ action: "EQUALS", key, value: 1 })).toEqual([
      { path: ["key"], message: expect.stringMatching(/^key must be a non-empty string; found /) as unknown as string },
    ]);
  });

  it("rejects a null or missing value, but no other value, for comparison actions", () => {
    expect(validateCondition({ action: "IN", key: "k", value: null })).toEqual([
      { path: ["value"], message: "value must be present and not null" },
    ]);
    expect(validateCondition({ action: "IN", key: "k" })).toHaveLength(1);
    for (const value of [0, "", false, [], {}]) expect(validateCondition({ action: "IN", key: "k", value })).toEqual([]);
  });

  it("complains once about a null value, not again in the action's own checks", () => {
    expect(validateCondition({ action: "ANY_IN_VALUE", key: "k", value: null })).toHaveLength(1);
    expect(validateCondition({ action: "MODULO_RANGE", key: "k", value: null })).toHaveLength(1);
  });

  it("applies the action's own value checks", () => {
    expect(validateCondition({ action: "ANY_IN_VALUE", key: "k", value: { admin: true } })[0]?.path).toEqual(["value"]);
    expect(validateCondition({ action: "MODULO_RANGE", key: "k", value: { BASE: 10.5, START: 0, END: 1 } })).toEqual([
      { path: ["value", "BASE"], message: "MODULO_RANGE BASE must be an integer; found 10.5" },
    ]);
  });

  it("reports action, key and value defects together", () => {
    expect(validateCondition({ action: "NOPE", key: "", value: null }).map((issue) => issue.path)).toEqual([
      ["action"],
      ["key"],
      ["value"],
    ]);
  });

  it("is what validateDocument reports under the condition's path", () => {
    const condition = { action: "ALL_IN_VALUE", key: "", value: "a" };
    const document = { f: { default: true, rules: { r: { when_match: true, conditions: [condition] } } } };
    const prefix = ["f", "rules", "r", "conditions", 0];
    expect(validateDocument(document)).toEqual(
      validateCondition(condition).map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message })),
    );
  });
});
