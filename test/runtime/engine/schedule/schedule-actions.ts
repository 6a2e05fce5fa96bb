import { ACTIONS } from "../../../../runtime/engine/actions.js";
import type { Clock, JsonValue, ValidationIssue } from "../../../../runtime/types.js";

/** The three schedule actions of the Powertools feature-flags schema. */
export type ScheduleAction = "SCHEDULE_BETWEEN_TIME_RANGE" | "SCHEDULE_BETWEEN_DATETIME_RANGE" | "SCHEDULE_BETWEEN_DAYS_OF_WEEK";

/** A schedule condition's own defects, straight from its action-table entry. */
export function validateScheduleCondition(action: ScheduleAction, condition: { key: unknown; value: unknown }): ValidationIssue[] {
  return ACTIONS[action].validate(condition);
}

/** A schedule condition compiled by its action-table entry; schedule actions never read the context. */
export function compileScheduleCondition(action: ScheduleAction, value: JsonValue, clock: Clock): () => boolean {
  const holds = ACTIONS[action].compile(value, clock);
  return () => holds(undefined);
}
