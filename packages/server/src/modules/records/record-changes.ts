/** What an edit changed, field by field, for the audit log and the record's timeline. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `input` whose value differs from `before`. */
export const changedFields = (before: Record<string, unknown>, input: Record<string, unknown>): FieldChanges => {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!same(before[field], value)) changes[field] = { from: before[field] ?? null, to: value };
  }
  return changes;
};
