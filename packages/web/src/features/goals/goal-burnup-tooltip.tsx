import { ColorSwatch, Group, getThemeColor, Paper, Text, useMantineTheme } from '@mantine/core';
import type { Goal } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import type { BurnupPoint } from './goal-burnup-data';
import { formatGoalValue } from './goal-format';

/** The colours of the burn-up's lines, as Mantine colour names. */
export interface BurnupColors {
  actual: string;
  expected: string;
  projection: string;
  target: string;
}

const Row = ({ color, name, value }: { color: string; name: string; value: string }) => (
  <Group gap="xs" justify="space-between" wrap="nowrap">
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={color} size={10} withShadow={false} />
      <Text size="sm">{name}</Text>
    </Group>
    <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {value}
    </Text>
  </Group>
);

/** One day of the burn-up in exact numbers: the actual, the pace line, and the projection with its likely range. */
export const BurnupTooltip = ({
  point,
  goal,
  target,
  colors,
}: {
  point: BurnupPoint | undefined;
  goal: Goal;
  target: number;
  colors: BurnupColors;
}) => {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  if (!point) return null;
  const color = (name: string) => getThemeColor(name, theme);
  const value = (amount: number) => formatGoalValue(amount.toFixed(4), goal);
  // Today's row only anchors the fan to the actual; its projection says nothing new.
  const projected = point.actual === null && point.projection !== null;
  return (
    <Paper withBorder shadow="md" radius="md" p="xs" miw={220} data-testid="goal-burnup-tooltip">
      <Text size="sm" fw={600} mb={4}>
        {point.label}
      </Text>
      {point.actual === null ? null : (
        <Row color={color(colors.actual)} name={t('goals.page.series.actual')} value={value(point.actual)} />
      )}
      <Row color={color(colors.expected)} name={t('goals.page.series.expected')} value={value(point.expected)} />
      {projected && point.projection !== null ? (
        <Row
          color={color(colors.projection)}
          name={t('goals.page.series.projection')}
          value={value(point.projection)}
        />
      ) : null}
      {projected && point.band ? (
        <Text size="xs" c="dimmed" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('goals.page.series.range')}: {value(point.band[0])} – {value(point.band[1])}
        </Text>
      ) : null}
      <Row color={color(colors.target)} name={t('goals.page.series.target')} value={value(target)} />
    </Paper>
  );
};
