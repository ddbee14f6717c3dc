export function framesUntil(
  events: Array<{ name: string; ph?: string; ts: number; dur?: number }>,
  readyAtMs: number,
): { frames: number; ms: number; perFrame: number | null };
