import { describe, expect, test } from "vitest";
import { ValueKinds } from "../../../runtime/typed/value-kinds.js";

const document = {
  on: { default: false },
  explicit_boolean: { boolean_type: true, default: true },
  layout: {
    boolean_type: false,
    default: "classic",
    rules: {
      numbered: { when_match: 3, conditions: [] },
      silent: { conditions: [] },
      listed: { when_match: ["a"], conditions: [] },
    },
  },
  settings: { boolean_type: false, default: { a: 1 } },
  constructor: { boolean_type: false, default: 1 },
  null_type: { boolean_type: null, default: "text" },
  string_false_type: { boolean_type: "false", default: true },
};

describe("ValueKinds", () => {
  const kinds = ValueKinds.of(document);

  test.each<[string, unknown, boolean]>([
    ["on", true, true],
    ["on", "true", false],
    ["on", null, false],
    ["explicit_boolean", 0, false],
    ["layout", "fancy", true],
    ["layout", 7, true],
    ["layout", null, true],
    ["layout", ["b"], true],
    ["layout", false, false],
    ["layout", { a: 1 }, false],
    ["settings", { b: 2 }, true],
    ["settings", [], false],
    ["constructor", 2, true],
    ["constructor", "x", false],
    ["null_type", "more text", true], // a falsy boolean_type means non-boolean, as in Powertools
    ["null_type", true, false],
    ["string_false_type", "x", false], // the string "false" is truthy: a boolean flag
    ["toString", "anything", true],
    ["not_in_document", 1, true],
  ])("%s allows %j: %s", (name, value, expected) => {
    expect(kinds.allows(name, value)).toBe(expected);
  });

  test("describes the allowed kinds for messages", () => {
    expect(kinds.describe("on")).toBe("boolean");
    expect(kinds.describe("layout")).toBe("string, number, null or array");
    expect(kinds.describe("not_in_document")).toBe("any kind");
  });
});
