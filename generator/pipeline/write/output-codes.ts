/** Diagnostic codes about the output directory (FT05x); the table is in the CLI reference. */
export const OUTPUT_CODES = {
  /** `--check`: a generated file differs from what the flags files produce now. */
  outdated: "FT050",
  /** `--check`: a file the flags files produce is missing. */
  missing: "FT051",
  /** `--check`: a generated file (it carries the header) that no flags file produces any more. */
  orphaned: "FT052",
  /** The output directory or a file in it cannot be read or written. */
  outputUnwritable: "FT053",
  /** A module's name in the output directory is taken by a file or link flagtype did not write. */
  notOwned: "FT054",
} as const;
