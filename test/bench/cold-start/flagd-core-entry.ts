// Cold-start probe: import flagd-core, load the same flag, evaluate once, print.
import { FlagdCore } from "@openfeature/flagd-core";
import { premiumFlagdFlags } from "../scenarios/s2-one-rule.js";

const core = new FlagdCore();
core.setConfigurations(JSON.stringify({ flags: premiumFlagdFlags }));
process.stdout.write(`${String(core.resolveBooleanEvaluation("premium_features", false, { tier: "premium" }).value)}\n`);
