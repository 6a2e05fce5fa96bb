import type { StatementStructures, WriterFunction } from "ts-morph";

/** What one output section contributes: statements in order (structures, or writers for literals). */
export type SectionStatement = StatementStructures | WriterFunction;
