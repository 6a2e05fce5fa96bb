import { describe, expect, test } from "vitest";
import { checkedDeclarations } from "../../../../../generator/pipeline/model/declared/convert-declared.js";

const names = { prefix: "Features", context: "FeaturesDeclaredContext", values: new Map([["price", "PriceValue"]]) };
const valid = [
  "export type Tier = (\"free\" | \"premium\")",
  "export interface FlagtypeDeclaredTypesRoot {\ncontext: FeaturesDeclaredContext\nvalue0: PriceValue\n}",
  "/**\n * Doc.\n */\nexport interface FeaturesDeclaredContext {\ntier: Tier\n}",
  "export type PriceValue = string",
].join("\n");

describe("checkedDeclarations", () => {
  test("keeps type declarations, drops the wrapper, lists names (others than the context and values prefixed)", () => {
    const model = checkedDeclarations(valid, names);
    expect(model.names).toEqual(["FeaturesTier", "FeaturesDeclaredContext", "PriceValue"]);
    expect(model.declarations).not.toContain("FlagtypeDeclaredTypesRoot");
    expect(model.declarations).toContain("/**\n * Doc.\n */\nexport interface FeaturesDeclaredContext");
  });

  test.each([
    ["code escaping a comment", `${valid}\n/** x */ export const pwned = globalThis.process.exit(1); /** y */`, "not only types"],
    ["a statement of any other kind", `${valid}\nimport "side-effect";`, "not only types"],
    ["text that does not parse", `${valid}\nexport interface Broken {`, "do not parse"],
    ["an expected name missing", valid.replace("export type PriceValue = string", ""), "clash"],
    ["an expected name renamed by the converter", `${valid}\nexport type PriceValue1 = number`, "clash"],
  ])("rejects %s", (_, text, message) => {
    expect(() => checkedDeclarations(text, names)).toThrow(message);
  });
});
