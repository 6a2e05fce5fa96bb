import type { Argv, Options } from "yargs";
import type { LoopbackServer } from "./servers/loopback-server.js";
import { booleanArgument, directoryArgument, stringArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, UsageError, type CliCommand, type CliIo, type ExitCode, type ParsedArguments } from "../../cli-kit/cli-command.js";
import { say } from "../../cli-kit/report.js";
import { serveBanner } from "./serve-banner.js";
import { FLAGS_OPTION, QUIET_OPTION } from "../../cli-kit/shared-options.js";
import { watchUntilStopped } from "../../cli-kit/watch-until-stopped.js";

/** The AppConfig agent's (and Lambda extension's) port, so `AppConfigAgentStore` finds it without settings. */
export const DEFAULT_AGENT_PORT = 2772;
export const DEFAULT_DATA_API_PORT = 2773;
export const DEFAULT_POLL_INTERVAL_SECONDS = 5;

const portOption = (port: number, what: string): Options => ({
  type: "number",
  requiresArg: true,
  default: port,
  describe: `Port of the ${what} on 127.0.0.1 (0: any free port)`,
});

/**
 * `flagtype serve`: the flags files over the AppConfig data API and the agent paths on 127.0.0.1,
 * reloaded on change; an invalid edit is rejected with diagnostics and the last valid version stays served.
 * @example await runCli(["serve", "--port", "0", "--agent-port", "0"], { ...io, signal }) // until signal aborts
 */
export const serveCommand: CliCommand = {
  command: "serve",
  describe: "Serve the flags files locally over the AppConfig data API and agent paths, reloading on change",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("flags", FLAGS_OPTION)
      .option("port", portOption(DEFAULT_DATA_API_PORT, "AppConfig data API (AWS_ENDPOINT_URL_APPCONFIGDATA)"))
      .option("agent-port", portOption(DEFAULT_AGENT_PORT, "AppConfig agent paths (AWS_APPCONFIG_EXTENSION_HTTP_PORT)"))
      .option("application", { type: "string", requiresArg: true, default: "local", describe: "AppConfig application name to serve under" })
      .option("environment", { type: "string", requiresArg: true, default: "local", describe: "AppConfig environment name to serve under" })
      .option("poll-interval", {
        type: "number",
        requiresArg: true,
        default: DEFAULT_POLL_INTERVAL_SECONDS,
        describe: "Seconds announced as NextPollIntervalInSeconds (clients wait this long between polls)",
      })
      .option("quiet", { ...QUIET_OPTION, describe: "Print errors only, and the start banner (with --port 0 the only way to learn the ports)" })
      .example("$0 serve", "flags/<profile>.json on 127.0.0.1:2773 (data API) and :2772 (agent)")
      .example("$0 serve --application shop --environment dev --poll-interval 1", "match your configuration; fast reloads"),
  run: async (args, io) => {
    const settings = serveSettings(args, io);
    const { startAppConfigAgentServer, startAppConfigDataServer } = await import("./servers/index.js");
    const started: LoopbackServer[] = [];
    try {
      const data = await startAppConfigDataServer({ port: settings.port, defaultPollIntervalSeconds: settings.pollIntervalSeconds });
      started.push(data);
      const agent = await startAppConfigAgentServer({ port: settings.agentPort });
      started.push(agent);
      const { ServedFlags } = await import("./served-flags.js");
      const served = new ServedFlags(settings.flags, { ...settings, servers: [data, agent] });
      await served.reload(io, settings.quiet);
      if (served.count === 0) {
        io.stderr.write(`flagtype: no valid flags file to serve in ${settings.flags.display}\n`);
        return EXIT_CODES.findings;
      }
      const endpoints = { ...settings, flagsDisplay: settings.flags.display, dataApiUrl: data.url, agentUrl: agent.url, agentPort: agent.port };
      io.stdout.write(`${serveBanner(endpoints)}\n`);
      return await watchAndServe(settings, io, () => served.reload(io, settings.quiet));
    } catch (error) {
      if (!isListenError(error)) throw error;
      io.stderr.write(`flagtype: cannot listen on 127.0.0.1:${error.port ?? "?"}: ${error.code} (choose another with --port / --agent-port)\n`);
      return EXIT_CODES.findings;
    } finally {
      await Promise.all(started.map((server) => server.close()));
    }
  },
};

interface ServeSettings {
  readonly flags: ReturnType<typeof directoryArgument>;
  readonly port: number;
  readonly agentPort: number;
  readonly application: string;
  readonly environment: string;
  readonly pollIntervalSeconds: number;
  readonly quiet: boolean;
}

function serveSettings(args: ParsedArguments, io: CliIo): ServeSettings {
  return {
    flags: directoryArgument(args, "flags", io.cwd),
    port: integerArgument(args, "port", 0, 65_535),
    agentPort: integerArgument(args, "agent-port", 0, 65_535),
    application: stringArgument(args, "application"),
    environment: stringArgument(args, "environment"),
    pollIntervalSeconds: integerArgument(args, "poll-interval", 1, 86_400),
    quiet: booleanArgument(args, "quiet"),
  };
}

async function watchAndServe(settings: ServeSettings, io: CliIo, reload: () => Promise<void>): Promise<ExitCode> {
  const code = await watchUntilStopped(settings.flags, io, settings.quiet, reload);
  if (code === EXIT_CODES.ok) say(io, settings.quiet, "flagtype serve: stopped");
  return code;
}

function integerArgument(args: ParsedArguments, name: string, min: number, max: number): number {
  const value = args[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function isListenError(error: unknown): error is { code: string; port?: number } {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return code === "EADDRINUSE" || code === "EACCES";
}
