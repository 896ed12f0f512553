/** The periods a leaderboard offers, each to date (ending today); days in the browser's calendar. */
export const leaderboardPeriods = ['week', 'month', 'quarter', 'year'] as const;
export type LeaderboardPeriod = (typeof leaderboardPeriods)[number];

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The week (from Monday), month, quarter or year to date: compared by the server with the period
 * before up to the same day, so a half-run month does not lose to a whole one.
 */
export const periodRange = (period: LeaderboardPeriod, today = new Date()): { from: string; to: string } => {
  const y = today.getFullYear();
  const m = today.getMonth();
  const to = iso(today);
  switch (period) {
    case 'week':
      return { from: iso(new Date(y, m, today.getDate() - ((today.getDay() + 6) % 7))), to };
    case 'month':
      return { from: iso(new Date(y, m, 1)), to };
    case 'quarter':
      return { from: iso(new Date(y, m - (m % 3), 1)), to };
    case 'year':
      return { from: iso(new Date(y, 0, 1)), to };
  }
};
