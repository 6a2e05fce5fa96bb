import type { CodeWriter } from "./code-writer.js";
import { docText } from "./escape.js";

/**
 * Writes a `/** … *\/` comment. `body` is doc text that already went through escape.ts (`docText`,
 * `docCode`): LF-separated, unable to close the comment. One line stays on one line; more lines get
 * a ` * ` prefix each (a bare ` *` for empty ones), the layout ts-morph's printer used, so modules
 * generated before the writer replaced it keep their bytes.
 */
export function writeDocComment(writer: CodeWriter, body: string): void {
  const lines = body.split("\n");
  if (lines.length === 1) {
    writer.line(body === "" ? "/** */" : `/** ${body} */`);
    return;
  }
  writer.line("/**");
  for (const text of lines) writer.line(text === "" ? " *" : ` * ${text}`);
  writer.line(" */");
}

/** A doc body of `description` (escaped already) and an `@example` tag holding `code`, escaped here. */
export function withExample(description: string, code: string): string {
  return `${description}\n@example\n${docText(code)}`;
}
