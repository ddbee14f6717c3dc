import { afterEach } from 'vitest';

// Files that render (in jsdom) unmount what they rendered after each test.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
