import { isDeepStrictEqual } from "node:util";

/** Answers one contender gave for each context, in context order. */
export interface AnswerSet {
  readonly name: string;
  readonly answers: readonly unknown[];
}

/**
 * Throws unless every contender answered exactly like the first (the reference).
 * A disagreement means a scenario was translated wrongly for that engine, and timing
 * it would compare different work.
 * @example assertSameAnswers("S2", [{ name: "flagtype", answers: [true, false] }, { name: "flagd", answers: [true, false] }]);
 */
export function assertSameAnswers(scenarioId: string, sets: readonly AnswerSet[]): void {
  const [reference, ...others] = sets;
  if (!reference) return;
  const problems: string[] = [];
  for (const other of others) {
    reference.answers.forEach((expected, index) => {
      const actual = other.answers[index];
      if (!isDeepStrictEqual(actual, expected)) {
        problems.push(`${other.name} on context #${index}: ${show(actual)}, ${reference.name} says ${show(expected)}`);
      }
    });
    if (other.answers.length !== reference.answers.length) problems.push(`${other.name}: wrong number of answers`);
  }
  if (problems.length > 0) throw new Error(`${scenarioId}: contenders disagree\n  ${problems.join("\n  ")}`);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
