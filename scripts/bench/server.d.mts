export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null;
export function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }>;
