/** The marked blocks of template.yaml that are written from other files, never by hand. */
export const TEMPLATE_BLOCKS = {
  /** The features profile's HostedConfigurationVersion Content: the flags file, byte for byte. */
  flags: "flags/features.json",
  /** The checkout profile's HostedConfigurationVersion Content: the native flags file (the stored document), byte for byte. */
  checkout: "flags/checkout.json",
  /** The JSON_SCHEMA validator's Content: `flagtype schema --draft-04`. */
  schema: "flagtype schema --draft-04",
} as const;

/**
 * Replaces the `Content:` block scalar between `# BEGIN <name>` and `# END <name>` with `text`,
 * indented under the BEGIN line, so the YAML value is exactly `text`. Comments and everything else stay.
 * @example replaceMarkedBlock(template, "flags/features.json", '{"beta": {"default": true}}\n')
 */
export function replaceMarkedBlock(template: string, name: string, text: string): string {
  const lines = template.split("\n");
  const begin = lines.findIndex((line) => line.trimStart().startsWith(`# BEGIN ${name}`));
  const end = lines.findIndex((line, index) => index > begin && line.trimStart().startsWith(`# END ${name}`));
  if (begin < 0 || end < 0) throw new Error(`template has no "# BEGIN ${name}" ... "# END ${name}" block`);
  const indent = (lines[begin] ?? "").slice(0, (lines[begin] ?? "").length - (lines[begin] ?? "").trimStart().length);
  const body = text.split("\n");
  if (body.at(-1) === "") body.pop();
  const block = [`${indent}Content: ${blockHeader(text)}`, ...body.map((line) => (line === "" ? "" : `${indent}  ${line}`))];
  return [...lines.slice(0, begin + 1), ...block, ...lines.slice(end)].join("\n");
}

/** `|` keeps exactly one final newline; `|-` none; `|+` all. An indentation indicator guards leading spaces. */
function blockHeader(text: string): string {
  const chomping = !text.endsWith("\n") ? "-" : text.endsWith("\n\n") ? "+" : "";
  const indentation = /^[ \t]/.test(text) ? "2" : "";
  return `|${indentation}${chomping}`;
}
