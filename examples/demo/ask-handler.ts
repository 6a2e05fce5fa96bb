import { handler, type TierFeaturesAnswer } from "../tier/handler.js";
import { sampleEvent, type SampleRequest } from "../tier/sample-event.js";
import type { ExampleProfile } from "./package-paths.js";

/** The sample callers: one per tier, and a free caller from Germany (the same tier in another country). */
export const SAMPLE_CALLERS: readonly SampleRequest[] = [{ tier: "free" }, { tier: "standard" }, { tier: "premium" }, { tier: "free", country: "DE" }];

/**
 * Invokes the Lambda handler with an API Gateway event per caller, as API Gateway would.
 * @example const answers = await askHandler(SAMPLE_CALLERS);
 */
export async function askHandler(callers: readonly SampleRequest[]): Promise<TierFeaturesAnswer[]> {
  const answers: TierFeaturesAnswer[] = [];
  for (const caller of callers) {
    const response = await handler(sampleEvent(caller));
    if (response.statusCode !== 200) throw new Error(`handler answered ${response.statusCode} for ${JSON.stringify(caller)}: ${response.body}`);
    answers.push(JSON.parse(response.body) as TierFeaturesAnswer);
  }
  return answers;
}

/** The part of an answer each profile decides. */
const PROFILE_PARTS: Readonly<Record<ExampleProfile, (answer: TierFeaturesAnswer) => unknown>> = {
  features: (answer) => [answer.features, answer.enabled],
  checkout: (answer) => answer.checkout,
};

/**
 * The profiles whose part of the answers differs between two rounds.
 * @example changedProfiles(before, await askHandler(SAMPLE_CALLERS)) // ["features", "checkout"] once both changes are picked up
 */
export function changedProfiles(before: readonly TierFeaturesAnswer[], after: readonly TierFeaturesAnswer[]): ExampleProfile[] {
  const parts = (answers: readonly TierFeaturesAnswer[], profile: ExampleProfile): string => JSON.stringify(answers.map(PROFILE_PARTS[profile]));
  return (Object.keys(PROFILE_PARTS) as ExampleProfile[]).filter((profile) => parts(before, profile) !== parts(after, profile));
}
