import type { Clock } from "../../../generator/cli-kit/clock.js";

/**
 * A clock that only moves when slept on: each sleep advances it at once, so waiting commands run
 * in no real time and take the same steps on any machine. Alarms fire when the time reaches them
 * (a sleep that an alarm's abort interrupts ends at the alarm).
 */
export class VirtualClock implements Clock {
  private time = 0;
  /** Every sleep asked for, in milliseconds. */
  readonly sleeps: number[] = [];
  private alarms: { readonly at: number; readonly run: () => void }[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    const until = this.time + ms;
    while (!signal?.aborted) {
      const next = this.alarms.filter((alarm) => alarm.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) {
        this.time = until;
        break;
      }
      this.alarms = this.alarms.filter((alarm) => alarm !== next);
      this.time = Math.max(this.time, next.at);
      next.run();
    }
    // A real sleep never resolves synchronously; neither does this one.
    await Promise.resolve();
  }

  /** Runs `run` when the clock reaches `ms`. */
  at(ms: number, run: () => void): void {
    this.alarms.push({ at: ms, run });
  }
}
