import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { TierFeaturesAnswer } from "../tier/handler.js";
import { answerTable, bannerMessages } from "./answer-table.js";
import { askHandler, changedProfiles, SAMPLE_CALLERS } from "./ask-handler.js";
import { NEWLY_PREMIUM_TIER, withStandardTierPremium } from "./changed-rule.js";
import { NEWLY_PREMIUM_BANNER_TIER, withStandardTierPremiumBanner } from "./changed-variant.js";
import { fileSource, servedSource } from "./flag-sources.js";
import { createFlagsWorkspace } from "./flags-workspace.js";
import { EXAMPLE_PROFILES, packagePaths, type ExampleProfile } from "./package-paths.js";

/** `--store appconfig` (default): through `flagtype serve`; `--store file`: FileStore on a copy. */
export type DemoStore = "appconfig" | "file";

/**
 * Things to undo however the demo ends (normally, on error, or on Ctrl+C).
 * @example
 * const cleanup = new Cleanup();
 * cleanup.add(() => workspace.remove());
 * await cleanup.run(); // newest first; a second run does nothing
 */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.unshift(step);
  }

  /** Runs every step once, newest first, even when one fails. */
  async run(): Promise<void> {
    for (const step of this.steps.splice(0)) await step().catch(() => undefined);
  }
}

const PICK_UP_DEADLINE_MS = 15_000;
const RETRY_MS = 250;

/**
 * The demo: the tier handler answers sample callers, the served rules change (a Powertools rule in
 * `features`, a variant rule in the native `checkout`), the answers change with no code change.
 * Returns the exit code; `cleanup` ends what it started.
 * @example process.exitCode = await runDemo("appconfig", (line) => console.log(line), new Cleanup());
 */
export async function runDemo(store: DemoStore, say: (line: string) => void, cleanup: Cleanup): Promise<number> {
  const paths = packagePaths();
  const workspace = await createFlagsWorkspace(paths.flagsFiles);
  cleanup.add(() => workspace.remove());
  const source = store === "file" ? fileSource(workspace) : await servedSource(paths, workspace);
  cleanup.add(async () => {
    const stopped = await source.stop();
    if (stopped) say(stopped);
  });
  say("flagtype demo: the tier example's Lambda handler, invoked with API Gateway events for four callers");
  say("(the three tiers, and a free caller from Germany)\n");
  for (const line of source.description) say(line);

  const before = await askHandler(SAMPLE_CALLERS);
  const banner = source.evaluatesVariants
    ? 'Premium for tier == "premium", else Regional for country DE, AT or CH, else Default'
    : "Default for every caller (FileStore answers the default variant)";
  say('\nThe rules: premium_features is on only for tier == "premium";');
  say(`  checkout_banner is ${banner}.`);
  say(`\nBefore: version 1 of both profiles\n${answerTable(before)}\n`);
  say(`${bannerMessages(before)}\n`);

  await workspace.write("features", withStandardTierPremium(JSON.parse(await readFile(workspace.files.features, "utf8"))));
  await workspace.write("checkout", withStandardTierPremiumBanner(JSON.parse(await readFile(workspace.files.checkout, "utf8"))));
  for (const profile of EXAMPLE_PROFILES) await source.confirmDeployed(profile, 2);
  const deployedAt = Date.now();
  say(`Deployed changed rules ${source.deployTarget}:`);
  say(`  features: premium_features also for tier == "${NEWLY_PREMIUM_TIER}"`);
  say(`  checkout: checkout_banner's Premium variant also for tier == "${NEWLY_PREMIUM_BANNER_TIER}"`);
  say(`No code change, no redeploy: ${source.pickUp}.`);

  const expected: ExampleProfile[] = source.evaluatesVariants ? ["features", "checkout"] : ["features"];
  const after = await answersAfterChange(before, source.cacheAgeSeconds, expected);
  const seconds = ((Date.now() - deployedAt) / 1000).toFixed(1);
  if (!after) {
    say(`\nThe answers did not change within ${PICK_UP_DEADLINE_MS / 1000} s of the deployment: something is wrong.`);
    return 1;
  }
  say(`\nAfter (${seconds} s after the deployment):\n${answerTable(after, before)}\n`);
  await cleanup.run();
  say("Done: nothing left running.");
  return 0;
}

/** Waits out the cache age, then asks again until every `expected` profile's answers changed or the deadline passes. */
async function answersAfterChange(
  before: readonly TierFeaturesAnswer[],
  cacheAgeSeconds: number,
  expected: readonly ExampleProfile[],
): Promise<TierFeaturesAnswer[] | undefined> {
  const deadline = Date.now() + PICK_UP_DEADLINE_MS;
  await sleep(cacheAgeSeconds * 1000);
  for (;;) {
    const answers = await askHandler(SAMPLE_CALLERS);
    const changed = changedProfiles(before, answers);
    if (expected.every((profile) => changed.includes(profile))) return answers;
    if (Date.now() >= deadline) return undefined;
    await sleep(RETRY_MS);
  }
}
