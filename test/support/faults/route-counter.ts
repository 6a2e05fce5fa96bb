/** Counts requests per route so tests can assert exactly how many calls reached the server. */
export class RouteCounter<Route extends string> {
  private readonly counts = new Map<Route, number>();

  record(route: Route): void {
    this.counts.set(route, this.count(route) + 1);
  }

  count(route: Route): number {
    return this.counts.get(route) ?? 0;
  }

  reset(): void {
    this.counts.clear();
  }
}
