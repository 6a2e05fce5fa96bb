import { parseTree, type ParseError } from "jsonc-parser";
import type { Diagnostic } from "../diagnostics.js";
import { jsonStringOffset } from "./json-string-offset.js";
import { describeSyntaxErrors } from "./json-syntax.js";
import { JsonTree } from "./json-tree.js";
import { buildJsonValue } from "./json-value.js";
import { createLineIndex, type LineIndex } from "./line-index.js";
import { LOAD_CODES, type LoadCode } from "./load-codes.js";
import { MAX_PARSE_DEPTH, tooDeepAt } from "./nesting-depth.js";
import type { JsonPath, PositionedJson, SourcePosition } from "./loaded-file.js";

/** A parsed file: `json` is present whenever the value is known exactly, even if some findings are errors. */
export interface ParsedJsonFile {
  readonly json?: PositionedJson;
  readonly diagnostics: Diagnostic[];
}

const BYTE_ORDER_MARK = "\ufeff";

/**
 * Parses strict JSON keeping source positions. Comments, trailing commas, duplicate keys and a
 * byte-order mark are reported as errors but still yield the value `JSON.parse` would give without
 * them, so later checks can report everything at once; any other syntax error yields no value.
 * @example
 * const { json, diagnostics } = parsePositionedJson("flags/features.json", '{"a": {"default": true}}');
 * json?.positionOf(["a", "default"]); // { line: 1, column: 19 }
 */
export function parsePositionedJson(file: string, text: string): ParsedJsonFile {
  const hasBom = text.startsWith(BYTE_ORDER_MARK);
  const body = hasBom ? text.slice(BYTE_ORDER_MARK.length) : text;
  const lines = createLineIndex(body);
  const at = (offset: number, code: LoadCode, message: string): Diagnostic =>
    ({ file, ...lines.positionAt(offset), severity: "error", code, message });
  const diagnostics: Diagnostic[] = [];
  if (hasBom) diagnostics.push(at(0, LOAD_CODES.byteOrderMark, "byte-order mark at the start of the file: save it as UTF-8 without BOM"));

  const deepAt = tooDeepAt(body);
  if (deepAt !== undefined) {
    diagnostics.push(at(deepAt, LOAD_CODES.nestingTooDeep, `arrays/objects nest deeper than ${MAX_PARSE_DEPTH} levels here: not parsed`));
    return { diagnostics };
  }

  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: true, allowEmptyContent: false });
  const problems = describeSyntaxErrors(body, errors);
  diagnostics.push(...problems.map((problem) => at(problem.offset, problem.code, problem.message)));
  if (!root || problems.some((problem) => !problem.recoverable)) return { diagnostics };

  const { value, duplicates } = buildJsonValue(root);
  for (const duplicate of duplicates) {
    const first = lines.positionAt(duplicate.firstOffset);
    const message = `duplicate key ${JSON.stringify(duplicate.key)} (first at ${first.line}:${first.column}): JSON.parse keeps only the last one`;
    diagnostics.push(at(duplicate.repeatOffset, LOAD_CODES.duplicateKey, message));
  }
  return { json: positionedJson(file, body, value, new JsonTree(root), lines), diagnostics };
}

function positionedJson(file: string, body: string, value: unknown, tree: JsonTree, lines: LineIndex): PositionedJson {
  return {
    file,
    value,
    positionOf(path: JsonPath, part: "key" | "value" = "value"): SourcePosition {
      const found = tree.find(path);
      const node = part === "key" && found.key ? found.key : found.value;
      return lines.positionAt(node.offset);
    },
    keysInFileOrder: (path) => tree.keysOf(path),
    positionInString(path: JsonPath, offset: number): SourcePosition {
      const node = tree.find(path).value;
      if (node.type !== "string") return lines.positionAt(node.offset);
      return lines.positionAt(node.offset + jsonStringOffset(body.slice(node.offset, node.offset + node.length), offset));
    },
    numberTextAt(path: JsonPath): string | undefined {
      // An absent path finds a container ancestor, never a number.
      const node = tree.find(path).value;
      return node.type === "number" ? body.slice(node.offset, node.offset + node.length) : undefined;
    },
  };
}
