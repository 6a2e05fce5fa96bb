import { describe, expect, it } from "vitest";
import { FLAGD_DEFAULT, FLAGTYPE } from "./contenders.js";
import { folderTable, footprintTable, summaryTable, syncTable } from "./report.js";
import { oneRuleScenario } from "./scenarios/s2-one-rule.js";

describe("syncTable", () => {
  it("prints each engine's median, spread and paired ratio against flagd-core", () => {
    const timed = [
      { name: FLAGTYPE, opsPerSecond: [50e6, 60e6, 40e6] },
      { name: FLAGD_DEFAULT, opsPerSecond: [5e6, 6e6, 4e6] },
    ];
    const lines = syncTable([{ scenario: oneRuleScenario, timed }]).split("\n");
    expect(lines[2]).toMatch(/S2 .*flagtype compileDocument .*50\.00 M \| +±20% \| +×10\.0 \|$/);
    expect(lines[3]).toMatch(/flagd-core \(default\) .*5\.00 M .*×1\.00 \|$/);
  });
});

describe("summaryTable", () => {
  it("puts one scenario per row and one engine per column", () => {
    const timed = [
      { name: FLAGTYPE, opsPerSecond: [30e6] },
      { name: FLAGD_DEFAULT, opsPerSecond: [3e6] },
    ];
    const [header, , row] = summaryTable([{ scenario: oneRuleScenario, timed }]).split("\n");
    expect(header).toMatch(/flagtype compileDocument \| flagd-core \(default\) \|$/);
    expect(row).toMatch(/30\.00 M \(×10\.0\) \| +3\.00 M \(×1\.00\) \|$/);
  });
});

describe("footprintTable", () => {
  it("shows a dash where a row has no bundle or no result line", () => {
    const rows = [{ name: "node -e 0", coldStart: [{ toResultMs: undefined, toExitMs: 40 }] }];
    expect(footprintTable(rows).split("\n")[2]).toMatch(/^\| node -e 0 +\| +— \| +— \| +— \| +40\.0 ms \|$/);
  });
});

describe("folderTable", () => {
  it("adds up each folder's files, largest first", () => {
    const bundle = {
      target: { name: "runtime", entry: "runtime/index.ts", external: [] },
      file: "runtime.mjs",
      minifiedBytes: 1000,
      gzippedBytes: 400,
      composition: [
        { path: "runtime/engine/a.ts", bytes: 300 },
        { path: "runtime/stores/b.ts", bytes: 350 },
        { path: "runtime/engine/c.ts", bytes: 100 },
      ],
    };
    const rows = folderTable(bundle).split("\n").slice(2);
    expect(rows).toEqual([
      "| runtime/engine/ |            400 | 40.0% |",
      "| runtime/stores/ |            350 | 35.0% |",
    ]);
  });
});
