import { resolve } from "node:path";
import type { Argv } from "yargs";
import { toDraft04Schema } from "./draft-04.js";
import { FEATURE_FLAGS_SCHEMA } from "../../pipeline/load/schema/feature-flags-schema.js";
import { writeFileAtomic } from "../../pipeline/write/atomic-write.js";
import { booleanArgument, stringArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliCommand } from "../../cli-kit/cli-command.js";

/**
 * `flagtype schema [--draft-04 | --draft-07] [--out file]`: the JSON Schema of a flags document;
 * draft-04 (the default) is what AppConfig's JSON Schema validator accepts.
 * @example await runCli(["schema", "--out", "infra/flags.schema.json"], io)
 */
export const schemaCommand: CliCommand = {
  command: "schema",
  describe: "Print the JSON Schema of a flags document (draft-04 for an AppConfig validator)",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("draft-04", { type: "boolean", describe: "Draft-04, the only draft AppConfig's JSON Schema validator accepts (default)" })
      .option("draft-07", { type: "boolean", describe: "Draft-07, as shipped for editors (feature-flags.schema.json)" })
      .option("out", { type: "string", requiresArg: true, describe: "Write the schema to this file instead of stdout" })
      .conflicts("draft-04", "draft-07")
      .example("$0 schema > flags.schema.json", "draft-04 schema for a JSON Schema validator")
      .example("$0 schema --out infra/flags.schema.json", "write it to a file")
      .example("$0 schema --draft-07", "the editor schema"),
  run: async (args, io) => {
    const draft07 = booleanArgument(args, "draft-07");
    booleanArgument(args, "draft-04");
    const schema = draft07 ? FEATURE_FLAGS_SCHEMA : toDraft04Schema();
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
