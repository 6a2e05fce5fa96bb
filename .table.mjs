// .table.mts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";

// test/generator/pipeline/type-test-pairs.ts
import { readdirSync, readFileSync } from "node:fs";

// test/generator/pipeline/fixture-cases.ts
import { fileURLToPath } from "node:url";

// generator/pipeline/load/matching-kinds.ts
import { ACTIONS, isRuleAction } from "@flagtype/runtime/tooling";

// generator/pipeline/load/key-order-check.ts
var MAX_ARRAY_INDEX = 2 ** 32 - 2;

// generator/pipeline/load/never-match-check.ts
import { ACTIONS as ACTIONS3, isRuleAction as isRuleAction2 } from "@flagtype/runtime/tooling";

// generator/pipeline/load/schedule-never-match.ts
import { ACTIONS as ACTIONS2, isJsonObject, memberOf, parseLocalDateTime, parseTimeOfDay, toWallMsBounds } from "@flagtype/runtime/tooling";

// generator/pipeline/load/rule-check.ts
import { validateDocument } from "@flagtype/runtime";

// generator/pipeline/load/schema-check.ts
import { Ajv } from "ajv";

// generator/pipeline/load/schema/feature-flags.schema.json
var feature_flags_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Feature flags document",
  description: 'Feature flags in the feature-flags schema of Powertools for AWS Lambda (Python), as kept in one AWS AppConfig configuration profile. Each top-level key is a feature name. Accepts exactly what Powertools accepts, except that a non-string "description" is rejected; extra properties are allowed (and ignored by evaluation). Rules this schema cannot express (such as 0 <= START <= END < BASE, or valid time zone names) are checked by flagtype validate.',
  type: "object",
  errorMessage: "must be a JSON object mapping feature names to features",
  additionalProperties: {
    $ref: "#/definitions/feature"
  },
  definitions: {
    feature: {
      description: "One feature: its default value and optional rules that override it for matching contexts.",
      type: "object",
      errorMessage: 'must be an object with at least a "default"',
      required: [
        "default"
      ],
      properties: {
        default: {
          description: 'Value returned when no rule matches. true or false for boolean features; any JSON value except null when "boolean_type" is false.',
          not: {
            type: "null"
          },
          errorMessage: "must not be null"
        },
        boolean_type: {
          description: 'Whether the feature is an on/off switch (default true). Judged by truthiness like Powertools: false, 0, null, "", [] and {} make the feature non-boolean. Write true or false.'
        },
        description: {
          description: "Free text for humans; flagtype emits it as the accessor's doc comment. Ignored by evaluation.",
          type: "string",
          errorMessage: "must be a string"
        },
        rules: {
          description: 'Named rules tried in document order; the first rule whose conditions all hold decides the value. An empty value (null, {}, [], "", 0, false) means no rules.',
          if: {
            type: "object"
          },
          then: {
            propertyNames: {
              description: "Rule names are free text but must not be empty.",
              minLength: 1,
              errorMessage: "a rule name must not be empty"
            },
            additionalProperties: {
              $ref: "#/definitions/rule"
            }
          },
          else: {
            enum: [
              null,
              false,
              0,
              "",
              []
            ],
            errorMessage: "must be an object of named rules (or empty)"
          }
        }
      },
      if: {
        required: [
          "boolean_type"
        ],
        properties: {
          boolean_type: {
            enum: [
              false,
              0,
              null,
              "",
              [],
              {}
            ]
          }
        }
      },
      else: {
        $ref: "#/definitions/booleanFeature"
      }
    },
    booleanFeature: {
      description: 'Extra requirements for a boolean feature (no "boolean_type", or a truthy one).',
      properties: {
        default: {
          description: "true or false.",
          type: "boolean",
          errorMessage: "must be true or false for a boolean feature"
        },
        rules: {
          description: 'Every rule of a boolean feature needs a boolean "when_match".',
          if: {
            type: "object"
          },
          then: {
            additionalProperties: {
              $ref: "#/definitions/booleanRuleOutcome"
            }
          }
        }
      }
    },
    booleanRuleOutcome: {
      description: "A rule of a boolean feature must say which boolean it returns.",
      required: [
        "when_match"
      ],
      properties: {
        when_match: {
          description: "true or false.",
          type: "boolean",
          errorMessage: "must be true or false for a boolean feature"
        }
      }
    },
    rule: {
      description: 'A rule: when every condition holds, the feature takes the value of "when_match".',
      type: "object",
      errorMessage: 'must be an object with "conditions"',
      required: [
        "conditions"
      ],
      properties: {
        when_match: {
          description: "Value returned when the rule matches: true or false for boolean features, any JSON value (or absent, meaning null) otherwise."
        },
        conditions: {
          description: "Conditions that must all hold (logical AND), checked in order.",
          type: "array",
          minItems: 1,
          errorMessage: "must be a non-empty array of conditions",
          items: {
            $ref: "#/definitions/condition"
          }
        }
      }
    },
    condition: {
      description: "One comparison between a context entry (or the clock, for schedule actions) and a value.",
      type: "object",
      errorMessage: 'must be an object with "action", "key" and "value"',
      required: [
        "action",
        "key",
        "value"
      ],
      properties: {
        action: {
          description: "The comparison to perform.",
          enum: [
            "EQUALS",
            "NOT_EQUALS",
            "KEY_GREATER_THAN_VALUE",
            "KEY_GREATER_THAN_OR_EQUAL_VALUE",
            "KEY_LESS_THAN_VALUE",
            "KEY_LESS_THAN_OR_EQUAL_VALUE",
            "STARTSWITH",
            "ENDSWITH",
            "IN",
            "NOT_IN",
            "KEY_IN_VALUE",
            "KEY_NOT_IN_VALUE",
            "VALUE_IN_KEY",
            "VALUE_NOT_IN_KEY",
            "ALL_IN_VALUE",
            "ANY_IN_VALUE",
            "NONE_IN_VALUE",
            "SCHEDULE_BETWEEN_TIME_RANGE",
            "SCHEDULE_BETWEEN_DATETIME_RANGE",
            "SCHEDULE_BETWEEN_DAYS_OF_WEEK",
            "MODULO_RANGE"
          ]
        },
        key: {
          description: "Name of the context entry to compare (exact, case-sensitive). Schedule actions need CURRENT_TIME, CURRENT_DATETIME or CURRENT_DAY_OF_WEEK.",
          type: "string",
          minLength: 1,
          errorMessage: "must be a non-empty string"
        },
        value: {
          description: "What the context entry is compared with; any JSON value except null. Its shape depends on the action.",
          not: {
            type: "null"
          },
          errorMessage: "must not be null"
        }
      },
      allOf: [
        {
          if: {
            required: [
              "action"
            ],
            properties: {
              action: {
                enum: [
                  "ALL_IN_VALUE",
                  "ANY_IN_VALUE",
                  "NONE_IN_VALUE"
                ]
              }
            }
          },
          then: {
            properties: {
              value: {
                description: "The items to test the context array against.",
                type: "array",
                errorMessage: "must be an array for ALL_IN_VALUE, ANY_IN_VALUE and NONE_IN_VALUE"
              }
            }
          }
        },
        {
          if: {
            required: [
              "action"
            ],
            properties: {
              action: {
                const: "SCHEDULE_BETWEEN_TIME_RANGE"
              }
            }
          },
          then: {
            properties: {
              key: {
                description: "Must be CURRENT_TIME.",
                const: "CURRENT_TIME",
                errorMessage: 'must be "CURRENT_TIME" for SCHEDULE_BETWEEN_TIME_RANGE'
              },
              value: {
                $ref: "#/definitions/timeRange"
              }
            }
          }
        },
        {
          if: {
            required: [
              "action"
            ],
            properties: {
              action: {
                const: "SCHEDULE_BETWEEN_DATETIME_RANGE"
              }
            }
          },
          then: {
            properties: {
              key: {
                description: "Must be CURRENT_DATETIME.",
                const: "CURRENT_DATETIME",
                errorMessage: 'must be "CURRENT_DATETIME" for SCHEDULE_BETWEEN_DATETIME_RANGE'
              },
              value: {
                $ref: "#/definitions/dateTimeRange"
              }
            }
          }
        },
        {
          if: {
            required: [
              "action"
            ],
            properties: {
              action: {
                const: "SCHEDULE_BETWEEN_DAYS_OF_WEEK"
              }
            }
          },
          then: {
            properties: {
              key: {
                description: "Must be CURRENT_DAY_OF_WEEK.",
                const: "CURRENT_DAY_OF_WEEK",
                errorMessage: 'must be "CURRENT_DAY_OF_WEEK" for SCHEDULE_BETWEEN_DAYS_OF_WEEK'
              },
              value: {
                $ref: "#/definitions/daysOfWeek"
              }
            }
          }
        },
        {
          if: {
            required: [
              "action"
            ],
            properties: {
              action: {
                const: "MODULO_RANGE"
              }
            }
          },
          then: {
            properties: {
              value: {
                $ref: "#/definitions/moduloRange"
              }
            }
          }
        }
      ]
    },
    timeRange: {
      description: "A daily window in local time, inclusive at both ends; wraps past midnight when END's hour is below START's.",
      type: "object",
      errorMessage: 'must be an object with "START" and "END"',
      required: [
        "START",
        "END"
      ],
      properties: {
        START: {
          $ref: "#/definitions/timeOfDay"
        },
        END: {
          $ref: "#/definitions/timeOfDay"
        },
        TIMEZONE: {
          $ref: "#/definitions/timeZone"
        }
      }
    },
    timeOfDay: {
      description: 'A time of day, "HH:MM" on a 24-hour clock.',
      type: "string",
      pattern: "^(?:[01]\\p{Nd}|2[0-3]):[0-5]\\p{Nd}",
      errorMessage: 'must be a time of day "HH:MM" (00:00 to 23:59)'
    },
    dateTimeRange: {
      description: "A window between two local date-times, inclusive at both ends.",
      type: "object",
      errorMessage: 'must be an object with "START" and "END"',
      required: [
        "START",
        "END"
      ],
      properties: {
        START: {
          $ref: "#/definitions/localDateTime"
        },
        END: {
          $ref: "#/definitions/localDateTime"
        },
        TIMEZONE: {
          $ref: "#/definitions/timeZone"
        }
      }
    },
    localDateTime: {
      description: 'An ISO-8601 date or date-time without offset or Z, such as "2024-12-24T09:00:00".',
      type: "string",
      errorMessage: 'must be a local ISO-8601 date-time such as "2024-12-24T09:00:00"'
    },
    daysOfWeek: {
      description: "The weekdays on which the condition holds, in local time.",
      type: "object",
      errorMessage: 'must be an object with "DAYS"',
      required: [
        "DAYS"
      ],
      properties: {
        DAYS: {
          description: "Upper-case English weekday names; an empty array never matches.",
          type: "array",
          errorMessage: "must be an array of weekday names",
          items: {
            description: "An upper-case English weekday name.",
            enum: [
              "MONDAY",
              "TUESDAY",
              "WEDNESDAY",
              "THURSDAY",
              "FRIDAY",
              "SATURDAY",
              "SUNDAY"
            ]
          }
        },
        TIMEZONE: {
          $ref: "#/definitions/timeZone"
        }
      }
    },
    timeZone: {
      description: 'IANA time zone name such as "Europe/London"; absent or empty means UTC.',
      if: {
        type: "string"
      },
      else: {
        enum: [
          null,
          false,
          0,
          [],
          {}
        ],
        errorMessage: 'must be a time zone name such as "Europe/London" (or absent for UTC)'
      }
    },
    moduloRange: {
      description: "Holds when START <= context value % BASE <= END (percentage rollouts); 0 <= START <= END <= BASE - 1.",
      type: "object",
      errorMessage: 'must be an object with "BASE", "START" and "END"',
      required: [
        "BASE",
        "START",
        "END"
      ],
      properties: {
        BASE: {
          description: "The divisor, an integer of at least 1.",
          type: [
            "integer",
            "boolean"
          ],
          minimum: 1,
          errorMessage: "must be an integer of at least 1"
        },
        START: {
          description: "Lowest remainder that matches, an integer of at least 0.",
          type: [
            "integer",
            "boolean"
          ],
          minimum: 0,
          errorMessage: "must be an integer of at least 0"
        },
        END: {
          description: "Highest remainder that matches, an integer from START to BASE - 1.",
          type: [
            "integer",
            "boolean"
          ],
          minimum: 0,
          errorMessage: "must be an integer of at least 0"
        }
      }
    }
  }
};

// generator/pipeline/load/schema/feature-flags-schema.ts
var FEATURE_FLAGS_SCHEMA = feature_flags_schema_default;

// generator/pipeline/load/typo-check.ts
var FEATURE_KEYS = propertyNamesOf("feature");
var RULE_KEYS = propertyNamesOf("rule");
var CONDITION_KEYS = propertyNamesOf("condition");
function objectEntries(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
}
function memberOf2(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
}
function propertyNamesOf(definitionName) {
  const definition = memberOf2(memberOf2(FEATURE_FLAGS_SCHEMA, "definitions"), definitionName);
  return objectEntries(memberOf2(definition, "properties")).map(([key]) => key);
}

// generator/pipeline/load/native/native-document-check.ts
import { isJsonObject as isJsonObject2, memberOf as memberOf3 } from "@flagtype/runtime/tooling";

// generator/pipeline/load/native/native-schema.ts
import { Ajv as Ajv2 } from "ajv";

// generator/pipeline/load/native/rules/operators.ts
var OPERATORS = {
  and: { form: "logical", context: "none" },
  or: { form: "logical", context: "none" },
  not: { form: "not", context: "none" },
  eq: { form: "compare", context: "partner" },
  gt: { form: "compare", context: "ordered-partner" },
  gte: { form: "compare", context: "ordered-partner" },
  lt: { form: "compare", context: "ordered-partner" },
  lte: { form: "compare", context: "ordered-partner" },
  begins_with: { form: "string", context: "string" },
  ends_with: { form: "string", context: "string" },
  contains: { form: "string", context: "string" },
  in: { form: "in", context: "list-items" },
  matches: { form: "matches", context: "string" },
  exists: { form: "exists", context: "presence" },
  split: { form: "split", context: "string" }
};

// generator/pipeline/load/native/rules/rule-check.ts
var KNOWN = Object.keys(OPERATORS).join(", ");

// generator/pipeline/load/parse-positioned-json.ts
import { parseTree } from "jsonc-parser";

// generator/pipeline/load/json-syntax.ts
import { printParseErrorCode, visit } from "jsonc-parser";

// test/generator/pipeline/fixture-cases.ts
var FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

// test/generator/pipeline/type-test-pairs.ts
var PAIRS_DIR = `${FIXTURES_DIR}type-tests/`;
var DIRECTIVE = /^\s*\/\/ @ts-expect-error TS(\d+)(?: at `([^`]+)`)? (.+)$/;
function readPairs() {
  const names = readdirSync(`${PAIRS_DIR}misuse`).filter((file) => file.endsWith(".ts")).sort();
  return names.map((file) => {
    const misusePath = `${PAIRS_DIR}misuse/${file}`;
    const correctPath = `${PAIRS_DIR}correct/${file}`;
    const misuseText = readFileSync(misusePath, "utf8");
    const lines = misuseText.split("\n");
    const misuses = lines.flatMap((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return [];
      const [, code, at, reason] = match;
      return [{ line: index + 2, code: Number(code), ...at === void 0 ? {} : { at }, reason: reason ?? "", text: (lines[index + 1] ?? "").trim() }];
    });
    return {
      name: file.replace(/\.ts$/, ""),
      title: (lines[0] ?? "").replace(/^\/\/ /, ""),
      misusePath,
      correctPath,
      misuseText,
      correctText: readFileSync(correctPath, "utf8"),
      misuses
    };
  });
}
function misuseTable(pairs) {
  const rows = pairs.flatMap((pair) => {
    const category = pair.title.split(":")[0] ?? pair.name;
    return pair.misuses.map((entry) => `| ${category} | ${cell(`\`${entry.text}\``)} | ${cell(entry.reason)} | TS${entry.code} | [${pair.name}.ts:${entry.line}](../test/generator/fixtures/type-tests/misuse/${pair.name}.ts) |`);
  });
  return ["| Category | Does not compile | Why | Error | Test |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}
function cell(text) {
  return text.replaceAll("|", "\\|");
}

// .table.mts
var path = "docs/generated-code.md";
var docs = readFileSync2(path, "utf8");
var start = docs.indexOf("| Category | Does not compile |");
var end = docs.indexOf("\n\n", start);
if (end < 0) end = docs.length;
writeFileSync(path, docs.slice(0, start) + misuseTable(readPairs()) + docs.slice(end));
