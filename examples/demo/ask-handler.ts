import { handler, type TierFeaturesAnswer } from "../tier/handler.js";
import { sampleEvent } from "../tier/sample-event.js";

/** The sample callers: one per tier. */
export const SAMPLE_TIERS = ["free", "standard", "premium"] as const;

/**
 * Invokes the Lambda handler with an API Gateway event per tier, as API Gateway would.
 * @example const answers = await askHandler(SAMPLE_TIERS);
 */
export async function askHandler(tiers: readonly string[]): Promise<TierFeaturesAnswer[]> {
  const answers: TierFeaturesAnswer[] = [];
  for (const tier of tiers) {
    const response = await handler(sampleEvent({ tier }));
    if (response.statusCode !== 200) throw new Error(`handler answered ${response.statusCode} for tier ${tier}: ${response.body}`);
    answers.push(JSON.parse(response.body) as TierFeaturesAnswer);
  }
  return answers;
}

/**
 * Whether two rounds of answers differ anywhere.
 * @example answersDiffer(before, await askHandler(SAMPLE_TIERS)) // true once a change is picked up
 */
export function answersDiffer(before: readonly TierFeaturesAnswer[], after: readonly TierFeaturesAnswer[]): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
