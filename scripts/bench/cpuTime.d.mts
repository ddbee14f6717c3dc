export const ROLES: string[];
export function cpuMsOfStat(stat: string): number;
export function roleOf(processType: string | null, threadName: string): string;
export function chromiumThreads(procRoot?: string): Map<string, { role: string; ms: number }> | null;
export function cpuBetween(before: Map<string, { role: string; ms: number }>, after: Map<string, { role: string; ms: number }>): Record<string, number>;
