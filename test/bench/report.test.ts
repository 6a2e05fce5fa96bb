import { describe, expect, it } from "vitest";
import { FLAGD_DEFAULT, FLAGTYPE } from "./contenders.js";
import { NODE_BASELINE } from "./footprint.js";
import { coldStartProfileTable, folderTable, footprintTable, generatorTable, storeColdStartTable, summaryTable, syncTable, targetsTable } from "./report.js";
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

describe("storeColdStartTable", () => {
  it("gives medians, per-round differences to node -e 0, and the time from the probe's marks", () => {
    const rows = [
      { name: NODE_BASELINE, samples: [{ toResultMs: undefined, toExitMs: 60 }, { toResultMs: undefined, toExitMs: 80 }] },
      {
        name: "agent",
        samples: [
          { toResultMs: 75, toExitMs: 80, marks: { loaded: 50, answered: 60 } },
          { toResultMs: 95, toExitMs: 100, marks: { loaded: 70, answered: 84 } },
        ],
      },
    ];
    const [, , baseline, agent] = storeColdStartTable(rows).split("\n");
    expect(baseline).toMatch(/^\| node -e 0 \(baseline\) +\| +— \| +— \| +70\.0 ms \| +\+0\.0 ms \|/);
    expect(agent?.split("|").map((cell) => cell.trim()).slice(1, -1)).toEqual(["agent", "85.0 ms", "+15.0 ms", "90.0 ms", "+20.0 ms", "60.0 ms", "12.0 ms", "5.0 ms"]);
  });
});

describe("coldStartProfileTable", () => {
  it("lists categories by their largest median, one column per profiled probe", () => {
    const rows = [
      { name: "a", samples: [], profiles: [new Map([["modules", 10], ["gc", 1]]), new Map([["modules", 20], ["gc", 3]])] },
      { name: "b", samples: [], profiles: [new Map([["gc", 2]])] },
      { name: "unprofiled", samples: [] },
    ];
    const lines = coldStartProfileTable(rows).split("\n");
    expect(lines[0]?.split("|").map((cell) => cell.trim()).slice(1, -1)).toEqual(["main-thread self time (median)", "a", "b"]);
    expect(lines.slice(2).map((line) => line.split("|").map((cell) => cell.trim()).slice(1, -1))).toEqual([
      ["modules", "15.0 ms", "0.0 ms"],
      ["gc", "2.0 ms", "2.0 ms"],
      ["total sampled", "17.0 ms", "2.0 ms"],
    ]);
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

describe("generatorTable", () => {
  it("prints sizes in KiB and the median, min and max of the runs in seconds", () => {
    const rows = [
      { name: "flagtype --help", ms: [150, 170, 160] },
      { name: "flagtype generate, 1,000 flags", flags: 1_000, inputBytes: 656_384, outputBytes: 1_095_680, ms: [780, 700, 900] },
    ];
    const lines = generatorTable(rows).split("\n");
    expect(lines[2]).toMatch(/^\| flagtype --help +\| +— \| +— \| +0\.16 s \| 0\.15 s \| 0\.17 s \|$/);
    expect(lines[3]).toMatch(/^\| flagtype generate, 1,000 flags \| +641 KiB \| +1,070 KiB \| +0\.78 s \| 0\.70 s \| 0\.90 s \|$/);
  });
});

describe("targetsTable", () => {
  it("shows times in seconds, ratios and bytes in their own formats", () => {
    const lines = targetsTable([
      { target: "fast", measured: 950, unit: "duration", met: true },
      { target: "ratio", measured: 21.34, unit: "ratio", met: true },
      { target: "small", measured: 2048, unit: "bytes", met: false },
    ]).split("\n");
    expect(lines.slice(2).map((line) => line.split("|")[2]?.trim())).toEqual(["0.95 s", "×21.3", "2,048 B (2.00 KiB)"]);
  });
});
