import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCloudFormation } from "./cloudformation-yaml.js";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const TEMPLATE_PATH = `${ROOT}examples/infrastructure/template.yaml`;

type Json = { readonly [key: string]: unknown };

/** The parts of the SAM template the tests read, as plain JSON with intrinsics in their long form. */
export interface Template {
  readonly text: string;
  readonly parameters: Json;
  readonly conditions: Json;
  readonly mappings: Json;
  readonly resources: Json;
  readonly outputs: Json;
  /** `Resources.<logicalId>.Properties` of a resource of `type`. */
  properties(logicalId: string, type: string): Json;
}

export function loadTemplate(): Template {
  const text = readFileSync(TEMPLATE_PATH, "utf8");
  const root = asObject(parseCloudFormation(text), "template");
  const section = (name: string): Json => asObject(root[name] ?? {}, name);
  const resources = section("Resources");
  return {
    text,
    parameters: section("Parameters"),
    conditions: section("Conditions"),
    mappings: section("Mappings"),
    resources,
    outputs: section("Outputs"),
    properties(logicalId, type) {
      const resource = asObject(resources[logicalId], logicalId);
      if (resource["Type"] !== type) throw new Error(`${logicalId} is a ${String(resource["Type"])}, not a ${type}`);
      return asObject(resource["Properties"], `${logicalId}.Properties`);
    },
  };
}

export function asObject(value: unknown, what: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Json;
}

/** Every name a `Ref`, `Fn::GetAtt` or `${…}` in `Fn::Sub` points at (resource or parameter, before any dot). */
export function referencedNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedNames);
  if (typeof value !== "object" || value === null) return [];
  const names: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === "Ref" && typeof inner === "string") names.push(inner);
    else if (key === "Fn::GetAtt" && Array.isArray(inner)) names.push(String(inner[0]));
    else if (key === "Fn::Sub" && typeof inner === "string") names.push(...subVariables(inner).map((name) => name.split(".")[0] ?? name));
    else names.push(...referencedNames(inner));
  }
  return names;
}

function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([^}!]+)\}/g)].map((match) => match[1] ?? "");
}

/** Stand-ins for what CloudFormation substitutes at deploy time: `Res.Attr`, pseudo parameters, parameters. */
export type Bindings = Readonly<Record<string, string>>;

/** Made-up ids and pseudo parameters, in the formats AppConfig and CloudFormation use. */
export const SAMPLE_BINDINGS = {
  "FlagsApplication.ApplicationId": "abc1234",
  "FlagsEnvironment.EnvironmentId": "def5678",
  "FeaturesProfile.ConfigurationProfileId": "ghi9012",
  "CheckoutProfile.ConfigurationProfileId": "jkl3456",
  "AWS::Partition": "aws",
  "AWS::Region": "eu-west-1",
  "AWS::AccountId": "123456789012",
  ExtensionPollIntervalSeconds: "45",
} as const;

/**
 * A value with `Ref`, `Fn::GetAtt` and `Fn::Sub` replaced from `bindings` (throws on a missing name),
 * so environment variables can be read as the function would see them.
 * @example resolveIntrinsics({ "Fn::GetAtt": ["App", "ApplicationId"] }, { "App.ApplicationId": "abc1234" }) // "abc1234"
 */
export function resolveIntrinsics(value: unknown, bindings: Bindings): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, bindings));
  if (typeof value !== "object" || value === null) return value;
  const lookup = (name: string): string => {
    if (!Object.hasOwn(bindings, name)) throw new Error(`no binding for ${name}`);
    return bindings[name] ?? "";
  };
  const object = value as Json;
  if (typeof object["Ref"] === "string") return lookup(object["Ref"]);
  const getAtt = object["Fn::GetAtt"];
  if (Array.isArray(getAtt)) return lookup(getAtt.join("."));
  const sub = object["Fn::Sub"];
  if (typeof sub === "string") return sub.replace(/\$\{([^}!]+)\}/g, (_, name: string) => lookup(name));
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, resolveIntrinsics(inner, bindings)]));
}
