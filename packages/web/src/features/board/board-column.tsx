import { useDroppable } from '@dnd-kit/core';
import { Badge, Box, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { Board, Deal } from '@pacer/core';
import { IconThumbDown, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './board.module.css';
import { formatAmounts } from './board-format';
import type { BoardStage } from './use-move-deal';

type Column = Board['columns'][number];

/** The head of a column: stage name, win probability, how many deals and what they are worth. */
export const ColumnHeader = ({ column }: { column: Column }) => {
  const { t } = useTranslation();
  const { stage } = column;
  return (
    <Stack gap={6} px="sm" pt="sm" pb="xs" data-testid="column-header">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={700} truncate title={stage.name}>
          {stage.name}
        </Text>
        <Badge size="sm" variant="light" color="gray" data-testid="column-count">
          {column.count}
        </Badge>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text
          size="sm"
          fw={600}
          c={column.amounts.length ? undefined : 'dimmed'}
          truncate
          style={{ fontVariantNumeric: 'tabular-nums' }}
          data-testid="column-amount"
        >
          {column.amounts.length ? formatAmounts(column.amounts) : '—'}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('board.probability', { value: stage.probability })}
        </Text>
      </Group>
      <Progress value={stage.probability} size={3} radius="xl" aria-hidden />
    </Stack>
  );
};

interface BoardColumnProps {
  column: Column;
  /** Cards, already rendered (draggable or not). */
  children: ReactNode;
  /** Shown when the server has more deals in the stage than it sent. */
  onShowMore?: (() => void) | undefined;
  canShowMore: boolean;
  /** The card being dragged, to light up the columns it may land on. */
  dragging: Deal | null;
  height: string;
}

/** One stage of the board: a drop target with its header and its cards, scrolling on its own. */
export const BoardColumn = ({ column, children, onShowMore, canShowMore, dragging, height }: BoardColumnProps) => {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, data: { stage: column.stage, row: 'columns' } });
  const target = dragging !== null && dragging.stageId !== column.stage.id;
  const hidden = column.count - column.deals.length;

  return (
    <Paper
      ref={setNodeRef}
      radius="lg"
      w={280}
      miw={280}
      className={classes.column}
      mod={{ target: isOver && target }}
      style={{ display: 'flex', flexDirection: 'column', flex: '1 0 280px', maxWidth: 360, height }}
      role="group"
      aria-label={column.stage.name}
      data-testid="board-column"
      data-stage-id={column.stage.id}
    >
      <ColumnHeader column={column} />
      <Box px="xs" pb="xs" style={{ flex: 1, overflowY: 'auto', minHeight: 0 }}>
        <Stack gap={8} p={2}>
          {children}
          {column.deals.length === 0 ? (
            <Text
              size="xs"
              c="dimmed"
              ta="center"
              py="lg"
              style={{
                border: '1px dashed var(--mantine-color-default-border)',
                borderRadius: 'var(--mantine-radius-md)',
              }}
            >
              {t('board.emptyColumn')}
            </Text>
          ) : null}
          {hidden > 0 ? (
            canShowMore && onShowMore ? (
              <Button variant="subtle" size="xs" onClick={onShowMore}>
                {t('board.showMore', { count: hidden })}
              </Button>
            ) : (
              <Text size="xs" c="dimmed" ta="center" py={4}>
                {t('board.moreInList', { count: hidden })}
              </Text>
            )
          ) : null}
        </Stack>
      </Box>
    </Paper>
  );
};

/** A won or lost stage shown as a drop zone at the bottom of the screen while a card is dragged. */
export const OutcomeDropZone = ({ stage }: { stage: BoardStage }) => {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage, row: 'outcomes' } });
  const color = stage.kind === 'won' ? 'teal' : 'red';
  return (
    <Paper
      ref={setNodeRef}
      radius="md"
      px="xl"
      py="md"
      miw={180}
      ta="center"
      bg={isOver ? `var(--mantine-color-${color}-6)` : `var(--mantine-color-${color}-0)`}
      c={isOver ? 'white' : `${color}.8`}
      style={{
        border: `2px dashed var(--mantine-color-${color}-${isOver ? 6 : 4})`,
        transition: 'background-color 120ms ease, color 120ms ease',
        flex: '1 1 0',
      }}
      data-testid={`drop-${stage.kind}`}
      data-stage-id={stage.id}
    >
      <Group gap={8} justify="center" wrap="nowrap">
        {stage.kind === 'won' ? <IconTrophy size={18} /> : <IconThumbDown size={18} />}
        <Text fw={700} size="sm" c="inherit">
          {stage.name}
        </Text>
      </Group>
    </Paper>
  );
};
