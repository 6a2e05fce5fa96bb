import { describe, expect, it } from "vitest";
import { jsonStringOffset } from "../../../../generator/pipeline/load/json-string-offset.js";
import { compileRule } from "../../../../generator/pipeline/load/native/rules/rule-compile.js";

describe("jsonStringOffset", () => {
  it("maps a rule finding back into the JSON literal it was read from", () => {
    const source = '{"rule": "(ends_with $email 65)"}'.replace("65", '\\"x\\" 65');
    const literalStart = source.indexOf('"(');
    const literalEnd = source.lastIndexOf('"') + 1;
    const literal = source.slice(literalStart, literalEnd);
    const rule = JSON.parse(literal) as string;
    const [finding] = compileRule(rule).findings;
    expect(finding?.message).toBe("ends_with takes two operands, as in (ends_with $name \"text\"); found 3");
    const unexpected = rule.indexOf("65");
    const raw = literalStart + jsonStringOffset(literal, unexpected);
    expect(source.slice(raw, raw + 2)).toBe("65");
  });

  it.each([
    ['"abc"', 0, 1],
    ['"abc"', 2, 3],
    ['"a\\"b"', 2, 4],
    ['"\\u00e9x"', 1, 7],
    ['"\\\\n"', 1, 3],
    ["a\\tb", 2, 3],
    ['"abc"', 99, 4],
  ])("%s at decoded %i → raw %i", (literal, decoded, raw) => {
    expect(jsonStringOffset(literal, decoded)).toBe(raw);
  });
});
