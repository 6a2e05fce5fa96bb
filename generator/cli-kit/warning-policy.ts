import type { Options } from "yargs";
import type { Diagnostic } from "../pipeline/diagnostics.js";
import { booleanArgument, stringArgument } from "./arguments.js";
import { UsageError, type CliIo, type ParsedArguments } from "./cli-command.js";
import { QUIET_OPTION } from "./shared-options.js";
import { countOf, reportDiagnostics } from "./report.js";

/** How `validate` and `generate` treat warnings: `--quiet` and `--max-warnings <n>`. */
export interface WarningPolicy {
  readonly quiet: boolean;
  /** More warnings than this fail the run like an error; undefined: warnings never fail it. */
  readonly maxWarnings?: number;
}

export const QUIET_COUNTING_OPTION: Options = { ...QUIET_OPTION, describe: "Print errors only: no warnings (only how many), no progress" };

// A string, not a number: yargs keeps only the last of repeated number options, and "1.5" must not pass.
export const MAX_WARNINGS_OPTION: Options = {
  type: "string",
  requiresArg: true,
  describe: "Fail like an error (exit 1, nothing written) when the flags files have more warnings than this; 0 in CI",
};

/**
 * `--quiet` and `--max-warnings` (a whole number, 0 or more, when given).
 * @example warningPolicyArguments({ quiet: true, "max-warnings": "0" }) // { quiet: true, maxWarnings: 0 }
 */
export function warningPolicyArguments(args: ParsedArguments): WarningPolicy {
  const quiet = booleanArgument(args, "quiet");
  if (args["max-warnings"] === undefined) return { quiet };
  const value = stringArgument(args, "max-warnings");
  if (!/^[0-9]+$/.test(value)) throw new UsageError("--max-warnings takes a whole number of warnings, 0 or more");
  return { quiet, maxWarnings: Number(value) };
}

/** What the flags files' findings mean for the run. */
export interface FindingsVerdict {
  /** Whether the run fails: an error, or more warnings than `--max-warnings`. */
  readonly failed: boolean;
  /** Why it failed, for the summary line: `1 error`, `3 warnings (more than --max-warnings 0)`, both. */
  readonly summary: string;
  readonly warnings: number;
}

/**
 * Prints the flags files' findings under the policy and judges them. Errors are always printed;
 * warnings unless `quiet`, except when they exceed `maxWarnings`: then they fail the run and are
 * printed as errors are. Warnings that `quiet` hides are still counted on stderr, so a CI log
 * shows that there are some.
 * @example const verdict = reportFindings(io, diagnostics, { quiet: true, maxWarnings: 0 });
 */
export function reportFindings(io: CliIo, diagnostics: readonly Diagnostic[], policy: WarningPolicy): FindingsVerdict {
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  const tooMany = policy.maxWarnings !== undefined && warnings > policy.maxWarnings;
  const errors = reportDiagnostics(io, diagnostics, policy.quiet && !tooMany);
  if (policy.quiet && !tooMany && warnings > 0) io.stderr.write(`flagtype: ${countOf(warnings, "warning")} not shown (--quiet)\n`);
  const reasons = [
    ...(errors > 0 ? [countOf(errors, "error")] : []),
    ...(tooMany ? [`${countOf(warnings, "warning")} (more than --max-warnings ${policy.maxWarnings})`] : []),
  ];
  return { failed: reasons.length > 0, summary: reasons.join(", "), warnings };
}
