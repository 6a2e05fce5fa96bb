import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { runIn } from "./cli-harness.js";

const cwd = tmpdir();
const manifest = JSON.parse(readFileSync(new URL("../../../generator/package.json", import.meta.url), "utf8")) as { version: string };

describe("flagtype --help and --version", () => {
  it("lists the commands and the exit codes", async () => {
    const run = await runIn(cwd, ["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("flagtype generate");
    expect(run.stdout).toContain("flagtype validate");
    expect(run.stdout).toContain("Exit codes: 0 ok, 1 findings");
    expect(run.stderr).toBe("");
  });

  it("documents every generate option with its default", async () => {
    const run = await runIn(cwd, ["generate", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--flags", "--out", "--runtime-import", "--check", "--watch", "--quiet", "--max-warnings"]) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('[default: "flags"]');
    expect(run.stdout).toContain('[default: "generated"]');
    expect(run.stdout).toContain('[default: "@flagtype/runtime"]');
  });

  it("documents validate's options", async () => {
    const run = await runIn(cwd, ["validate", "-h"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--flags");
    expect(run.stdout).toContain("--max-warnings");
    expect(run.stdout).not.toContain("--out");
  });

  it("prints the package version", async () => {
    const run = await runIn(cwd, ["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });
});

describe("usage errors exit with 2 and say what is wrong", () => {
  it.each([
    ["no command", [], "choose a command"],
    ["an unknown command", ["generat"], "Unknown argument: generat"],
    ["an unknown option", ["generate", "--flag", "x"], "Unknown argument"],
    ["an option of another command", ["validate", "--out", "x"], "Unknown argument: out"],
    ["--check with --watch", ["generate", "--check", "--watch"], "mutually exclusive"],
    ["a missing option value", ["generate", "--flags"], "Not enough arguments following: flags"],
    ["a repeated option", ["generate", "--out", "a", "--out", "b"], "--out takes one value"],
    ["an empty directory name", ["generate", "--out", ""], "--out must not be empty"],
  ])("%s", async (_label, argv, message) => {
    const run = await runIn(cwd, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });
});
