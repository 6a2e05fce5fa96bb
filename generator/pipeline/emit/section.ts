import type { CodeWriter } from "./code-writer.js";

/** One top-level statement of an output section; emitModule puts a blank line between statements. */
export type SectionStatement = (writer: CodeWriter) => void;
