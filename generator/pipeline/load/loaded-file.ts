import type { DocumentFormat } from "./document-format.js";

/** A location inside a JSON document: object keys and array indices from the root. */
export type JsonPath = readonly (string | number)[];

/** 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A JSON file parsed with source positions. */
export interface PositionedJson {
  /** Path as shown in diagnostics, e.g. `flags/features.json`. */
  readonly file: string;
  readonly value: unknown;
  /** Where the node at `path` starts (its key for object members when `part` is "key"); nearest existing ancestor if absent. */
  positionOf(path: JsonPath, part?: "key" | "value"): SourcePosition;
  /** Keys of the object at `path` as the file lists them (first occurrence of each); empty when absent or not an object. */
  keysInFileOrder(path: JsonPath): readonly string[];
  /** The literal of the number at `path` as the file spells it (`1e3`, `9007199254740993`); undefined when that is no number. */
  numberTextAt(path: JsonPath): string | undefined;
  /**
   * Where character `offset` (UTF-16 index into the decoded string) of the string at `path` is in
   * the file, escapes counted (a rule full of `\"`); the value's start when that is no string.
   */
  positionInString(path: JsonPath, offset: number): SourcePosition;
}

/** One flags file (one AppConfig configuration profile) ready for the model stage. */
export interface LoadedFlagsFile {
  /** Base name without `.json`: the profile name and the output module name, e.g. `features`. */
  readonly name: string;
  /** A Powertools document (freeform profile) or AppConfig's native one (`AWS.AppConfig.FeatureFlags`). */
  readonly format: DocumentFormat;
  readonly flags: PositionedJson;
  /** The optional declared types file next to it (`<name>.schema.json`). */
  readonly declaredTypes?: PositionedJson;
}
