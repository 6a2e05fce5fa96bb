import { watch } from "node:fs";

/** Quiet time after the last change before regenerating: editors save in several steps. */
export const WATCH_DEBOUNCE_MS = 100;

/**
 * Calls `onChange` after `.json` files in `directory` change (debounced, one run at a time)
 * until `signal` aborts; resolves with the error instead if watching fails.
 * @example await watchDirectory("flags", regenerate, controller.signal);
 */
export function watchDirectory(
  directory: string,
  onChange: () => Promise<unknown>,
  signal: AbortSignal | undefined,
  debounceMs = WATCH_DEBOUNCE_MS,
): Promise<Error | undefined> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const stop = (result: Error | undefined): void => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      watcher?.close();
      signal?.removeEventListener("abort", onAbort);
      void running.then(() => resolve(result));
    };
    const onAbort = (): void => stop(undefined);
    const run = (): void => {
      running = running.then(onChange).catch((error: unknown) => stop(asError(error)));
    };
    let watcher: ReturnType<typeof watch> | undefined;
    try {
      watcher = watch(directory, (_event, fileName) => {
        if (stopped || (fileName !== null && !fileName.endsWith(".json"))) return;
        clearTimeout(timer);
        timer = setTimeout(run, debounceMs);
      });
      watcher.on("error", (error) => stop(error));
    } catch (error) {
      stop(asError(error));
      return;
    }
    if (signal?.aborted) stop(undefined);
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
