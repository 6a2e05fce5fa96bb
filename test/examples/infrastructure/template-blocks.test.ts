import { describe, expect, it } from "vitest";
import { replaceMarkedBlock } from "../../../examples/infrastructure/template-blocks.js";
import { parseCloudFormation } from "./cloudformation-yaml.js";

const TEMPLATE = [
  "Resources:",
  "  Version:",
  "    Properties:",
  "      # BEGIN flags/x.json (generated)",
  "      Content: |",
  "        {}",
  "      # END flags/x.json",
  "      ContentType: application/json",
  "",
].join("\n");

function contentAfter(text: string): unknown {
  const replaced = replaceMarkedBlock(TEMPLATE, "flags/x.json", text);
  const parsed = parseCloudFormation(replaced) as { Resources: { Version: { Properties: Record<string, unknown> } } };
  expect(parsed.Resources.Version.Properties["ContentType"]).toBe("application/json");
  return parsed.Resources.Version.Properties["Content"];
}

describe("replaceMarkedBlock", () => {
  it.each([
    ["one final newline", '{\n  "a": {\n    "default": true\n  }\n}\n'],
    ["no final newline", '{"a": {"default": true}}'],
    ["several final newlines", "{}\n\n\n"],
    ["blank lines inside", '{\n\n  "a": 1\n}\n'],
    ["leading spaces", '  {"a": 1}\n'],
    ["YAML-looking text", "# not a comment\n- not: a list\n"],
  ])("makes the YAML value exactly the text: %s", (_name, text) => {
    expect(contentAfter(text)).toBe(text);
  });

  it("keeps everything outside the block, including the markers, and is idempotent", () => {
    const once = replaceMarkedBlock(TEMPLATE, "flags/x.json", "{}\n");
    expect(once).toBe(TEMPLATE);
    const changed = replaceMarkedBlock(TEMPLATE, "flags/x.json", '{"b": 2}\n');
    expect(replaceMarkedBlock(changed, "flags/x.json", '{"b": 2}\n')).toBe(changed);
    expect(changed.split("\n").filter((line) => line.includes("flags/x.json"))).toHaveLength(2);
  });

  it("refuses a template without the markers", () => {
    expect(() => replaceMarkedBlock(TEMPLATE, "flags/y.json", "{}")).toThrow('no "# BEGIN flags/y.json"');
  });
});
