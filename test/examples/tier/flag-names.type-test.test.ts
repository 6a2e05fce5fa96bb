import type { Project } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnosticText, REPO_ROOT as ROOT, strictProject } from "../../support/strict-project.js";

const TYPE_TEST = `${ROOT}examples/tier/flag-names.type-test.ts`;
const DIRECTIVE = "// @ts-expect-error";

describe("examples/tier/flag-names.type-test.ts (needs examples/generated: npm run build)", () => {
  let project: Project;
  beforeAll(() => {
    project = strictProject();
    project.addSourceFileAtPath(TYPE_TEST);
    project.resolveSourceFileDependencies();
  });

  it("compiles as written: every @ts-expect-error line is an error tsc expected", () => {
    const diagnostics = project.getSourceFileOrThrow(TYPE_TEST).getPreEmitDiagnostics();
    expect(diagnostics.map(diagnosticText)).toEqual([]);
  });

  it("each line fails on its own, for the reason its comment gives, once the directive is removed", () => {
    const text = project.getSourceFileOrThrow(TYPE_TEST).getFullText();
    const stripped = project.createSourceFile(`${ROOT}examples/tier/stripped.type-test.ts`, text.replaceAll(DIRECTIVE, "// expected:"));
    const errors = new Map<number, string>();
    for (const diagnostic of stripped.getPreEmitDiagnostics()) {
      errors.set(diagnostic.getLineNumber() ?? 0, diagnosticText(diagnostic));
    }
    const lines = text.split("\n");
    const expectedLines = lines.flatMap((line, index) => (line.includes(DIRECTIVE) ? [index + 2] : []));
    expect(expectedLines).toHaveLength(14);
    expect([...errors.keys()].sort((a, b) => a - b)).toEqual(expectedLines);
    const messages = expectedLines.map((line) => errors.get(line) ?? "");
    expect(messages[0]).toContain("isPremiumFeatureEnabled");
    expect(messages[1]).toContain('"premium_feature"');
    expect(messages[2]).toContain("premium_feature");
    expect(messages[3]).toContain("tier");
    expect(messages[4]).toContain("number");
    expect(messages[5]).toContain("string");
    expect(messages[6]).toContain("Expected 0 arguments");
    // The native module (flags/checkout.json): variant names, attributes and contexts.
    expect(messages[7]).toMatch(/CheckoutBannerVariant.*"Gold".*no overlap/);
    expect(messages[8]).toContain("Property 'message' does not exist");
    expect(messages[9]).toContain(`Type '"Gold"' is not assignable to type 'CheckoutBannerVariant'`);
    expect(messages[10]).toContain("Property 'message' is missing");
    expect(messages[11]).toContain("Type 'string' is not assignable to type 'number'");
    expect(messages[12]).toContain("Property 'country' is missing");
    expect(messages[13]).toContain("Expected 0 arguments");
  });
});
