import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import {
  DatePickerInput,
  type DatePickerInputProps,
  DateTimePicker,
  type DateTimePickerProps,
  MonthPickerInput,
  type MonthPickerInputProps,
} from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const dayFormat = { en: 'D MMM YYYY', de: 'D. MMM YYYY' } as const;
const instantFormat = { en: 'D MMM YYYY, HH:mm', de: 'D. MMM YYYY, HH:mm' } as const;

const formatsFor = (language: string) => (language === 'de' ? 'de' : 'en');

interface DayInputProps extends Omit<DatePickerInputProps, 'value' | 'onChange' | 'type'> {
  /** A calendar day, YYYY-MM-DD, or null. */
  value?: string | null;
  onChange: (day: string | null) => void;
}

/** Pick a calendar day (YYYY-MM-DD, as the API takes it), shown in the reader's language. */
export const DayInput = ({ value, onChange, ...props }: DayInputProps) => {
  const { i18n } = useTranslation();
  const language = formatsFor(i18n.language);
  return (
    <DatePickerInput
      locale={language}
      firstDayOfWeek={1}
      valueFormat={dayFormat[language]}
      leftSection={<IconCalendar size={16} />}
      clearable
      {...props}
      value={value || null}
      onChange={(day) => onChange(day ? String(day).slice(0, 10) : null)}
    />
  );
};

interface DayRangeInputProps extends Omit<DatePickerInputProps<'range'>, 'value' | 'onChange' | 'type'> {
  value: [string | null, string | null];
  onChange: (range: [string | null, string | null]) => void;
}

/** Pick a range of calendar days; either end may stay open. */
export const DayRangeInput = ({ value, onChange, ...props }: DayRangeInputProps) => {
  const { i18n } = useTranslation();
  const language = formatsFor(i18n.language);
  return (
    <DatePickerInput
      type="range"
      locale={language}
      firstDayOfWeek={1}
      valueFormat={dayFormat[language]}
      leftSection={<IconCalendar size={16} />}
      allowSingleDateInRange
      clearable
      {...props}
      value={value}
      onChange={([from, to]) =>
        onChange([from ? String(from).slice(0, 10) : null, to ? String(to).slice(0, 10) : null])
      }
    />
  );
};

interface MonthRangeInputProps extends Omit<MonthPickerInputProps<'range'>, 'value' | 'onChange' | 'type'> {
  /** First and last month, YYYY-MM. */
  value: [string, string];
  onChange: (range: [string | null, string | null]) => void;
}

/** Pick a range of months (YYYY-MM), named in the reader's language. */
export const MonthRangeInput = ({ value, onChange, ...props }: MonthRangeInputProps) => {
  const { i18n } = useTranslation();
  return (
    <MonthPickerInput
      type="range"
      locale={formatsFor(i18n.language)}
      valueFormat="MMM YYYY"
      leftSection={<IconCalendar size={16} />}
      {...props}
      value={[`${value[0]}-01`, `${value[1]}-01`]}
      onChange={([from, to]) => onChange([from ? String(from).slice(0, 7) : null, to ? String(to).slice(0, 7) : null])}
    />
  );
};

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the picker holds it: local wall time, 'YYYY-MM-DD HH:mm:ss'. */
const toLocal = (iso: string | null): string | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:00`;
};

/** Local wall time back to an ISO instant in UTC. */
const toIso = (local: string | null): string | null => {
  if (!local) return null;
  const [day = '', time = '00:00:00'] = local.split(' ');
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month - 1, date, hours, minutes).toISOString();
};

interface InstantInputProps extends Omit<DateTimePickerProps, 'value' | 'onChange' | 'type'> {
  /** An ISO instant, or null. */
  value?: string | null;
  onChange: (iso: string | null) => void;
}

/** Pick a day and time in the browser's time zone; the value is an ISO instant. */
export const InstantInput = ({ value, onChange, ...props }: InstantInputProps) => {
  const { i18n } = useTranslation();
  const language = formatsFor(i18n.language);
  return (
    <DateTimePicker
      locale={language}
      firstDayOfWeek={1}
      valueFormat={instantFormat[language]}
      leftSection={<IconCalendar size={16} />}
      clearable
      {...props}
      value={toLocal(value ?? null)}
      onChange={(local) => onChange(toIso(local ? String(local) : null))}
    />
  );
};

/** Today in the browser's time zone, YYYY-MM-DD. */
export const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
