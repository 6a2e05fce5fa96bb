import { describe, expect, it } from "vitest";
import { contextHeaders } from "../../../runtime/stores/context-headers.js";

describe("contextHeaders", () => {
  it("sends one Context header per key, sorted, values as text", () => {
    expect(contextHeaders({ plan: "pro", age: 42, beta: true, ratio: 0.5 })).toEqual({ headers: ["age=42", "beta=true", "plan=pro", "ratio=0.5"] });
  });

  it("leaves out keys whose value is not a string, a finite number or a boolean", () => {
    expect(contextHeaders({ a: null, b: undefined, c: [1], d: { x: 1 }, e: Number.NaN, f: "kept" })).toEqual({ headers: ["f=kept"] });
  });

  it.each([
    [{ country: "US,DE" }, "context key \"country\""],
    [{ note: "line\nbreak" }, "context key \"note\""],
    [{ name: "Zoë 😀" }, "context key \"name\""],
    [{ "a=b": "x" }, "context key \"a=b\""],
    [{ "a,b": "x" }, "context key \"a,b\""],
    [{ "": "x" }, "context key \"\""],
  ])("refuses %j, which the header cannot carry", (context, named) => {
    const result = contextHeaders(context);
    expect("unsendable" in result && result.unsendable).toContain(named);
  });

  it("keeps Latin-1 text and inner spaces", () => {
    expect(contextHeaders({ city: "Zürich am See" })).toEqual({ headers: ["city=Zürich am See"] });
  });
});
