import { fileURLToPath } from "node:url";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts, type CompilerOptions, type Diagnostic } from "ts-morph";

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The runtime package's entry points, resolved to its sources. */
export const RUNTIME_SOURCES = {
  "@flagtype/runtime": [`${REPO_ROOT}runtime/index.ts`],
  "@flagtype/runtime/openfeature": [`${REPO_ROOT}runtime/openfeature/index.ts`],
  "@flagtype/runtime/tooling": [`${REPO_ROOT}runtime/tooling.ts`],
};

/**
 * An in-memory ts-morph project with the repository's strict settings (strict, no unchecked index
 * access, verbatim module syntax, NodeNext) and "@flagtype/runtime" resolving to the runtime sources.
 * `extra` adds options; its `paths` are added to the "@flagtype/runtime" mapping.
 * @example strictProject({ exactOptionalPropertyTypes: true }).createSourceFile("a.ts", "export {};")
 */
export function strictProject(extra: CompilerOptions = {}): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      target: ScriptTarget.ES2022,
      module: ModuleKind.NodeNext,
      moduleResolution: ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts"],
      types: ["node"],
      skipLibCheck: true,
      noEmit: true,
      ...extra,
      paths: { ...RUNTIME_SOURCES, ...extra.paths },
    },
  });
}

/** A diagnostic's message with its chained details, one per line. */
export function diagnosticText(diagnostic: Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, "\n");
}
