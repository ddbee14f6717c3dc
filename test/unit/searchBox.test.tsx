// @vitest-environment jsdom
// The search box: the index is built when the box is first used (not with the page), and typing finds.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as searchModule from '../../src/data/search';
import { SearchBox } from '../../src/panels/SearchBox';
import { loadAtlas } from './fixtures';

vi.mock('../../src/data/search', async (importOriginal) => {
  const original = await importOriginal<typeof searchModule>();
  return { ...original, buildSearchIndex: vi.fn(original.buildSearchIndex) };
});

const data = loadAtlas();

describe('search box', () => {
  it('builds its index on first use only, then finds a site by part of its name and picks it with Enter', () => {
    const build = vi.mocked(searchModule.buildSearchIndex);
    build.mockClear();
    const onPick = vi.fn();
    render(<SearchBox data={data} onPick={onPick} />);
    expect(build).not.toHaveBeenCalled();

    const box = screen.getByRole('combobox');
    fireEvent.focus(box);
    expect(build).toHaveBeenCalledTimes(1);
    fireEvent.change(box, { target: { value: 'Kennisp' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContainEqual(expect.stringContaining('Kennispark Twente'));
    fireEvent.change(box, { target: { value: 'Kennispark Tw' } });
    expect(build).toHaveBeenCalledTimes(1);

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'site', id: 'kennispark-twente' });
  });
});
