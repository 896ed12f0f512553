import type { ImportField, ImportJob, ImportMapping } from '@pacer/core';

/** The mapping to start from: the server's suggestion, else every column skipped. */
export const initialMapping = (job: ImportJob): ImportMapping => ({
  columns: Object.fromEntries(job.headers.map((header) => [header, job.mapping?.columns[header] ?? null])),
  valueMaps: job.mapping?.valueMaps ?? {},
  defaults: job.mapping?.defaults ?? {},
  dateFormat: job.mapping?.dateFormat ?? 'iso',
});

/** Required fields that neither a column nor a value for all rows fills. */
export const missingRequired = (fields: ImportField[], mapping: ImportMapping): ImportField[] => {
  const mapped = new Set(Object.values(mapping.columns).filter(Boolean));
  return fields.filter((field) => field.required && !mapped.has(field.key) && !mapping.defaults[field.key]?.trim());
};

/** Fields two or more columns claim. */
export const duplicateFields = (mapping: ImportMapping): string[] => {
  const counts = new Map<string, number>();
  for (const key of Object.values(mapping.columns)) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([key]) => key);
};

/** A cell as the import will read it: replaced by a value map, else the default when empty. */
export const mappedValue = (mapping: ImportMapping, field: string, raw: string | undefined): string => {
  const value = (raw ?? '').trim();
  const replaced = mapping.valueMaps[field]?.[value] ?? value;
  return replaced === '' ? (mapping.defaults[field] ?? '') : replaced;
};

/** The mapping with one more value replacement for a field. */
export const withValueMap = (mapping: ImportMapping, field: string, from: string, to: string): ImportMapping => ({
  ...mapping,
  valueMaps: { ...mapping.valueMaps, [field]: { ...(mapping.valueMaps[field] ?? {}), [from]: to } },
});

/** The mapping without one value replacement. */
export const withoutValueMap = (mapping: ImportMapping, field: string, from: string): ImportMapping => {
  const { [from]: _removed, ...rest } = mapping.valueMaps[field] ?? {};
  const valueMaps = { ...mapping.valueMaps, [field]: rest };
  if (Object.keys(rest).length === 0) delete valueMaps[field];
  return { ...mapping, valueMaps };
};

/** The mapping with a value for all rows set, or removed when empty. */
export const withDefault = (mapping: ImportMapping, field: string, value: string | null): ImportMapping => {
  const defaults = { ...mapping.defaults };
  if (value === null) delete defaults[field];
  else defaults[field] = value;
  return { ...mapping, defaults };
};
