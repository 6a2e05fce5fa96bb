// The seed handler as a user bundles it: the generated module of flags/features.json (two
// accessors), imported from the runtime package as users import it; unconfigured, so the
// build-time document answers without I/O.
import { isPremiumFeaturesEnabled, isTierFeatureEnabled } from "../../../examples/generated/features.js";

export async function handler(event: { readonly headers: Readonly<Record<string, string | undefined>> }): Promise<{ statusCode: number; body: string }> {
  const tier = event.headers["x-tier"] ?? "free";
  return { statusCode: 200, body: JSON.stringify([await isPremiumFeaturesEnabled({ tier }), await isTierFeatureEnabled()]) };
}

const answer = await handler({ headers: { "x-tier": "premium" } });
process.stdout.write(`${answer.body}\n`);
