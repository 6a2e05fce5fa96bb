/** `12.34 M`, `456.7 k`, `89`: operations per second at a glance. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

/** `×23.4` (or `×0.41`): how many times faster than the baseline. */
export function formatRatio(ratio: number): string {
  return `×${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}`;
}

/** `7,412 B (7.24 KiB)` */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString("en-US")} B (${(bytes / 1024).toFixed(2)} KiB)`;
}

/** `641 KiB` */
export function formatKiB(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString("en-US")} KiB`;
}

/** `0.76 s`: whole CLI runs. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** `±4%`: the spread between the slowest and fastest round, relative to the median. */
export function formatSpread(min: number, max: number, median: number): string {
  return `±${(((max - min) / 2 / median) * 100).toFixed(0)}%`;
}

export function passMark(passed: boolean): string {
  return passed ? "✅ met" : "❌ missed";
}
