import { copyFile, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A scratch flags directory: the demo serves and changes a copy, never the project's own file. */
export interface FlagsWorkspace {
  readonly dir: string;
  /** The served flags file, `<dir>/features.json`. */
  readonly file: string;
  /** Replaces the flags file in one step (write + rename), as an editor's atomic save does. */
  write(document: unknown): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Copies `flagsFile` into a fresh temporary directory.
 * @example const workspace = await createFlagsWorkspace("flags/features.json");
 */
export async function createFlagsWorkspace(flagsFile: string): Promise<FlagsWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), "flagtype-demo-"));
  const file = join(dir, "features.json");
  await copyFile(flagsFile, file);
  return {
    dir,
    file,
    write: async (document) => {
      // Hidden name: the serve watcher ignores it until the rename makes features.json change at once.
      const staging = join(dir, ".features.json.next");
      await writeFile(staging, `${JSON.stringify(document, null, 2)}\n`);
      await rename(staging, file);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
