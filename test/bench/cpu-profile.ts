/** The parts of a V8 `.cpuprofile` (from `node --cpu-prof`) that self time needs. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a function's code comes from, coarse enough to say where a cold start's time goes. */
export function categoryOf(functionName: string, url: string): string {
  if (url === "") {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (functionName === "(idle)") return "idle (waiting for I/O or timers)";
    return "V8 and native code (compiling, parsing, bindings)";
  }
  if (url.includes("undici")) return "undici (fetch)";
  if (url.startsWith("node:internal/modules") || url.startsWith("node:internal/vm")) return "Node.js module loading";
  if (url.startsWith("node:")) return "Node.js core (http, net, streams, timers…)";
  for (const scope of ["@aws-sdk", "@smithy", "@aws-lambda-powertools", "@aws-crypto"]) {
    if (url.includes(`/node_modules/${scope}/`)) return scope;
  }
  if (url.includes("/node_modules/")) return "other packages";
  return "the probe's bundle (flagtype runtime, generated module, handler)";
}

/**
 * Self time per category in milliseconds, largest first: each sample's time delta is charged to the
 * function on top of the stack, then functions are grouped by {@link categoryOf}.
 * @example selfTimeByCategory(JSON.parse(readFileSync("CPU.cpuprofile", "utf8")))
 */
export function selfTimeByCategory(profile: CpuProfile): [string, number][] {
  const categoryById = new Map(profile.nodes.map((node) => [node.id, categoryOf(node.callFrame.functionName, node.callFrame.url)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const category = categoryById.get(id) ?? "unknown";
    totals.set(category, (totals.get(category) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
