import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "./options.js";

describe("parseBenchOptions", () => {
  it("defaults to every section and scenario", () => {
    const options = parseBenchOptions([]);
    expect([...options.sections]).toEqual(["sync", "async", "footprint", "stores", "generator"]);
    expect(options.scenarioIds.size).toBe(0);
    expect(options).toMatchObject({ rounds: 20, sliceMs: 60, coldRuns: 15, cliRuns: 7, markdownFile: undefined, check: false });
  });

  it("reads sections, scenario ids and numbers", () => {
    const options = parseBenchOptions(["--only", "sync", "--scenario", "s3,S4", "--rounds", "3", "--markdown", "x.md", "--check"]);
    expect([...options.sections]).toEqual(["sync"]);
    expect([...options.scenarioIds]).toEqual(["S3", "S4"]);
    expect(options).toMatchObject({ rounds: 3, markdownFile: "x.md", check: true });
  });

  it("selects the generator alone, with its number of cold runs", () => {
    const options = parseBenchOptions(["--only", "generator", "--cli-runs", "3"]);
    expect([...options.sections]).toEqual(["generator"]);
    expect(options.cliRuns).toBe(3);
  });

  it.each([["--cli-runs", "0"], ["--rounds", "0"], ["--slice-ms", "1.5"], ["--only", "gc"], ["--bogus"]])("rejects %s %s", (...argv) => {
    expect(() => parseBenchOptions(argv)).toThrow();
  });
});
