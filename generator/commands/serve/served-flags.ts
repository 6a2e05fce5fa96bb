import type { Diagnostic } from "../../pipeline/diagnostics.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import type { CliIo } from "../../cli-kit/cli-command.js";
import { collectModules } from "../generate/generate-steps.js";
import { readFlagsDir } from "../../pipeline/load/read-flags-folder.js";
import { reportDiagnostics, say } from "../../cli-kit/report.js";
import { DEFAULT_RUNTIME_IMPORT } from "../../cli-kit/shared-options.js";

/** A local AppConfig server that can make a document the current version of a profile. */
export interface DeployTarget {
  deploy(application: string, environment: string, profile: string, content: unknown, contentType?: string): { readonly version: number };
}

/** Where the served profiles live: one AppConfig application and environment. */
export interface ServeTarget {
  readonly application: string;
  readonly environment: string;
  readonly servers: readonly DeployTarget[];
}

interface ServedVersion {
  readonly text: string;
  readonly version: number;
}

const SCHEMA_SUFFIX = ".schema.json";

/**
 * Keeps every valid flags file of a directory deployed on local AppConfig servers: a file is
 * checked by the generator (the checks of `flagtype validate`) and deployed only when it has no
 * error, so an invalid edit is rejected with its diagnostics while the last valid version stays served.
 * @example
 * const served = new ServedFlags(flagsDir, { application: "local", environment: "local", servers: [dataServer] });
 * await served.reload(io, false); // after every change
 */
export class ServedFlags {
  private readonly served = new Map<string, ServedVersion>();

  constructor(
    private readonly flags: DirectoryArgument,
    private readonly target: ServeTarget,
  ) {}

  /** How many profiles are being served. */
  get count(): number {
    return this.served.size;
  }

  /** Re-reads the directory; deploys changed valid files, reports rejected ones. */
  async reload(io: CliIo, quiet: boolean): Promise<void> {
    const read = await readFlagsDir(this.flags);
    const { diagnostics } = read.sources
      ? await collectModules({ flags: this.flags, runtimeImport: DEFAULT_RUNTIME_IMPORT })
      : { diagnostics: read.diagnostics };
    reportDiagnostics(io, diagnostics, quiet);
    const present = new Set<string>();
    for (const source of read.sources ?? []) {
      if (source.path.endsWith(SCHEMA_SUFFIX)) continue;
      const profile = profileOf(source.path);
      present.add(profile);
      if (hasErrorIn(diagnostics, source.path, profile)) this.reject(io, source.path, profile);
      else this.deploy(io, quiet, source.path, profile, source.text);
    }
    for (const [profile, served] of this.served) {
      if (!present.has(profile)) say(io, quiet, `${this.flags.display}/${profile}.json is gone; still serving version ${served.version} of profile "${profile}"`);
    }
  }

  private deploy(io: CliIo, quiet: boolean, path: string, profile: string, text: string): void {
    if (this.served.get(profile)?.text === text) return;
    const { application, environment, servers } = this.target;
    let version = 0;
    for (const server of servers) version = server.deploy(application, environment, profile, text, "application/json").version;
    this.served.set(profile, { text, version });
    say(io, quiet, `serving ${path} as profile "${profile}" (version ${version})`);
  }

  private reject(io: CliIo, path: string, profile: string): void {
    const served = this.served.get(profile);
    const keeping = served ? `still serving version ${served.version}` : "not served until it is valid";
    io.stderr.write(`flagtype: ${path} rejected; ${keeping}\n`);
  }
}

/** `flags/features.json` → `features`: one flags file is one configuration profile. */
function profileOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.slice(0, -".json".length);
}

/** Errors in the flags file itself or in its declared types file both block the file. */
function hasErrorIn(diagnostics: readonly Diagnostic[], path: string, profile: string): boolean {
  const declaredTypes = `${path.slice(0, path.length - `${profile}.json`.length)}${profile}${SCHEMA_SUFFIX}`;
  return diagnostics.some((diagnostic) => diagnostic.severity === "error" && (diagnostic.file === path || diagnostic.file === declaredTypes));
}
