import { resolve } from "node:path";
import type { Argv } from "yargs";
import { chooseSchema, SCHEMA_FORMATS, type SchemaFormat } from "./schema-choice.js";
import { writeFileAtomic } from "../../pipeline/write/atomic-write.js";
import { booleanArgument, stringArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliCommand } from "../../cli-kit/cli-command.js";

/**
 * `flagtype schema [--format powertools|native] [--draft-04 | --draft-07] [--out file]`: the JSON
 * Schema of a flags document. For Powertools documents draft-04 (the default) is what AppConfig's
 * JSON Schema validator accepts; for native AppConfig documents it is AWS's schema (draft-07), for
 * editors, since AppConfig applies it to feature-flags profiles itself.
 * @example await runCli(["schema", "--out", "infra/flags.schema.json"], io)
 */
export const schemaCommand: CliCommand = {
  command: "schema",
  describe: "Print the JSON Schema of a flags document (draft-04 for an AppConfig validator; --format native for editors)",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("format", {
        choices: SCHEMA_FORMATS,
        default: "powertools",
        requiresArg: true,
        describe:
          "powertools: Powertools feature-flag documents (freeform profiles); native: AppConfig's own stored documents " +
          "(AWS's published schema, draft-07, for editors: AppConfig validates AWS.AppConfig.FeatureFlags profiles with it itself, " +
          "and such profiles take only Lambda validators)",
      })
      .option("draft-04", { type: "boolean", describe: "Draft-04, the only draft AppConfig's JSON Schema validator accepts (default for powertools)" })
      .option("draft-07", { type: "boolean", describe: "Draft-07, as shipped for editors (feature-flags.schema.json; native is always draft-07)" })
      .option("out", { type: "string", requiresArg: true, describe: "Write the schema to this file instead of stdout" })
      .conflicts("draft-04", "draft-07")
      .example("$0 schema > flags.schema.json", "draft-04 schema for a JSON Schema validator")
      .example("$0 schema --out infra/flags.schema.json", "write it to a file")
      .example("$0 schema --draft-07", "the editor schema")
      .example("$0 schema --format native --out .vscode/appconfig-flags.schema.json", "the editor schema of native AppConfig documents"),
  run: async (args, io) => {
    const format = stringArgument(args, "format") as SchemaFormat;
    const schema = chooseSchema(format, { draft04: booleanArgument(args, "draft-04"), draft07: booleanArgument(args, "draft-07") });
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (args["out"] === undefined) {
      io.stdout.write(text);
      return EXIT_CODES.ok;
    }
    const out = stringArgument(args, "out");
    try {
      await writeFileAtomic(resolve(io.cwd, out), text);
    } catch (error) {
      io.stderr.write(`flagtype: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_CODES.findings;
    }
    io.stdout.write(`wrote ${out}\n`);
    return EXIT_CODES.ok;
  },
};
