import { describe, expect, it } from 'vitest';
import { quotedList } from '../../src/format/list';

describe('quotedList', () => {
  const quote = (item: string) => `“${item}”`;
  const rest = (count: number) => `and ${count} more`;

  it('quotes a few items', () => {
    expect(quotedList(['a=1', 'b=2'], quote, rest)).toBe('“a=1”, “b=2”');
  });

  it('shows four and counts the rest', () => {
    expect(quotedList(['a', 'b', 'c', 'd', 'e', 'f'], quote, rest)).toBe('“a”, “b”, “c”, “d” and 2 more');
  });
});
