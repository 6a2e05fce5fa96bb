import { describe, expect, test, vi } from "vitest";
import { defineFeatures, type BuildTimeDocument } from "../../../runtime/typed/define-features.js";
import { InMemoryStore } from "../../../runtime/stores/in-memory-store.js";

const defaults: BuildTimeDocument = {
  premium_features: {
    default: false,
    rules: { "tier is premium": { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } },
  },
  plan: { boolean_type: false, default: "standard" },
  banner: {
    boolean_type: false,
    default: "welcome",
    rules: { "no banner for admins": { conditions: [{ action: "EQUALS", key: "role", value: "admin" }] } },
  },
  limits: { boolean_type: false, default: { max: 10 } },
};

interface Contexts {
  readonly premium_features: { readonly tier: string };
  readonly plan: undefined;
  readonly banner: { readonly role: string };
  readonly limits: undefined;
}
interface Values {
  readonly premium_features: boolean;
  readonly plan: string;
  readonly banner: string | null;
  readonly limits: { readonly max: number };
}

/** Typed features served `live`, with a logger to inspect. */
function servedLive(live: object) {
  const logger = { warn: vi.fn() };
  const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
  features.configure({ store: new InMemoryStore(live), logger });
  return { features, logger };
}

describe("a live value of a kind the generated type does not allow", () => {
  test("a boolean flag redeployed as a string flag answers from the build-time document, per context", async () => {
    const { features, logger } = servedLive({ premium_features: { boolean_type: false, default: "yes" } });
    expect(await features.evaluate("premium_features", { tier: "premium" })).toBe(true);
    expect(await features.evaluate("premium_features", { tier: "free" })).toBe(false);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const [message, extra] = logger.warn.mock.calls[0] ?? [];
    expect(message).toBe('flagtype: type-drift; using build-time defaults for "premium_features"');
    expect(extra).toEqual({
      cause: "type-drift",
      fallback: "build-time defaults",
      flag: "premium_features",
      error: 'the live document gives the string "yes" for "premium_features", whose generated type allows boolean',
    });
  });

  test("non-boolean flags allow the kinds of default and every when_match; an absent when_match allows null", async () => {
    const { features, logger } = servedLive({
      plan: { boolean_type: false, default: 5 },
      banner: {
        boolean_type: false,
        default: "sale",
        rules: { "no banner for guests": { conditions: [{ action: "EQUALS", key: "role", value: "guest" }] } },
      },
      limits: { boolean_type: false, default: [10] },
    });
    expect(await features.evaluate("plan")).toBe("standard");
    expect(await features.evaluate("banner", { role: "guest" })).toBeNull();
    expect(await features.evaluate("limits")).toEqual({ max: 10 });
    expect(logger.warn.mock.calls.map((call) => call[1]?.flag)).toEqual(["plan", "limits"]);
  });

  test("values of an allowed kind pass through unchanged, with no warning", async () => {
    const live = {
      premium_features: { default: true },
      plan: { boolean_type: false, default: "gold" },
      banner: { boolean_type: false, default: "sale" },
      limits: { boolean_type: false, default: { max: 99 } },
    };
    const { features, logger } = servedLive(live);
    expect(await features.evaluate("premium_features", { tier: "free" })).toBe(true);
    expect(await features.evaluate("plan")).toBe("gold");
    expect(await features.evaluate("banner", { role: "admin" })).toBe("sale");
    expect(await features.evaluate("limits")).toEqual({ max: 99 });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  test("warns once per flag however many calls, and again after configure", async () => {
    const { features, logger } = servedLive({ plan: { boolean_type: false, default: 1 }, limits: { boolean_type: false, default: "x" } });
    for (let call = 0; call < 3; call++) {
      expect(await features.evaluate("plan")).toBe("standard");
      expect(await features.evaluate("limits")).toEqual({ max: 10 });
    }
    expect(logger.warn).toHaveBeenCalledTimes(2);
    features.configure({ store: new InMemoryStore({ plan: { boolean_type: false, default: [] } }), logger });
    expect(await features.evaluate("plan")).toBe("standard");
    expect(logger.warn).toHaveBeenCalledTimes(3);
  });

  test("with strict: true a drifted value throws FlagEvaluationError instead of falling back", async () => {
    const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
    features.configure({ store: new InMemoryStore({ ...defaults, plan: { boolean_type: false, default: 5 } }), strict: true });
    await expect(features.evaluate("plan")).rejects.toThrow(/evaluating plan failed: value of kind number; the generated type allows string/);
  });

  test("a logger that throws does not break the replacement", async () => {
    const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
    const logger = { warn: () => { throw new Error("broken logger"); } };
    features.configure({ store: new InMemoryStore({ premium_features: { boolean_type: false, default: 1 } }), logger });
    expect(await features.evaluate("premium_features", { tier: "premium" })).toBe(true);
  });

  test("the build-time fallback reads the configured clock for schedule rules", async () => {
    const scheduled: BuildTimeDocument = {
      happy_hour: {
        default: false,
        rules: { evening: { when_match: true, conditions: [{ action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "17:00", END: "19:00" } }] } },
      },
    };
    const features = defineFeatures<{ happy_hour: undefined }, { happy_hour: boolean }>({ profile: "p", defaults: scheduled });
    const store = new InMemoryStore({ happy_hour: { boolean_type: false, default: "on" } });
    features.configure({ store, logger: { warn: vi.fn() }, clock: () => new Date("2024-05-01T18:00:00Z") });
    expect(await features.evaluate("happy_hour")).toBe(true);
    features.configure({ store, logger: { warn: vi.fn() }, clock: () => new Date("2024-05-01T08:00:00Z") });
    expect(await features.evaluate("happy_hour")).toBe(false);
  });
});
