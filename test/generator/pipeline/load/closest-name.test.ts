import { describe, expect, it } from "vitest";
import { closestName } from "../../../../generator/pipeline/load/closest-name.js";

describe("closestName", () => {
  const names = ["default", "boolean_type", "description", "rules"];

  it.each([
    ["rule", "rules"],
    ["RULES", "rules"],
    ["defualt", "default"],
    ["boolean-type", "boolean_type"],
    ["descriptoin", "description"],
    ["owner", undefined],
    ["r", undefined],
    ["", undefined],
    ["comment", undefined],
  ])("%j → %j", (input, expected) => {
    expect(closestName(input, names)).toBe(expected);
  });

  it("prefers the same letters in another case over a closer spelling", () => {
    expect(closestName("equals", ["EQUAL", "EQUALS"])).toBe("EQUALS");
  });
});
