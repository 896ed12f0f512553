import { Badge, Button, Paper, Scroller, Stack, Text } from '@mantine/core';
import type { Board, Deal } from '@pacer/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './board.module.css';
import { ColumnHeader } from './board-column';
import { DealCard } from './deal-card';
import type { BoardStage } from './use-move-deal';

interface BoardStageViewProps {
  board: Board;
  today: string;
  canMove: boolean;
  canShowMore: boolean;
  onShowMore: () => void;
  onMove: (deal: Deal, stage: BoardStage) => void;
}

/** The board on a phone: one stage at a time, picked from a strip of stages; cards move by menu. */
export const BoardStageView = ({ board, today, canMove, canShowMore, onShowMore, onMove }: BoardStageViewProps) => {
  const { t } = useTranslation();
  const open = board.columns.filter((column) => column.stage.kind === 'open');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const column = open.find((item) => item.stage.id === selectedId) ?? open[0];
  const stages = board.columns.map((item) => item.stage);
  if (!column) return null;
  const hidden = column.count - column.deals.length;

  return (
    <Stack gap="sm" data-testid="board-stage-view">
      <Scroller draggable={false} edgeGradientColor="var(--pacer-page-bg)" aria-label={t('board.stagePicker')}>
        <div style={{ display: 'flex', gap: 6 }} role="tablist" aria-label={t('board.stagePicker')}>
          {open.map((item) => {
            const active = item.stage.id === column.stage.id;
            return (
              <Button
                key={item.stage.id}
                role="tab"
                aria-selected={active}
                size="compact-sm"
                radius="xl"
                variant={active ? 'filled' : 'default'}
                onClick={() => setSelectedId(item.stage.id)}
                rightSection={
                  <Badge size="xs" variant={active ? 'white' : 'light'} color={active ? 'pacer' : 'gray'} circle>
                    {item.count}
                  </Badge>
                }
                style={{ flex: 'none' }}
              >
                {item.stage.name}
              </Button>
            );
          })}
        </div>
      </Scroller>
      <Paper radius="lg" className={classes.column} pb="xs" role="tabpanel" aria-label={column.stage.name}>
        <ColumnHeader column={column} />
        <Stack gap={8} px="xs">
          {column.deals.map((deal) => (
            <DealCard
              key={deal.id}
              deal={deal}
              today={today}
              draggable={false}
              moveTargets={canMove ? stages.filter((stage) => stage.id !== deal.stageId) : undefined}
              onMove={onMove}
            />
          ))}
          {column.deals.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="lg">
              {t('board.emptyColumn')}
            </Text>
          ) : null}
          {hidden > 0 && canShowMore ? (
            <Button variant="subtle" size="xs" onClick={onShowMore}>
              {t('board.showMore', { count: hidden })}
            </Button>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
};
