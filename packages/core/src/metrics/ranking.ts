import Decimal from 'decimal.js';

/**
 * Competition ranks ("1, 2, 2, 4") of values, best first: the highest, or the lowest where less is
 * better (days to close). Equal values share a rank; a missing value (a ratio with nothing to
 * divide) has no rank.
 */
export const rankValues = (values: readonly (string | null)[], higherIsBetter: boolean): (number | null)[] => {
  const present = values
    .map((value, index) => ({ value: value === null ? null : new Decimal(value), index }))
    .filter((entry): entry is { value: Decimal; index: number } => entry.value !== null)
    .sort((a, b) => (higherIsBetter ? b.value.comparedTo(a.value) : a.value.comparedTo(b.value)));
  const ranks: (number | null)[] = values.map(() => null);
  present.forEach((entry, position) => {
    const previous = present[position - 1];
    ranks[entry.index] = previous?.value.equals(entry.value) ? (ranks[previous.index] as number) : position + 1;
  });
  return ranks;
};

/**
 * The period to compare with. A month, quarter or year — whole or to date — is compared with the
 * one before, up to the same day of it ("1–25 November" with "1–25 October"); any other period
 * with as many days just before it. Days are YYYY-MM-DD.
 */
export const previousPeriod = (from: string, to: string): { from: string; to: string } => {
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const [year, month, date] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDate] = to.split('-').map(Number) as [number, number, number];
  for (const months of [1, 3, 12]) {
    const aligned = months === 1 || (months === 3 ? (month - 1) % 3 === 0 : month === 1);
    const periodEnd = Date.UTC(year, month - 1 + months, 1) - day;
    if (date !== 1 || !aligned || Date.parse(`${to}T00:00:00Z`) > periodEnd) continue;
    const start = Date.UTC(year, month - 1 - months, 1);
    const end = Date.UTC(year, month - 1, 1) - day;
    if (Date.parse(`${to}T00:00:00Z`) === periodEnd) return { from: iso(start), to: iso(end) };
    // The same month offset and day of month, within the period before (31 March → 28 February).
    const offset = (toYear - year) * 12 + (toMonth - month);
    const sameDay = Math.min(
      Date.UTC(year, month - 1 - months + offset, toDate),
      Date.UTC(year, month - months + offset, 0),
    );
    return { from: iso(start), to: iso(Math.min(sameDay, end)) };
  }
  const start = Date.parse(`${from}T00:00:00Z`);
  const length = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / day) + 1;
  return { from: iso(start - length * day), to: iso(start - day) };
};

/** One rep's line on a leaderboard. */
export interface RankedRep {
  rank: number | null;
  repId: string;
  repName: string;
  value: string | null;
  previousRank: number | null;
  previousValue: string | null;
}

/**
 * A leaderboard's lines: each rep with their value and rank now and in the period before, best
 * first; reps without a value last, by name.
 */
export const rankReps = (
  reps: readonly { id: string; name: string }[],
  values: readonly (string | null)[],
  previousValues: readonly (string | null)[],
  higherIsBetter: boolean,
): RankedRep[] => {
  const ranks = rankValues(values, higherIsBetter);
  const previousRanks = rankValues(previousValues, higherIsBetter);
  const rows = reps.map((rep, i) => ({
    rank: ranks[i] ?? null,
    repId: rep.id,
    repName: rep.name,
    value: values[i] ?? null,
    previousRank: previousRanks[i] ?? null,
    previousValue: previousValues[i] ?? null,
  }));
  return rows.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.repName.localeCompare(b.repName),
  );
};
