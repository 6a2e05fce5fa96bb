import * as ion from "ion-js";
import { describe, expect, it } from "vitest";
import { parseRule } from "../../../../../../generator/pipeline/load/native/rules/rule-parse.js";
import { DOCUMENTED_RULES } from "../../../../../support/native/doc-examples.js";

/**
 * Why rule-parse has its own parser: the facts about ion-js 5.2.1 that decided it, kept as
 * tests so an upgrade that changes them is noticed. ion-js stays a dev dependency (the
 * reference reader in the parser and Ion-renderer tests).
 */
describe("ion-js 5.2.1 as a rule parser", () => {
  it("reads every documented rule", () => {
    for (const rule of DOCUMENTED_RULES) expect(() => ion.load(rule)).not.toThrow();
  });

  it("reports a cursor position after the token, not where a value starts", () => {
    const text = "(gt $age 65)";
    const reader = ion.makeReader(text);
    reader.next();
    reader.stepIn();
    const positions: number[] = [];
    while (reader.next() !== null) positions.push(reader.position());
    expect(positions).toEqual([4, 9, 11]); // starts are 1, 4, 9
    const ours = parseRule(text);
    expect(ours.ok && ours.node.kind === "sexp" && ours.node.items.map((item) => item.start)).toEqual([1, 4, 9]);
  });

  it("gives annotations as bare names, without positions", () => {
    const reader = ion.makeReader("(split pct::10)");
    reader.next();
    reader.stepIn();
    reader.next();
    reader.next();
    expect(reader.annotations()).toEqual(["pct"]);
    expect(reader.position()).toBe(14); // the value 10 ends at 14; pct:: started at 7
  });

  it("throws plain Errors with no offset and terse messages", () => {
    const messages: string[] = [];
    for (const text of ["(eq $x 1))", '(eq $x "abc)', "(in $x [1, 2,, 3])"]) {
      try {
        ion.load(text);
        ion.loadAll(text);
      } catch (error) {
        expect(Object.keys(error as object)).toEqual([]);
        messages.push((error as Error).message);
      }
    }
    expect(messages).toEqual(["unexpected character '41'", "invalid character -1 in string", "unexpected character '44'"]);
  });

  it("silently accepts a dangling annotation", () => {
    expect(ion.loadAll("key::")).toEqual([]);
    expect(parseRule("(exists key::)").ok).toBe(false);
  });

  it("accepts all of Ion, which rules never use (structs, blobs, nulls, hex, several values)", () => {
    for (const text of ["(eq $x {a: 1})", "(eq $x {{aGVsbG8=}})", "(eq $x null.int)", "(eq $x 0x1F)", "(eq $x 1) (eq $y 2)"]) {
      expect(() => ion.loadAll(text)).not.toThrow();
      expect(parseRule(text).ok).toBe(false);
    }
  });
});
