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
 * Returns `<file>:<line>: <message>` (`docs/runtime.md:42: …`) for every diagnostic; an unused
 * `@ts-expect-error` is one too.
 * @example typecheckSnippets(blocks.filter((block) => block.kind === "ts")) // []
 */
export function typecheckSnippets(blocks: readonly ReadmeBlock[]): string[] {
  const project = snippetProject();
  const files = blocks.map((block) => {
    const folder = block.args["in"] ?? "examples";
    const name = `readme-snippet-${block.file.replace(/\.md$/, "").replace(/[^A-Za-z0-9]+/g, "-")}-line-${block.line}.ts`;
    const path = `${ROOT}${folder === "." ? "" : `${folder}/`}${name}`;
    return { block, file: project.createSourceFile(path, block.text, { overwrite: true }) };
  });
  project.resolveSourceFileDependencies();
  return files.flatMap(({ block, file }) =>
    file.getPreEmitDiagnostics().map((diagnostic) => {
      const line = block.line + (diagnostic.getLineNumber() ?? 0);
      return `${block.file}:${line}: ${diagnosticText(diagnostic)}`;
    }),
  );
}
