import type { ContextModel } from "./flags-model.js";

/**
 * How a function taking `context` declares its argument: absent when no key is read, optional when
 * no key read is required (`{}` is then a valid context), required otherwise.
 */
export type ContextArgument = "none" | "optional" | "required";

export function contextArgument(context: ContextModel): ContextArgument {
  switch (context.kind) {
    case "none":
      return "none";
    case "inferred":
      return context.fields.some((field) => field.required) ? "required" : "optional";
    case "declared":
      return context.allOptional ? "optional" : "required";
  }
}
