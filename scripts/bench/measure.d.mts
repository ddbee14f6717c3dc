// Only what the unit tests use; the bench itself runs as plain JavaScript.
interface BenchPage {
  goto(url: string): Promise<unknown>;
  on(event: string, listener: (value: unknown) => void): void;
  waitForFunction(fn: unknown, arg: unknown, options: unknown): Promise<unknown>;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
}
interface BenchContext {
  route(matcher: unknown, handler: unknown): Promise<void>;
  newPage(): Promise<BenchPage>;
}
export function openPage(
  browser: { newContext(options: unknown): Promise<BenchContext> },
  url: string,
  options: { readyFlag: string; timeoutMs: number; firstVisit?: boolean },
): Promise<{ page: BenchPage; context: BenchContext; errors: string[]; readyAt: number }>;
