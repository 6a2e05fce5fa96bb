/**
 * Rule strings and documents copied verbatim from /work/shared/docs/appconfig-feature-flags.md
 * (§2.2 operator table and §2.5 example documents). Never edit them to make a test pass.
 */
export const DOCUMENTED_RULES = [
  '(gt $age 65)',
  '(and (exists key::"beta") (in $plan ["pro", "team"]))',
  '(begins_with $state "A")',
  '(contains $promoCode "WIN")',
  '(in $userId ["123", "456"])',
  '(matches in::$greeting pattern::"h.*y")',
  '(exists key::"country")',
  '(split pct::10 by::$userId seed::"abc")',
  '(ends_with $email "@example.com")',
  '(split by::$userId pct::25 seed::"fast-path-2026")',
  '(or (begins_with $country "U") (matches in::$locale pattern::"^fr"))',
] as const;

/** §2.2 operand table: every operand example, and whether Ion (so AppConfig's parser) accepts it. */
export const DOCUMENTED_OPERANDS = [
  { text: '"apple"', kind: "string", valid: true },
  { text: "-7", kind: "int", valid: true },
  { text: "42", kind: "int", valid: true },
  { text: "3.14", kind: "decimal", valid: true },
  { text: "1.234e-5", kind: "float", valid: true },
  { text: "2012-03-04T05:06:07-08:00", kind: "timestamp", valid: true },
  { text: "2024-01", kind: "timestamp", valid: false },
  { text: "true", kind: "bool", valid: true },
  { text: "false", kind: "bool", valid: true },
  { text: "$country", kind: "symbol", valid: true },
  { text: "$userId", kind: "symbol", valid: true },
] as const;

export const DOCUMENT_A = {"version": "1",
 "flags": {
  "checkout_v2": {"name": "Checkout v2", "description": "New checkout flow",
    "_deprecation": {"status": "planned", "date": "2027-06-30"},
    "attributes": {
      "max_items": {"constraints": {"type": "number", "minimum": 1, "maximum": 500, "required": true}},
      "theme": {"constraints": {"type": "string", "enum": ["light", "dark"]}},
      "regions": {"constraints": {"type": "array", "elements": {"type": "string", "pattern": "^[a-z]{2}-[a-z]+-\\d$"}}},
      "beta_badge": {"description": "Show a badge", "constraints": {"type": "boolean"}}}},
  "kill_switch": {"name": "Kill switch"}},
 "values": {
  "checkout_v2": {"enabled": true, "max_items": 50, "theme": "dark", "regions": ["eu-west-1"], "beta_badge": false},
  "kill_switch": {"enabled": false}}};

export const DOCUMENT_B = {"version": "1",
 "flags": {"new_search": {"name": "New search",
   "attributes": {"ranking": {"constraints": {"type": "string", "enum": ["bm25", "vector"]}}}}},
 "values": {"new_search": {"_variants": [
   {"name": "Staff", "enabled": true, "rule": "(ends_with $email \"@example.com\")", "attributeValues": {"ranking": "vector"}},
   {"name": "Beta", "enabled": true, "rule": "(and (exists key::\"beta\") (in $plan [\"pro\", \"team\"]))", "attributeValues": {"ranking": "vector"}},
   {"name": "Default", "enabled": false, "attributeValues": {"ranking": "bm25"}}]}}};

export const DOCUMENT_C = {"version": "1",
 "flags": {"fast_path": {"name": "Fast path"}},
 "values": {"fast_path": {"_variants": [
   {"name": "Rollout", "enabled": true, "rule": "(split by::$userId pct::25 seed::\"fast-path-2026\")"},
   {"name": "Off", "enabled": false}]}}};

export const DOCUMENT_D = {"version": "1",
 "flags": {"banner": {"name": "Banner", "attributes": {"text": {"constraints": {"type": "string"}}}},
           "dark_mode": {"name": "Dark mode"}},
 "values": {
  "banner": {"_variants": [
    {"name": "Holiday", "enabled": true, "rule": "(or (begins_with $country \"U\") (matches in::$locale pattern::\"^fr\"))", "attributeValues": {"text": "Happy holidays"}},
    {"name": "Plain", "enabled": true, "attributeValues": {"text": "Welcome"}}]},
  "dark_mode": {"enabled": true}}};

/** §3.2: example D rendered as retrieval-time Ion, as the doc writes it. */
export const DOCUMENT_D_ION = `'banner'::[
  [ (or (begins_with $country "U") (matches in::$locale pattern::"^fr")),
    '''{"_variant": "Holiday", "enabled": true, "text": "Happy holidays"}''' ],
  '''{"_variant": "Plain", "enabled": true, "text": "Welcome"}'''
]
'dark_mode'::'''{"enabled": true}'''
`;
