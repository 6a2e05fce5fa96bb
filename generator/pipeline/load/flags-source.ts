/** A file's text and the path diagnostics show for it (relative, `/` separators). */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

/** One flags file (one AppConfig configuration profile) and its optional declared types, not yet parsed. */
export interface FlagsSource {
  /** The file's base name, e.g. `features`: the profile, the output module and the prefix of its types. */
  readonly profile: string;
  readonly document: SourceText;
  /** `<profile>.schema.json` next to it, when there is one. */
  readonly declaredTypes?: SourceText;
}

/** Declared types sit next to their flags file as `<profile>.schema.json`. */
export const DECLARED_TYPES_SUFFIX = ".schema.json";
