// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stepSources } from '../../src/tour/handout';
import { TourHandout } from '../../src/tour/TourHandout';

const page = (n: number, caption = `Caption ${n}`) => ({ stepId: `s${n}`, title: `Step title ${n}`, caption, sources: `002_x.txt — Section ${n}`, image: `blob:${n}` });

describe('TourHandout', () => {
  it('lays out a page per step, numbered, with its image, caption and sources, then asks to print', async () => {
    const onShown = vi.fn();
    render(<TourHandout tourTitle="Twente: four top locations" pages={[page(1), page(2)]} onShown={onShown} />);
    const sections = screen.getByTestId('handout').querySelectorAll('section');
    expect(sections).toHaveLength(2);
    expect(sections[1]!.textContent).toContain('Twente: four top locations · Step 2 of 2');
    expect(screen.getByRole('img', { name: 'Step title 2' }).getAttribute('src')).toBe('blob:2');
    expect(sections[0]!.querySelector('.handout__source')!.textContent).toBe('Source: 002_x.txt — Section 1');
    await waitFor(() => expect(onShown).toHaveBeenCalledTimes(1));
  });

  it('renders text as text', () => {
    render(<TourHandout tourTitle="<b>t</b>" pages={[page(1, '<img src=x onerror=alert(1)>')]} onShown={() => undefined} />);
    expect(screen.getByTestId('handout').querySelectorAll('img')).toHaveLength(1);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('stepSources', () => {
  it('names each source by its document’s title, publisher and year, then section and row, never by file', () => {
    const text = stepSources(
      [
        { doc: '002_a3a0aeb9e6c1e11b.txt', section: 'Budget', row: 'Kennispark' },
        { doc: '000_503dbaa95093a825.txt', section: 'Context' },
      ],
      'en',
    );
    expect(text).toBe(
      'Regio Deal Twente — project proposals (Regio Twente / Twente Board, 2019): Budget (Kennispark); Annual report 2019, performance 5.1.2 Top work locations (Provincie Overijssel, 2019): Context',
    );
    expect(text).not.toMatch(/\.txt/);
  });
});
