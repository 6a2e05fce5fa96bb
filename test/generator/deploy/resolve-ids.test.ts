import { describe, expect, it } from "vitest";
import { DeployError, type ResourcePage } from "../../../generator/deploy/management-api.js";
import { resolveId } from "../../../generator/deploy/resolve-ids.js";

/** Pages of `size` items over `items`, with numeric tokens. */
function pages(items: { id: string; name: string }[], size = 2) {
  const calls: (string | undefined)[] = [];
  const list = async (token: string | undefined): Promise<ResourcePage> => {
    calls.push(token);
    const start = Number(token ?? 0);
    const end = start + size;
    return { items: items.slice(start, end), ...(end < items.length ? { nextToken: String(end) } : {}) };
  };
  return { list, calls };
}

const APPS = [
  { id: "a000001", name: "shop" },
  { id: "a000002", name: "billing" },
  { id: "a000003", name: "twin" },
  { id: "a000004", name: "twin" },
  { id: "a000005", name: "a000001" },
];

describe("resolveId", () => {
  it("finds a name on a later page", async () => {
    const { list, calls } = pages(APPS);
    expect(await resolveId("application", "billing", list)).toBe("a000002");
    expect(calls).toEqual([undefined, "2", "4"]);
  });

  it("prefers an id over a name that looks like one", async () => {
    expect(await resolveId("application", "a000001", pages(APPS).list)).toBe("a000001");
  });

  it("refuses an ambiguous name and names the candidates", async () => {
    await expect(resolveId("application", "twin", pages(APPS).list)).rejects.toThrow('2 applications are named "twin" (a000003, a000004): pass the id instead');
  });

  it("lists what exists when nothing matches", async () => {
    const error = await resolveId("application", "shopp", pages(APPS).list).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toBe('no application has the name or id "shopp" (known: "shop", "billing", "twin", "twin", "a000001")');
    await expect(resolveId("environment", "prod", pages([]).list)).rejects.toThrow('no environment has the name or id "prod" (there is none)');
  });

  it("gives up on a listing that never ends", async () => {
    const endless = async (): Promise<ResourcePage> => ({ items: [], nextToken: "again" });
    await expect(resolveId("application", "shop", endless)).rejects.toThrow("listing applications did not end after 200 pages");
  });
});
