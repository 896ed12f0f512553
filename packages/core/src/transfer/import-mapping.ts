import type { ImportMapping, ImportPreset, ImportRowIssue } from '../contracts/imports';
import type { FieldIssue } from '../errors';
import {
  type CellResult,
  type DateOrder,
  normalizeWord,
  parseAmountCell,
  parseBooleanCell,
  parseChoiceCell,
  parseDateCell,
  parseDateTimeCell,
  parseDurationCell,
  parseEmailCell,
  parseIntegerCell,
  parseTimeCell,
} from './cell-values';
import type { ImportFieldSpec } from './import-fields';
import { unquoteSpreadsheetText } from './spreadsheet-safe';

/** The first problems of a file (at most `limit` kept) and how many there are in all. */
export class IssueList {
  readonly issues: ImportRowIssue[] = [];
  count = 0;
  constructor(readonly limit = 200) {}
  add(issue: ImportRowIssue) {
    this.count++;
    if (this.issues.length < this.limit) this.issues.push(issue);
  }
}

/** A column mapping for the headers: the preset's where it knows them, else a field whose name matches. */
export const suggestMapping = (
  fields: readonly ImportFieldSpec[],
  headers: readonly string[],
  preset: ImportPreset | null,
): Record<string, string | null> => {
  const fromPreset = new Map(Object.entries(preset?.columns ?? {}).map(([h, key]) => [h.trim().toLowerCase(), key]));
  const byName = new Map<string, string>();
  for (const field of fields) {
    for (const name of [field.label, field.key]) {
      const word = normalizeWord(name);
      if (!byName.has(word)) byName.set(word, field.key);
    }
  }
  const taken = new Set<string>();
  const mapping: Record<string, string | null> = {};
  for (const header of headers) {
    const key = fromPreset.get(header.trim().toLowerCase()) ?? byName.get(normalizeWord(header)) ?? null;
    mapping[header] = key && !taken.has(key) ? key : null;
    if (key) taken.add(key);
  }
  return mapping;
};

export interface MappingContext {
  dateFormat: DateOrder;
  /** Today in the org's time zone, for fields that default to it. */
  today: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CellReader = (raw: string) => CellResult;

const plainWhole = /^\d{1,9}$/;

/**
 * A field's cell reader, made once per import: choices are matched through a prepared table and
 * plain whole numbers skip the amount parser, since a big file reads millions of cells.
 */
export const cellReader = (field: ImportFieldSpec, order: DateOrder): CellReader => {
  if (field.type === 'enum') {
    const names = new Map<string, string>();
    for (const option of field.options ?? []) names.set(normalizeWord(option), option);
    for (const [option, aliases] of Object.entries(field.aliases ?? {})) {
      for (const alias of aliases) if (!names.has(normalizeWord(alias))) names.set(normalizeWord(alias), option);
    }
    const exact = new Map((field.options ?? []).map((o) => [o, o]));
    const failure: CellResult = { ok: false, message: `Not one of: ${(field.options ?? []).join(', ')}` };
    return (raw) => {
      const option = exact.get(raw) ?? names.get(normalizeWord(raw));
      return option ? { ok: true, value: option } : failure;
    };
  }
  if (field.type === 'number' && field.key !== 'durationMinutes') {
    const [min, max] = field.range ?? [0, 2_147_483_647];
    return (raw) => {
      if (plainWhole.test(raw)) {
        const value = Number(raw);
        if (value >= min && value <= max) return { ok: true, value: String(value) };
      }
      return readCell(field, raw, order);
    };
  }
  return (raw) => readCell(field, raw, order);
};

/** Reads one cell of a field into the text Pacer stages for it. */
export const readCell = (field: ImportFieldSpec, raw: string, order: DateOrder): CellResult => {
  switch (field.type) {
    case 'email':
      return parseEmailCell(raw);
    case 'enum':
      return parseChoiceCell(raw, field.options ?? [], field.aliases);
    case 'number':
      return field.key === 'durationMinutes'
        ? parseDurationCell(raw)
        : parseIntegerCell(raw, field.range?.[0], field.range?.[1]);
    case 'amount':
      return parseAmountCell(raw);
    case 'date':
      return parseDateCell(raw, order);
    case 'datetime':
      return parseDateTimeCell(raw, order);
    case 'boolean':
      return parseBooleanCell(raw);
    default: {
      if (field.key === 'id')
        return uuidPattern.test(raw)
          ? { ok: true, value: raw.toLowerCase() }
          : { ok: false, message: 'Not a Pacer ID' };
      if (field.key === 'currency') {
        const code = raw.toUpperCase();
        return /^[A-Z]{3}$/.test(code)
          ? { ok: true, value: code }
          : { ok: false, message: 'Not a currency code like USD' };
      }
      if (field.key === 'scheduledTime') return parseTimeCell(raw);
      const max = field.max ?? 300;
      return raw.length > max ? { ok: false, message: `At most ${max} characters` } : { ok: true, value: raw };
    }
  }
};

/** Turns file rows into the values an import stages, one array per row in the order of `fields`. */
export interface RowMapper {
  /** The record fields the import fills (mapped, defaulted or derived), in staging order. */
  fields: ImportFieldSpec[];
  /** Custom fields it fills; their values travel together as one JSON object after the fields. */
  customFields: ImportFieldSpec[];
  /** The values of one row (null where empty or unreadable); problems go to `issues`. */
  map(cells: readonly string[], row: number, issues: IssueList): (string | null)[];
}

interface Slot {
  field: ImportFieldSpec;
  read?: CellReader;
  column: number;
  header: string | null;
  valueMap: Map<string, string> | null;
  fallback: string | null;
}

const derivedFrom: Record<string, string[]> = { lastName: ['fullName'], name: [], estimateDate: [] };

const splitName = (full: string): [string | null, string] => {
  const parts = full.trim().split(/\s+/);
  const last = parts.pop() ?? '';
  return [parts.length ? parts.join(' ') : null, last];
};

/**
 * Checks a mapping against the file's headers and the record type's fields, and compiles it into a
 * row mapper. Mapping mistakes come back as field issues (`columns.<header>`, `defaults.<key>`).
 */
export const compileMapping = (
  allFields: readonly ImportFieldSpec[],
  headers: readonly string[],
  mapping: ImportMapping,
  context: MappingContext,
): { mapper: RowMapper; problems: FieldIssue[] } => {
  const problems: FieldIssue[] = [];
  const byKey = new Map(allFields.map((f) => [f.key, f]));
  const slots = new Map<string, Slot>();
  for (const [header, key] of Object.entries(mapping.columns)) {
    if (key === null) continue;
    const column = headers.indexOf(header);
    const field = byKey.get(key);
    if (column < 0) problems.push({ path: `columns.${header}`, message: 'The file has no such column' });
    else if (!field) problems.push({ path: `columns.${header}`, message: `Unknown field "${key}"` });
    else if (slots.has(key))
      problems.push({ path: `columns.${header}`, message: `Another column fills ${field.label}` });
    else slots.set(key, { field, column, header, valueMap: null, fallback: null });
  }
  for (const [key, value] of Object.entries(mapping.defaults)) {
    const field = byKey.get(key);
    if (!field) {
      problems.push({ path: `defaults.${key}`, message: 'Unknown field' });
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    const read = readCell(field, text, mapping.dateFormat);
    if (!read.ok) problems.push({ path: `defaults.${key}`, message: read.message });
    const slot = slots.get(key) ?? { field, column: -1, header: null, valueMap: null, fallback: null };
    slot.fallback = text;
    slots.set(key, slot);
  }
  for (const [key, map] of Object.entries(mapping.valueMaps)) {
    const slot = slots.get(key);
    if (!byKey.has(key)) problems.push({ path: `valueMaps.${key}`, message: 'Unknown field' });
    else if (!slot) problems.push({ path: `valueMaps.${key}`, message: 'No column fills this field' });
    else {
      slot.valueMap = new Map();
      for (const [from, to] of Object.entries(map)) {
        slot.valueMap.set(from.trim(), to);
        const lower = from.trim().toLowerCase();
        if (!slot.valueMap.has(lower)) slot.valueMap.set(lower, to);
      }
    }
  }
  for (const field of allFields) {
    if (!field.required || slots.has(field.key)) continue;
    const sources = derivedFrom[field.key];
    if (field.derived && sources && (sources.length === 0 || sources.some((s) => slots.has(s)))) continue;
    problems.push({ path: 'columns', message: `Map a column to ${field.label} or give it a default` });
  }
  // Derived fields are staged even when no column fills them; a full name fills the first name too.
  for (const field of allFields) {
    const fromFullName = field.key === 'firstName' && slots.has('fullName');
    if ((field.derived || fromFullName) && !slots.has(field.key)) {
      slots.set(field.key, { field, column: -1, header: null, valueMap: null, fallback: null });
    }
  }
  const all = allFields.filter((f) => slots.has(f.key)).map((f) => slots.get(f.key) as Slot);
  const plain = all.filter((s) => !s.field.key.startsWith('custom.'));
  const custom = all.filter((s) => s.field.key.startsWith('custom.'));
  const index = new Map(plain.map((s, i) => [s.field.key, i]));
  const at = (key: string) => index.get(key) ?? -1;
  const iLast = at('lastName');
  const iFirst = at('firstName');
  const iFull = at('fullName');
  const iName = at('name');
  const iAccount = at('account');
  const iProduct = at('product');
  const iExternal = at('externalId');
  const iDate = at('estimateDate');
  const iScheduled = at('scheduledAt');
  const iTime = at('scheduledTime');
  const order = mapping.dateFormat;
  for (const slot of all) slot.read = cellReader(slot.field, order);

  const rawOf = (slot: Slot, cells: readonly string[]) => {
    let raw = slot.column >= 0 ? unquoteSpreadsheetText((cells[slot.column] ?? '').trim()) : '';
    if (slot.valueMap) {
      const mapped = slot.valueMap.get(raw) ?? slot.valueMap.get(raw.toLowerCase());
      if (mapped !== undefined) raw = mapped.trim();
    }
    return raw === '' && slot.fallback !== null ? slot.fallback : raw;
  };

  const map = (cells: readonly string[], row: number, issues: IssueList): (string | null)[] => {
    const values: (string | null)[] = new Array(plain.length + (custom.length ? 1 : 0)).fill(null);
    const raws: string[] = new Array(plain.length);
    for (let i = 0; i < plain.length; i++) {
      const slot = plain[i] as Slot;
      const raw = rawOf(slot, cells);
      raws[i] = raw;
      if (raw === '') continue;
      const read = (slot.read as CellReader)(raw);
      if (read.ok) values[i] = read.value;
      else issues.add({ row, field: slot.field.key, column: slot.header, value: raw, message: read.message });
    }
    // Values other fields give when a row leaves these empty.
    if (iLast >= 0 && values[iLast] === null && iFull >= 0 && values[iFull]) {
      const [first, last] = splitName(values[iFull] as string);
      values[iLast] = last;
      if (iFirst >= 0 && values[iFirst] === null) values[iFirst] = first;
    }
    if (iName >= 0 && values[iName] === null) {
      const parts = [iAccount >= 0 ? raws[iAccount] : '', iProduct >= 0 ? raws[iProduct] : ''].filter(Boolean);
      const name = parts.length ? parts.join(' – ') : iExternal >= 0 ? (values[iExternal] ?? null) : null;
      values[iName] = name ? name.slice(0, 200) : null;
    }
    if (iDate >= 0 && values[iDate] === null) values[iDate] = context.today;
    if (iTime >= 0 && iScheduled >= 0 && values[iTime] && values[iScheduled]?.endsWith(' 00:00:00')) {
      values[iScheduled] = `${(values[iScheduled] as string).slice(0, 10)} ${values[iTime]}`;
    }
    for (let i = 0; i < plain.length; i++) {
      const slot = plain[i] as Slot;
      if (slot.field.required && values[i] === null && raws[i] === '') {
        issues.add({
          row,
          field: slot.field.key,
          column: slot.header,
          value: null,
          message: `${slot.field.label} is required`,
        });
      }
    }
    if (custom.length) {
      const object: Record<string, string | number | boolean | null> = {};
      for (const slot of custom) {
        const raw = rawOf(slot, cells);
        const key = slot.field.key.slice('custom.'.length);
        if (raw === '') {
          object[key] = null;
          continue;
        }
        const read = (slot.read as CellReader)(raw);
        if (!read.ok) {
          issues.add({ row, field: slot.field.key, column: slot.header, value: raw, message: read.message });
          continue;
        }
        object[key] =
          slot.field.type === 'boolean'
            ? read.value === 't'
            : slot.field.type === 'amount'
              ? Number(read.value)
              : read.value;
      }
      values[plain.length] = JSON.stringify(object);
    }
    return values;
  };

  return { mapper: { fields: plain.map((s) => s.field), customFields: custom.map((s) => s.field), map }, problems };
};
