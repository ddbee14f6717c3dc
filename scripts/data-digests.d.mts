import type { Plugin } from 'vite';
import type { DataFile } from '../src/data/files';

export const DATA_DIGESTS_MODULE: string;
export interface DataChecker {
  parseAtlasData(texts: Record<DataFile, string>): unknown;
  DATA_FILES: readonly DataFile[];
  DataError: new (problems: string[]) => Error & { problems: string[] };
}
export function loadChecker(): Promise<DataChecker>;
export function checkedDigests(checker: DataChecker, files: Record<DataFile, Buffer>): Record<DataFile, string>;
export function dataDigests(dataDir: string): Plugin;
