// Interface text uses the system's sans-serif font: characters from the "miscellaneous symbols and arrows"
// block or emoji are missing from common fonts (DejaVu, Noto Sans) and show as empty boxes. The CSV
// button's arrow (U+2B73) did; icons are drawn as SVG instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RISKY = /[\u{2B00}-\u{2BFF}\u{1F000}-\u{1FFFF}]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('interface glyphs', () => {
  it('no source file puts a character that common fonts lack into the interface', () => {
    const offenders = sourceFiles(join(__dirname, '../../src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter((l) => RISKY.test(l.text)),
    );
    expect(offenders).toEqual([]);
  });
});
