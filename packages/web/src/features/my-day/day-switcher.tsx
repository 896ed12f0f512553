import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shiftDay } from '../call-reports/local-day';

interface DaySwitcherProps {
  day: string;
  today: string;
  onChange: (day: string) => void;
}

/** Step a day back or on, pick any day, or jump back to today; never past today. */
export const DaySwitcher = ({ day, today, onChange }: DaySwitcherProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        size={48}
        radius="md"
        onClick={() => onChange(shiftDay(day, -1))}
        aria-label={t('myDay.previousDay')}
      >
        <IconChevronLeft size={22} />
      </ActionIcon>
      <TextInput
        type="date"
        size="lg"
        aria-label={t('myDay.pickDay')}
        value={day}
        max={today}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          if (picked) onChange(picked > today ? today : picked);
        }}
        style={{ flex: 1, minWidth: 0 }}
        data-testid="day-picker"
      />
      <ActionIcon
        variant="default"
        size={48}
        radius="md"
        onClick={() => onChange(shiftDay(day, 1))}
        disabled={day >= today}
        aria-label={t('myDay.nextDay')}
      >
        <IconChevronRight size={22} />
      </ActionIcon>
      {day !== today ? (
        <Button variant="light" size="lg" px="sm" onClick={() => onChange(today)}>
          {t('myDay.today')}
        </Button>
      ) : null}
    </Group>
  );
};
