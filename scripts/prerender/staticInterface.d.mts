import type { Plugin } from 'vite';

export function renderStaticInterfaces(options: { srcDir: string; dataDir: string }): Promise<string>;
export function staticInterface(options: { srcDir: string; dataDir: string }): Plugin;
