import type { Options } from "yargs";

/** Default `--out`: the generated modules land in `./generated/<flags file name>.ts`. */
export const DEFAULT_OUT_DIR = "generated";
export const DEFAULT_FLAGS_DIR = "flags";
export const DEFAULT_RUNTIME_IMPORT = "@flagtype/runtime";

export const FLAGS_OPTION: Options = {
  type: "string",
  requiresArg: true,
  default: DEFAULT_FLAGS_DIR,
  describe: "Directory holding the flags files (<name>.json) and optional declared types (<name>.schema.json)",
};

export const OUT_OPTION: Options = {
  type: "string",
  requiresArg: true,
  default: DEFAULT_OUT_DIR,
  describe: "Directory the generated modules are written to (one <name>.ts per flags file)",
};

export const RUNTIME_IMPORT_OPTION: Options = {
  type: "string",
  requiresArg: true,
  default: DEFAULT_RUNTIME_IMPORT,
  describe: "Module specifier the generated code imports the runtime from",
};

export const QUIET_OPTION: Options = {
  type: "boolean",
  default: false,
  describe: "Print errors only: no warnings, no progress",
};
