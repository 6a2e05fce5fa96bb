/** A clock a test moves; schedule predicates must read it on every call. */
export function movableClock(start: string): { clock: () => Date; set: (instant: string) => void } {
  let now = Date.parse(start);
  return {
    clock: () => new Date(now),
    set: (instant: string) => {
      now = Date.parse(instant);
    },
  };
}
