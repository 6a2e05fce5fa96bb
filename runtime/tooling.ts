/**
 * What the flagtype CLI reads from the runtime beyond its public API: the action table and the
 * Python value rules the generator's checks and type inference share with evaluation. Not for
 * applications: it changes with flagtype's version (the CLI depends on the same runtime version).
 */
export { ACTIONS, isRuleAction, type ActionSpec, type ContextShape, type ImpossibleValue } from "./engine/actions.js";
export { isJsonObject, memberOf } from "./engine/json-shape.js";
export { pythonTruthy } from "./engine/python-values.js";
export { parseTimeOfDay } from "./engine/schedule/time-of-day.js";
export { parseLocalDateTime, toWallMsBounds } from "./engine/schedule/local-datetime.js";
