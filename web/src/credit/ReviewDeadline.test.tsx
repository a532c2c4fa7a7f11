import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLocale } from '../test/render';
import { ReviewDeadline } from './ReviewDeadline';

// The days left are the server's (China days); the component only shows them.
const pending = { status: 'pending' as const, reviewDueOn: '2027-03-12', overdue: false };

describe('ReviewDeadline — the review deadline as the server counted it', () => {
  it('marks a deadline due soon with the server’s days left', () => {
    renderWithLocale(<ReviewDeadline application={{ ...pending, reviewDaysLeft: 2 }} />);
    expect(screen.getByTestId('review-deadline').textContent).toBe('2027-03-12剩 2 天');
  });
  it('shows only the day while it is further off, and “overdue” when the server says so', () => {
    const { rerender } = renderWithLocale(<ReviewDeadline application={{ ...pending, reviewDaysLeft: 9 }} />);
    expect(screen.getByTestId('review-deadline').textContent).toBe('2027-03-12');
    rerender(<ReviewDeadline application={{ ...pending, reviewDaysLeft: -1, overdue: true }} />);
    expect(screen.getByTestId('review-deadline').textContent).toBe('2027-03-12已逾期');
    expect(screen.getByTestId('review-deadline').getAttribute('data-overdue')).toBe('true');
  });
  it('says the application is not accepted yet when it has no deadline', () => {
    renderWithLocale(<ReviewDeadline application={{ status: 'awaiting-proof', reviewDueOn: null, reviewDaysLeft: null, overdue: false }} />);
    expect(screen.getByText('材料未齐，未受理')).toBeTruthy();
  });
});
