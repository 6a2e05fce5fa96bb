// Cold-start probe: import the runtime, compile the seed document, evaluate once, print.
import { compileDocument } from "../../../runtime/index.js";
import { premiumDocument } from "../scenarios/s2-one-rule.js";

const compiled = compileDocument(premiumDocument);
process.stdout.write(`${String(compiled.evaluate("premium_features", { tier: "premium" }, false))}\n`);
