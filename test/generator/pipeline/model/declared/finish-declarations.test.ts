import { describe, expect, test } from "vitest";
import { finishDeclarations } from "../../../../../generator/pipeline/model/declared/finish-declarations.js";

const options = { keep: new Set(["ShopDeclaredContext", "PlanValue"]), prefix: "Shop", contextName: "ShopDeclaredContext" };

function finished(text: string): string {
  return finishDeclarations(text, options).text;
}

describe("finishDeclarations", () => {
  test.each([
    ["members", "export interface A {\na: string\nb?: number\n}", "export interface ShopA {\n    readonly a: string;\n    readonly b?: number;\n}\n"],
    ["index signatures", "export interface A {\n[k: string]: string | undefined\n}", "export interface ShopA {\n    readonly [k: string]: string | undefined;\n}\n"],
    ["arrays, nested arrays keep their parentheses", "export type A = string[][]", "export type ShopA = readonly (readonly string[])[];\n"],
    ["arrays of unions", "export type A = (\"x\" | \"y\")[]", "export type ShopA = readonly (\"x\" | \"y\")[];\n"],
    ["tuples, but not their rest element", "export type A = []|[string, ...(number)[]]", "export type ShopA = readonly [] | readonly [string, ...(number)[]];\n"],
    ["what is readonly already", "export interface A {\nreadonly a: readonly string[]\n}", "export interface ShopA {\n    readonly a: readonly string[];\n}\n"],
    ["arrays inside type literals", "export interface A {\na: {\nb: string[]\n}\n}", "export interface ShopA {\n    readonly a: {\n        readonly b: readonly string[];\n    };\n}\n"],
  ])("makes %s readonly", (_, text, expected) => {
    expect(finished(text)).toBe(expected);
  });

  test("prefixes every name but the kept ones, references and extends clauses included, not property names", () => {
    const text = "export type Tier = string\nexport interface Base {\nTier: Tier\n}\nexport interface ShopDeclaredContext extends Base {\ntier: Tier\nplan?: PlanValue\n}\nexport type PlanValue = Tier[]";
    const result = finishDeclarations(text, options);
    expect(result.names).toEqual(["ShopTier", "ShopBase", "ShopDeclaredContext", "PlanValue"]);
    expect(result.text).toContain("export interface ShopBase {\n    readonly Tier: ShopTier;\n}");
    expect(result.text).toContain("export interface ShopDeclaredContext extends ShopBase {\n    readonly tier: ShopTier;\n    readonly plan?: PlanValue;\n}");
    expect(result.text).toContain("export type PlanValue = readonly ShopTier[];");
  });

  test("keeps doc comments and string literals as written", () => {
    const text = '/**\n * Doc "x".\n */\nexport interface ShopDeclaredContext {\n/**\n * Member.\n */\n"a b"?: ("x\\u0041" | "y")\n}';
    expect(finished(text)).toBe('/**\n * Doc "x".\n */\nexport interface ShopDeclaredContext {\n    /**\n     * Member.\n     */\n    readonly "a b"?: ("x\\u0041" | "y");\n}\n');
  });

  test("lists the context's optional keys, none when the context is not an interface", () => {
    const context = 'export interface ShopDeclaredContext {\ntier: string\nage?: number\n"a b"?: string\n}';
    expect(finishDeclarations(context, options).optionalContextKeys).toEqual(["age", "a b"]);
    expect(finishDeclarations("export type ShopDeclaredContext = { a?: string } & { b?: string }", options).optionalContextKeys).toEqual([]);
  });
});
