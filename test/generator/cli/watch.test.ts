import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Capture, makeProject, removeProject, SEED_FLAGS, waitFor, writeFiles } from "./cli-harness.js";
import { runCli } from "../../../generator/commands/run-cli.js";

let project: string | undefined;
afterEach(async () => {
  if (project) await removeProject(project);
  project = undefined;
});

const readOutput = (root: string): Promise<string> => readFile(join(root, "generated/features.ts"), "utf8").catch(() => "");

describe("flagtype generate --watch", () => {
  it("regenerates on change, survives a broken save, recovers, and stops when aborted", async () => {
    const root = await makeProject({ "flags/features.json": SEED_FLAGS });
    project = root;
    const stdout = new Capture();
    const stderr = new Capture();
    const stop = new AbortController();
    const exit = runCli(["generate", "--watch"], { stdout, stderr, cwd: root, signal: stop.signal });
    try {
      await waitFor(() => stdout.text.includes("watching flags for changes"), "the watcher to start");
      const first = await readOutput(root);
      expect(first).toContain("isPremiumFeaturesEnabled");

      await writeFiles(root, { "flags/features.json": '{\n  "premium_features": {\n    "default": fals' });
      await waitFor(() => stderr.text.includes("flags/features.json:3:16 error FT010 unexpected 'fals'"), "the broken save to be reported");
      expect(stderr.text).toContain("nothing written");
      expect(await readOutput(root)).toBe(first);

      await writeFiles(root, { "flags/features.json": SEED_FLAGS.replace('"tier_feature"', '"checkout_v2": { "default": false },\n  "tier_feature"') });
      await waitFor(async () => (await readOutput(root)).includes("isCheckoutV2Enabled"), "the fixed save to be generated");
    } finally {
      stop.abort();
    }
    expect(await exit).toBe(0);
    expect(stdout.text.match(/wrote generated\/features\.ts/g)).toHaveLength(2);
  });

  it("reports a flags directory it cannot watch and exits 1", async () => {
    const root = await makeProject({});
    project = root;
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runCli(["generate", "--watch", "--flags", "missing"], { stdout, stderr, cwd: root, signal: new AbortController().signal });
    expect(code).toBe(1);
    expect(stderr.text).toContain("missing:1:1 error FT001 flags directory does not exist");
    expect(stderr.text).toMatch(/flagtype: cannot watch missing: no such directory\n$/);
    expect(stdout.text).toBe("");
  });
});
