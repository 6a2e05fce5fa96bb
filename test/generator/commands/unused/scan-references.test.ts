import { join } from "node:path";
import { Project, ts } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGeneratedModule, type GeneratedModuleInfo } from "../../../../generator/commands/unused/generated-accessors.js";
import { scanReferences } from "../../../../generator/commands/unused/scan-references.js";
import { removeProject } from "../../cli/cli-harness.js";
import { makeUnusedFixture } from "../../cli/unused-fixture.js";

let root: string;
let project: Project;
let modules: GeneratedModuleInfo[];
let userFiles: ts.SourceFile[];

beforeAll(async () => {
  root = await makeUnusedFixture();
  project = new Project({ tsConfigFilePath: join(root, "tsconfig.json"), skipFileDependencyResolution: true });
  const program = project.getProgram().compilerObject;
  const isGenerated = (file: ts.SourceFile): boolean => file.fileName.includes("/generated/");
  const own = project.getSourceFiles().map((file) => program.getSourceFile(file.getFilePath()));
  modules = own.flatMap((file) => (file && isGenerated(file) ? [readGeneratedModule(file)] : []));
  userFiles = own.flatMap((file) => (file && !isGenerated(file) ? [file] : []));
});
afterAll(async () => {
  await removeProject(root);
});

/** Names that only bind (import/export specifiers), which `unused` does not count as uses. */
function isBinding(node: ts.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent));
}

describe("scanReferences", () => {
  it("reads every accessor and the typed evaluate of each generated module", () => {
    const features = modules.find((module) => module.sourceFile.fileName.endsWith("/features.ts"));
    expect(features?.accessors.map((accessor) => `${accessor.name} ${accessor.flag}`).sort()).toEqual([
      "getPriceTier price_tier",
      "isBetaBannerEnabled beta_banner",
      "isPremiumFeaturesEnabled premium_features",
      "isReExportedEnabled re_exported",
      "isShorthandFlagEnabled shorthand_flag",
      "isTierFeatureEnabled tier_feature",
      "isViaFeatureFlagsEnabled via_feature_flags",
    ]);
    expect(features?.evaluate?.name?.text).toBe("evaluate");
  });

  it("finds the same referenced accessors as the language service's findReferences", () => {
    const checker = project.getProgram().compilerObject.getTypeChecker();
    const scanned = scanReferences(checker, userFiles, modules);
    const fromScan = new Set([...scanned.referencedAccessors].map((accessor) => accessor.name));
    const service = project.getLanguageService();
    const fromService = new Set(
      modules.flatMap((module) =>
        module.accessors.filter((accessor) => {
          const declaration = project.getSourceFileOrThrow(module.sourceFile.fileName).getFunctionOrThrow(accessor.name);
          return service.findReferencesAsNodes(declaration.getNameNodeOrThrow()).some((node) => {
            const inGenerated = node.getSourceFile().getFilePath().includes("/generated/");
            return !inGenerated && !isBinding(node.compilerNode);
          });
        }).map((accessor) => accessor.name),
      ),
    );
    expect([...fromScan].sort()).toEqual([...fromService].sort());
    expect([...fromScan].sort()).toEqual(["isBetaBannerEnabled", "isInvoiceV2Enabled", "isPremiumFeaturesEnabled", "isShorthandFlagEnabled"]);
  });
});
