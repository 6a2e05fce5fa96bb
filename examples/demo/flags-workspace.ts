import { copyFile, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_PROFILES, type ExampleProfile } from "./package-paths.js";

/** A scratch flags directory: the demo serves and changes copies, never the project's own files. */
export interface FlagsWorkspace {
  readonly dir: string;
  /** The served flags file of each profile, `<dir>/<profile>.json`. */
  readonly files: Readonly<Record<ExampleProfile, string>>;
  /** Replaces a profile's flags file in one step (write + rename), as an editor's atomic save does. */
  write(profile: ExampleProfile, document: unknown): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Copies the flags files into a fresh temporary directory.
 * @example const workspace = await createFlagsWorkspace(packagePaths().flagsFiles);
 */
export async function createFlagsWorkspace(flagsFiles: Readonly<Record<ExampleProfile, string>>): Promise<FlagsWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), "flagtype-demo-"));
  const files = { features: join(dir, "features.json"), checkout: join(dir, "checkout.json") };
  for (const profile of EXAMPLE_PROFILES) await copyFile(flagsFiles[profile], files[profile]);
  return {
    dir,
    files,
    write: async (profile, document) => {
      // Hidden name: the serve watcher ignores it until the rename makes <profile>.json change at once.
      const staging = join(dir, `.${profile}.json.next`);
      await writeFile(staging, `${JSON.stringify(document, null, 2)}\n`);
      await rename(staging, files[profile]);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
