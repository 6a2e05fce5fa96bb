import type { Project } from "ts-morph";
import { diagnosticText, strictProject } from "../support/strict-project.js";
import type { ReadmeBlock } from "./readme-blocks.js";
import { ROOT } from "./readme-blocks.js";

/** The project's strict settings; the package's own names resolve to its sources. */
function snippetProject(): Project {
  return strictProject({
    resolveJsonModule: true,
  });
}

/**
 * Type-checks each TypeScript block as its own module in the folder its `in=` argument names
 * (default `examples`, where `./generated/features.js` is the example's generated module).
 * Returns `README.md:<line>: <message>` for every diagnostic; an unused `@ts-expect-error` is one too.
 * @example typecheckSnippets(blocks.filter((block) => block.kind === "ts")) // []
 */
export function typecheckSnippets(blocks: readonly ReadmeBlock[]): string[] {
  const project = snippetProject();
  const files = blocks.map((block) => {
    const folder = block.args["in"] ?? "examples";
    const path = `${ROOT}${folder === "." ? "" : `${folder}/`}readme-snippet-line-${block.line}.ts`;
    return { block, file: project.createSourceFile(path, block.text, { overwrite: true }) };
  });
  project.resolveSourceFileDependencies();
  return files.flatMap(({ block, file }) =>
    file.getPreEmitDiagnostics().map((diagnostic) => {
      const line = block.line + (diagnostic.getLineNumber() ?? 0);
      return `README.md:${line}: ${diagnosticText(diagnostic)}`;
    }),
  );
}
