import { readdirSync, readFileSync } from "node:fs";

/** One conformance vector, as far as loading cares. */
export interface ConformanceDocument {
  readonly id: string;
  readonly document: unknown;
  /** The reference rejected the document (SchemaValidationError, or TypeError for an unhashable action). */
  readonly rejected: boolean;
  /** The context the vector evaluates the document with, if it evaluates it. */
  readonly context?: Readonly<Record<string, unknown>>;
  /** The instant the vector evaluates at, if it sets one. */
  readonly now?: Date;
}

const directory = new URL("../../../fixtures/conformance/", import.meta.url);

/** Every document of the conformance vectors (test/fixtures/conformance, copied verbatim). */
export function conformanceDocuments(): ConformanceDocument[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const { cases } = JSON.parse(readFileSync(new URL(name, directory), "utf8")) as {
        cases: { id: string; document: unknown; context?: Record<string, unknown>; now?: string; expect: { error?: string } }[];
      };
      return cases.map((vector) => ({
        id: vector.id,
        document: vector.document,
        rejected: vector.expect.error === "SchemaValidationError" || vector.expect.error === "TypeError",
        ...(vector.context ? { context: vector.context } : {}),
        ...(vector.now ? { now: new Date(vector.now) } : {}),
      }));
    });
}
