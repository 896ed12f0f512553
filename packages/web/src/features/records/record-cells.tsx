import { Avatar, Badge, Group, type MantineColor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate, formatDay, formatMoney, initialsOf } from '../../lib/format';

/** The name of a row (a link to the record) with a quiet second line. */
export const NameCell = ({ title, subtitle, badge }: { title: ReactNode; subtitle?: ReactNode; badge?: ReactNode }) => (
  <Stack gap={0} miw={0}>
    <Group gap={6} wrap="nowrap" miw={0}>
      <Text size="sm" fw={600} truncate component="div" miw={0}>
        {title}
      </Text>
      {badge}
    </Group>
    {subtitle ? (
      <Text size="xs" c="dimmed" truncate component="div">
        {subtitle}
      </Text>
    ) : null}
  </Stack>
);

// Cells are functions, not components: an empty value gives null, so a phone card can leave it out.

/** A person: small initials and the name. */
export const personCell = (name: string | null | undefined): ReactNode =>
  name ? (
    <Group gap={6} wrap="nowrap" miw={0}>
      <Avatar size={22} radius="xl" color="pacer" variant="light" fz={10}>
        {initialsOf(name)}
      </Avatar>
      <Text size="sm" truncate>
        {name}
      </Text>
    </Group>
  ) : null;

export const moneyCell = (amount: string | null | undefined, currency: string): ReactNode =>
  amount ? (
    <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatMoney(amount, currency)}
    </Text>
  ) : null;

export const dateCell = (iso: string | null | undefined): ReactNode =>
  iso ? (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {formatDate(iso)}
    </Text>
  ) : null;

export const dayCell = (day: string | null | undefined): ReactNode =>
  day ? (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatDay(day)}
    </Text>
  ) : null;

export const textCell = (text: string | null | undefined): ReactNode =>
  text ? (
    <Text size="sm" truncate>
      {text}
    </Text>
  ) : null;

/** A word from a vocabulary (a status, a source) as a small coloured badge. */
export const VocabBadge = ({
  label,
  color,
  variant = 'light',
}: {
  label: string;
  color: MantineColor;
  variant?: 'light' | 'dot' | 'outline';
}) => (
  // The label never shrinks to an ellipsis: a table column makes room for it.
  <Badge color={color} variant={variant} size="sm" style={{ flex: 'none' }} styles={{ label: { overflow: 'visible' } }}>
    {label}
  </Badge>
);
