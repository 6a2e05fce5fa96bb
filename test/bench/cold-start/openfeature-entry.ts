// Cold-start probe: OpenFeature server SDK with a flagd-core provider, first evaluation, print.
import { FlagdCore } from "@openfeature/flagd-core";
import { OpenFeature } from "@openfeature/server-sdk";
import { FlagdInProcessProvider } from "../flagd-in-process-provider.js";
import { premiumFlagdFlags } from "../scenarios/s2-one-rule.js";

const core = new FlagdCore();
core.setConfigurations(JSON.stringify({ flags: premiumFlagdFlags }));
await OpenFeature.setProviderAndWait(new FlagdInProcessProvider(core));
const value = await OpenFeature.getClient().getBooleanValue("premium_features", false, { tier: "premium" });
process.stdout.write(`${String(value)}\n`);
