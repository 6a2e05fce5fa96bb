import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, afterAll, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn, SEED_FLAGS, writeFiles } from "./cli-harness.js";
import { makeUnusedFixture } from "./unused-fixture.js";

let fixture: string;
beforeAll(async () => {
  fixture = await makeUnusedFixture();
});
afterAll(async () => {
  await removeProject(fixture);
});

let scratch: string | undefined;
afterEach(async () => {
  if (scratch) await removeProject(scratch);
  scratch = undefined;
});

describe("flagtype unused", () => {
  it("reports unused flags at their accessors and unknown flag names at the call (exit 1)", async () => {
    const run = await runIn(fixture, ["unused"]);
    expect(run.stdout.split("\n")).toEqual([
      expect.stringMatching(/^generated\/features\.ts:\d+:17 unused flag "re_exported": nothing calls isReExportedEnabled or evaluate\("re_exported"\)$/),
      expect.stringMatching(/^generated\/features\.ts:\d+:17 unused flag "tier_feature": nothing calls isTierFeatureEnabled or evaluate\("tier_feature"\)$/),
      'src/legacy.ts:6:37 unknown flag "gone_flag": no generated module has it (FeatureFlags.evaluate)',
      'src/legacy.ts:8:30 unknown flag "old_flag": evaluate() of generated/features.ts has no such flag',
      "",
    ]);
    expect(run.stderr).toBe("flagtype: 2 unused flags, 2 unknown flag names\n");
    expect(run.code).toBe(1);
  });

  it("prints the same findings as JSON", async () => {
    const run = await runIn(fixture, ["unused", "--json", "--project", "tsconfig.json", "--generated", "generated"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { unusedFlags: { flag: string; accessor: string; file: string }[]; unknownFlags: unknown[] };
    expect(report.unusedFlags.map(({ flag, accessor, file }) => `${file} ${flag} ${accessor}`)).toEqual([
      "generated/features.ts re_exported isReExportedEnabled",
      "generated/features.ts tier_feature isTierFeatureEnabled",
    ]);
    expect(report.unknownFlags).toEqual([
      { file: "src/legacy.ts", line: 6, column: 37, flag: "gone_flag", call: "FeatureFlags.evaluate" },
      { file: "src/legacy.ts", line: 8, column: 30, flag: "old_flag", call: "evaluate", module: "generated/features.ts" },
    ]);
  });

  it("exits 0 and says what it scanned when every flag is used", async () => {
    scratch = await makeProject({
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "nodenext", strict: true, noEmit: true, types: [] }, include: ["src", "generated"] }),
      "flags/features.json": SEED_FLAGS,
      "src/app.ts": 'import { isPremiumFeaturesEnabled, isTierFeatureEnabled } from "../generated/features.js";\nexport const all = [isPremiumFeaturesEnabled, isTierFeatureEnabled];\n',
    });
    expect((await runIn(scratch, ["generate"])).code).toBe(0);
    const run = await runIn(scratch, ["unused"]);
    expect(run).toEqual({ code: 0, stdout: "no unused flags and no unknown flag names (2 flags in 1 module, 1 source file scanned)\n", stderr: "" });
    await writeFiles(scratch, { "src/app.ts": 'import { isPremiumFeaturesEnabled } from "../generated/features.js";\nexport const all = [isPremiumFeaturesEnabled];\n' });
    expect((await runIn(scratch, ["unused"])).code).toBe(1);
  });

  it("covers native feature-flag modules: a flag is used through either of its accessors or evaluate", async () => {
    const shop = {
      version: "1",
      flags: { checkout_v2: { attributes: { max_items: { constraints: { type: "number" } } } }, kill_switch: {}, new_search: {} },
      values: {
        checkout_v2: { enabled: true, max_items: 5 },
        kill_switch: { enabled: false },
        new_search: { _variants: [{ name: "Beta", enabled: true, rule: '(eq $plan "pro")' }, { name: "Off", enabled: false }] },
      },
    };
    scratch = await makeProject({
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "nodenext", strict: true, noEmit: true, types: [] }, include: ["src", "generated"] }),
      "flags/shop.json": JSON.stringify(shop, null, 2),
      "src/app.ts": [
        'import { getCheckoutV2, evaluate } from "../generated/shop.js";',
        "export const uses = [getCheckoutV2, () => evaluate(\"new_search\", { plan: \"pro\" })];",
        "",
      ].join("\n"),
    });
    expect((await runIn(scratch, ["generate"])).code).toBe(0);
    const run = await runIn(scratch, ["unused"]);
    expect(run.stdout).toMatch(/^generated\/shop\.ts:\d+:17 unused flag "kill_switch": nothing calls isKillSwitchEnabled, getKillSwitch or evaluate\("kill_switch"\)\n$/);
    expect(run.code).toBe(1);
  });

  it("exits 1 when there is no generated module, and 2 when the tsconfig is missing", async () => {
    scratch = await makeProject({ "tsconfig.json": "{}", "src/a.ts": "export {};\n" });
    const none = await runIn(scratch, ["unused"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('flagtype: no flagtype modules in generated (run "flagtype generate", or pass --generated)\n');
    await rm(join(scratch, "tsconfig.json"));
    const missing = await runIn(scratch, ["unused"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("flagtype: cannot load --project tsconfig.json:");
  });

  it("documents its options", async () => {
    const run = await runIn(fixture, ["unused", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--project", "--generated", "--json"]) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('[default: "tsconfig.json"]');
  });
});
