import type { Scenario } from "../scenario.js";
import { staticFlagScenario } from "./s1-static-flag.js";
import { oneRuleScenario } from "./s2-one-rule.js";
import { threeRulesScenario } from "./s3-three-rules.js";
import { twoHundredFlagsScenario } from "./s4-two-hundred-flags.js";

/** Every synchronous scenario, in report order. */
export const SCENARIOS: readonly Scenario[] = [
  staticFlagScenario,
  oneRuleScenario,
  threeRulesScenario,
  twoHundredFlagsScenario,
];
