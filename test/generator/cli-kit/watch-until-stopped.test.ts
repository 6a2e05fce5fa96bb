import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchUntilStopped } from "../../../generator/cli-kit/watch-until-stopped.js";
import { Capture } from "../cli/cli-harness.js";

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const ioWith = (signal: AbortSignal) => ({ stdout: new Capture(), stderr: new Capture(), cwd: tmpdir(), signal });

describe("watchUntilStopped", () => {
  it("announces the folder and exits 0 once aborted", async () => {
    root = await mkdtemp(join(tmpdir(), "flagtype-watch-"));
    const stop = new AbortController();
    const io = ioWith(stop.signal);
    const exit = watchUntilStopped({ path: root, display: "flags" }, io, false, async () => undefined);
    stop.abort();
    expect(await exit).toBe(0);
    expect(io.stdout.text).toBe("watching flags for changes (Ctrl+C to stop)\n");
    expect(io.stderr.text).toBe("");
  });

  it("says nothing on stdout when quiet", async () => {
    root = await mkdtemp(join(tmpdir(), "flagtype-watch-"));
    const io = ioWith(AbortSignal.abort());
    expect(await watchUntilStopped({ path: root, display: "flags" }, io, true, async () => undefined)).toBe(0);
    expect(io.stdout.text).toBe("");
  });

  it("reports a missing folder before announcing anything, and exits 1", async () => {
    const io = ioWith(new AbortController().signal);
    const missing = join(tmpdir(), "flagtype-watch-missing-folder");
    expect(await watchUntilStopped({ path: missing, display: "missing" }, io, false, async () => undefined)).toBe(1);
    expect(io.stderr.text).toBe("flagtype: cannot watch missing: no such directory\n");
    expect(io.stdout.text).toBe("");
  });

  it("refuses a file in place of the folder", async () => {
    root = await mkdtemp(join(tmpdir(), "flagtype-watch-"));
    const file = join(root, "flags.json");
    await writeFile(file, "{}");
    const io = ioWith(new AbortController().signal);
    expect(await watchUntilStopped({ path: file, display: "flags.json" }, io, false, async () => undefined)).toBe(1);
    expect(io.stderr.text).toBe("flagtype: cannot watch flags.json: not a directory\n");
    expect(io.stdout.text).toBe("");
  });
});
