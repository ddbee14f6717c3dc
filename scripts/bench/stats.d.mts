export function ratioInterval(
  app: readonly number[],
  bare: readonly number[],
  options?: { level?: number; resamples?: number; seed?: number },
): { low: number; high: number; level: number };
