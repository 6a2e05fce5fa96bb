import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { timeColdStart, timeColdStarts } from "./cold-start.js";

describe("timeColdStart", () => {
  it("times a node process until its result line and until exit", async () => {
    const sample = await timeColdStart({ name: "prints", args: ["-e", "console.log('true')"], expectedOutput: "true" });
    expect(sample.toResultMs).toBeGreaterThan(0);
    expect(sample.toExitMs).toBeGreaterThanOrEqual(sample.toResultMs ?? Number.POSITIVE_INFINITY);
  });

  it("collects the marks a probe reports on stderr, and passes its environment", async () => {
    const script = "process.stderr.write('cold-start-mark loaded 12.5\\n'); console.log(process.env.PROBE_WORD)";
    const sample = await timeColdStart({ name: "marks", args: ["-e", script], expectedOutput: "true", env: { PROBE_WORD: "true" } });
    expect(sample.marks).toEqual({ loaded: 12.5 });
  });

  it("has no result time for a probe that prints nothing", async () => {
    const sample = await timeColdStart({ name: "baseline", args: ["-e", "0"] });
    expect(sample.toResultMs).toBeUndefined();
  });

  it("starts the process in the probe's folder, after its before hook and outside the timing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "flagtype-cold-start-"));
    try {
      let before = 0;
      const probe = {
        name: "in folder",
        args: ["-e", "process.stdout.write(require('node:fs').readFileSync('marker.txt', 'utf8'))"],
        cwd: folder,
        expectedOutput: "marked",
        before: () => {
          before += 1;
          writeFileSync(join(folder, "marker.txt"), "marked");
        },
      };
      await timeColdStart(probe);
      expect(before).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ["prints something else", ["-e", "console.log('false')"]],
    ["exits with an error", ["-e", "console.log('true'); process.exit(3)"]],
  ])("rejects a probe that %s", async (_, args) => {
    await expect(timeColdStart({ name: "probe", args, expectedOutput: "true" })).rejects.toThrow(/probe: exit/);
  });
});

describe("timeColdStarts", () => {
  it("collects one sample per run for every probe", async () => {
    const probes = [
      { name: "a", args: ["-e", "0"] },
      { name: "b", args: ["-e", "console.log('b')"], expectedOutput: "b" },
    ];
    const samples = await timeColdStarts(probes, 2);
    expect(samples.map((perProbe) => perProbe.length)).toEqual([2, 2]);
  });
});
