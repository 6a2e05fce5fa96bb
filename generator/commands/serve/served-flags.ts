import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import type { CliIo } from "../../cli-kit/cli-command.js";
import { checkFlagsFolder } from "../../cli-kit/flags-folder.js";
import { reportDiagnostics, say } from "../../cli-kit/report.js";
import type { StoredDocument } from "../../pipeline/load/native/stored/stored-document.js";

/** A local AppConfig server that can make a document the current version of a profile. */
export interface DeployTarget {
  deploy(application: string, environment: string, profile: string, content: unknown, contentType?: string): { readonly version: number };
  deployFeatureFlags(application: string, environment: string, profile: string, document: StoredDocument): { readonly version: number };
}

/** Where the served profiles live: one AppConfig application and environment. */
export interface ServeTarget {
  readonly application: string;
  readonly environment: string;
  readonly servers: readonly DeployTarget[];
}

/** Said once, even with --quiet, when serve first evaluates native variants. */
export const SPLIT_NOTICE =
  "flagtype serve: multi-variant flags are evaluated locally; split:: rules use flagtype's own hash, so their buckets differ from AWS's (AWS does not document its hash)";

interface ServedVersion {
  readonly text: string;
  readonly version: number;
}

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
  private splitNoticeGiven = false;

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
    const { profiles, sources, models, diagnostics } = await checkFlagsFolder(this.flags);
    reportDiagnostics(io, diagnostics, quiet);
    const present = new Set(profiles);
    const documents = new Map(sources.map((source) => [source.profile, source.document]));
    for (const profile of profiles) {
      const document = documents.get(profile);
      const model = models.get(profile);
      if (document && model) this.deploy(io, quiet, document.path, profile, document.text, model.format === "native");
      else this.reject(io, `${this.flags.display}/${profile}.json`, profile);
    }
    for (const [profile, served] of this.served) {
      if (!present.has(profile)) say(io, quiet, `${this.flags.display}/${profile}.json is gone; still serving version ${served.version} of profile "${profile}"`);
    }
  }

  private deploy(io: CliIo, quiet: boolean, path: string, profile: string, text: string, native: boolean): void {
    if (this.served.get(profile)?.text === text) return;
    const { application, environment, servers } = this.target;
    let version = 0;
    for (const server of servers) {
      const deployed = native
        ? server.deployFeatureFlags(application, environment, profile, JSON.parse(text) as StoredDocument)
        : server.deploy(application, environment, profile, text, "application/json");
      version = deployed.version;
    }
    this.served.set(profile, { text, version });
    const kind = native ? "AWS.AppConfig.FeatureFlags profile" : "profile";
    say(io, quiet, `serving ${path} as ${kind} "${profile}" (version ${version})`);
    if (native && !this.splitNoticeGiven) {
      this.splitNoticeGiven = true;
      io.stdout.write(`${SPLIT_NOTICE}\n`);
    }
  }

  private reject(io: CliIo, path: string, profile: string): void {
    const served = this.served.get(profile);
    const keeping = served ? `still serving version ${served.version}` : "not served until it is valid";
    io.stderr.write(`flagtype: ${path} rejected; ${keeping}\n`);
  }
}
