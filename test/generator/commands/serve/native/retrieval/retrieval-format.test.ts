import { describe, expect, it } from "vitest";
import { detectRetrievalFormat, localDevFileName } from "../../../../../../generator/commands/serve/native/retrieval/retrieval-format.js";
import { DOCUMENT_D_ION } from "../../../../../support/native/doc-examples.js";

describe("detectRetrievalFormat", () => {
  it.each([
    ['{"dark_mode": {"enabled": true}}', "json"],
    ['\uFEFF \n {"a": {"enabled": false}}', "json"],
    [DOCUMENT_D_ION, "ion"],
    ["'dark_mode'::'''{\"enabled\": true}'''", "ion"],
    ["dark_mode::'''{}'''", "ion"],
    ["$ion_1_0 'a'::'''{}'''", "ion"],
    ["/* comment */ 'a'::'''{}'''", "ion"],
    ["", "empty"],
    ["  \n", "empty"],
  ])("sniffs %j as %s", (body, format) => {
    expect(detectRetrievalFormat(body)).toBe(format);
  });

  it("lets a json or ion Content-Type decide, and ignores others", () => {
    expect(detectRetrievalFormat("'a'::'''{}'''", "application/json; charset=utf-8")).toBe("json");
    expect(detectRetrievalFormat("{}", "application/ion;type=AWS.AppConfig.FeatureFlags")).toBe("ion");
    expect(detectRetrievalFormat("{}", "application/vnd.x+json")).toBe("json");
    expect(detectRetrievalFormat("{}", "application/octet-stream")).toBe("json");
    expect(detectRetrievalFormat("'a'::'''{}'''", "application/octet-stream")).toBe("ion");
  });

  it("reads bytes, including Ion binary", () => {
    expect(detectRetrievalFormat(new TextEncoder().encode(' {"a": {}}'))).toBe("json");
    expect(detectRetrievalFormat(new Uint8Array([0xe0, 0x01, 0x00, 0xea, 0x0f]))).toBe("ion");
    expect(detectRetrievalFormat(new Uint8Array([]))).toBe("empty");
  });
});

describe("localDevFileName", () => {
  it("uses .json for the map and the mandatory Ion extension otherwise", () => {
    expect(localDevFileName("Mobile", "Development", "Payments", "json")).toBe("Mobile:Development:Payments.json");
    expect(localDevFileName("Mobile", "Development", "Payments", "ion")).toBe("Mobile:Development:Payments.application%ion%type=AWS.AppConfig.FeatureFlags");
  });
});
