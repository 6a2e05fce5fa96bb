// Cold-start probe: the tier example's Lambda handler, whose generated module reads its flags from the
// store the FLAGTYPE_* variables name; one invocation for a free caller, then print premium_features.
// The live document turns it on for everyone, the build-time one only for premium: "true" proves the
// answer came from the store.
import { handler } from "../../../examples/tier/handler.js";
import { sampleEvent } from "../../../examples/tier/sample-event.js";
import { markColdStart } from "../cold-start.js";

markColdStart("loaded");
const response = await handler(sampleEvent({ tier: "free" }));
markColdStart("answered");
const answer = JSON.parse(response.body) as { features: { premium_features: boolean } };
process.stdout.write(`${String(answer.features.premium_features)}\n`);
