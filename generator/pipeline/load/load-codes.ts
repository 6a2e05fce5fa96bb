/**
 * Diagnostic codes of the load stage (FT0xx): reading, JSON syntax, schema and rule checks.
 * Each name is its message's gist; the table is in the CLI reference.
 */
export const LOAD_CODES = {
  /** The flags directory is missing or cannot be listed. */
  flagsDirUnreadable: "FT001",
  /** The flags directory holds no `*.json` flags file. */
  noFlagsFiles: "FT002",
  /** A file in the flags directory cannot be read. */
  fileUnreadable: "FT003",
  /** A file is not valid UTF-8. */
  notUtf8: "FT004",
  /** A file starts with a byte-order mark, which `JSON.parse` rejects. */
  byteOrderMark: "FT005",
  /** The text is not JSON (points at the offending character). */
  jsonSyntax: "FT010",
  /** A comment: JSON has none, and AppConfig and the runtime would reject it. */
  jsonComment: "FT011",
  /** A comma before `}` or `]`. */
  trailingComma: "FT012",
  /** The same key twice in one object: `JSON.parse` would silently keep the last. */
  duplicateKey: "FT013",
  /** Brackets nested too deep to parse safely. */
  nestingTooDeep: "FT014",
  /** A property the schema requires is missing. */
  missingProperty: "FT020",
  /** A property the evaluator ignores, most likely a typo (warning). */
  unknownProperty: "FT021",
  /** A value of the wrong JSON type. */
  wrongType: "FT022",
  /** A value of the right type that the schema does not allow. */
  valueNotAllowed: "FT023",
  /** A rule the evaluator enforces beyond the schema (reported by `validateDocument`). */
  invalidDocument: "FT030",
  /** Integer-like feature or rule names that JavaScript enumerates in another order than the file (warning). */
  integerNamesReordered: "FT031",
  /** A condition whose comparison raises for every context value, so it can never match (warning). */
  neverMatches: "FT032",
  /** An integer literal JavaScript reads rounded while Powertools for Python keeps it exact (warning). */
  inexactInteger: "FT033",
  /** A rule whose conditions need one key to hold kinds of value no single value is, so it can never match (warning). */
  incompatibleConditions: "FT034",
  /** A `<name>.schema.json` declared types file without a `<name>.json` flags file (warning). */
  declaredTypesWithoutFlags: "FT040",
  /** A native (`AWS.AppConfig.FeatureFlags`) document breaks what AppConfig checks on save beyond its schema. */
  nativeInvalid: "FT060",
  /** A part of a native document AppConfig ignores or serves otherwise than it reads (warning). */
  nativeWarning: "FT061",
  /** A variant rule that does not parse as AppConfig's rule language (Ion s-expressions). */
  ruleSyntax: "FT062",
  /** A variant rule that parses but breaks the rule language: unknown operator, wrong operands. */
  ruleInvalid: "FT063",
  /** A variant rule that works but likely not as meant (warning). */
  ruleWarning: "FT064",
  /** A flag whose planned deprecation date has passed (warning). */
  deprecationPassed: "FT065",
} as const;

export type LoadCode = (typeof LOAD_CODES)[keyof typeof LOAD_CODES];
