import { parseDocument, type ScalarTag, type CollectionTag, type YAMLSeq } from "yaml";

/** Intrinsic functions in their JSON form, as CloudFormation reads the short YAML tags. */
export type Intrinsic = { readonly [name: string]: unknown };

const SCALAR_FUNCTIONS = ["Ref", "Sub", "GetAtt", "ImportValue", "Base64", "GetAZs"] as const;
const SEQUENCE_FUNCTIONS = ["If", "Equals", "Not", "And", "Or", "FindInMap", "Join", "Select", "Split", "Sub", "GetAtt", "Cidr"] as const;

function functionName(name: string): string {
  return name === "Ref" ? "Ref" : `Fn::${name}`;
}

/** `!GetAtt Res.Attr` is shorthand for `Fn::GetAtt: [Res, Attr]`. */
function scalarValue(name: string, text: string): unknown {
  if (name !== "GetAtt") return text;
  const dot = text.indexOf(".");
  return [text.slice(0, dot), text.slice(dot + 1)];
}

const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = [
  ...SCALAR_FUNCTIONS.map((name): ScalarTag => ({
    tag: `!${name}`,
    resolve: (text: string) => ({ [functionName(name)]: scalarValue(name, text) }),
  })),
  ...SEQUENCE_FUNCTIONS.map((name): CollectionTag => ({
    tag: `!${name}`,
    collection: "seq",
    resolve: (seq) => ({ [functionName(name)]: (seq as YAMLSeq).toJSON() }),
  })),
];

/**
 * Parses a CloudFormation / SAM YAML template with its short-form intrinsic tags (`!Ref`, `!Sub`,
 * `!GetAtt`, `!If`, …) turned into their JSON form (`{ Ref: … }`, `{ "Fn::Sub": … }`). Throws on
 * any YAML error or unknown tag.
 * @example parseCloudFormation("Value: !Ref Name") // { Value: { Ref: "Name" } }
 */
export function parseCloudFormation(text: string): unknown {
  const document = parseDocument(text, { customTags: CLOUDFORMATION_TAGS, strict: true, prettyErrors: true, uniqueKeys: true });
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return document.toJS();
}
