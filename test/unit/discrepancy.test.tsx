// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl';
import { I18nContext } from '../../src/i18n/useT';
import { DiscrepancyBadge } from '../../src/panels/common/Discrepancy';

describe('DiscrepancyBadge', () => {
  it('shows the stated figure, the computed one, and by how much and which way they differ', () => {
    render(<DiscrepancyBadge stated={64_000_000} computed={64_050_000} what="row “Kennispark”" />);
    const badge = screen.getByTestId('discrepancy');
    expect(badge.textContent).toContain('the source states €64,000,000, its parts add up to €64,050,000, €50,000 more than stated.');
  });

  it('says “less” when the parts come to less than the stated total', () => {
    render(<DiscrepancyBadge stated={14_100_000} computed={10_365_000} what="national column" />);
    expect(screen.getByTestId('discrepancy').textContent).toContain('€3,735,000 less than stated');
  });

  it('in Dutch, with Dutch money', () => {
    render(
      <I18nContext.Provider value={{ t: nl, ui: 'nl', lang: 'nl' }}>
        <DiscrepancyBadge stated={12_380_000} computed={12_430_000} what="regel „HTSP”" />
      </I18nContext.Provider>,
    );
    expect(screen.getByTestId('discrepancy').textContent?.replace(/\s/g, ' ')).toContain('€ 50.000 meer dan vermeld');
  });

  it('is not shown when the figures add up', () => {
    render(<DiscrepancyBadge stated={5_000_000} computed={5_000_000} what="row" />);
    expect(screen.queryByTestId('discrepancy')).toBeNull();
  });
});
