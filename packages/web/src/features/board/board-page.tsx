import { Group, Skeleton, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Board, type Deal, localDateOf, Money, type MoveDealStageInput } from '@pacer/core';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { useCan, useSession } from '../auth/session';
import { type BoardSearch, boardQuery, firstPerStage, maxPerStage, pipelinesQuery } from './board-api';
import { BoardColumns } from './board-columns';
import { BoardFilters } from './board-filters';
import { formatAmounts } from './board-format';
import { BoardStageView } from './board-stage-view';
import { CloseDealModal, type PendingClose } from './close-deal-modal';
import { type BoardStage, useMoveDeal } from './use-move-deal';

const route = getRouteApi('/app/deals/board');
const phoneQuery = '(max-width: 48em)';

/** Count and value of the open stages together, summed exactly per currency. */
const openTotals = (board: Board) => {
  const open = board.columns.filter((column) => column.stage.kind === 'open');
  const sums = new Map<string, InstanceType<typeof Money>>();
  for (const column of open) {
    for (const { currency, sum } of column.amounts) sums.set(currency, (sums.get(currency) ?? new Money(0)).plus(sum));
  }
  return {
    count: open.reduce((total, column) => total + column.count, 0),
    amounts: [...sums].map(([currency, sum]) => ({ currency, sum: sum.toFixed() })),
  };
};

const BoardSkeleton = () => (
  <Group gap="sm" wrap="nowrap" style={{ overflow: 'hidden' }} aria-busy>
    {Array.from({ length: 5 }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
      <Skeleton key={index} h={420} w={280} miw={280} radius="lg" />
    ))}
  </Group>
);

/** The pipeline board: a Kanban of one pipeline's open stages; drag a deal to move it on. */
export const BoardPage = () => {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const phone = useMediaQuery(phoneQuery, window.matchMedia(phoneQuery).matches, { getInitialValueInEffect: false });
  const [perStage, setPerStage] = useState(firstPerStage);
  const filters = { ...search, perStage };
  const board = useQuery(boardQuery(filters));
  const pipelines = useQuery(pipelinesQuery);
  const move = useMoveDeal(filters);
  const [pending, setPending] = useState<PendingClose | null>(null);
  const today = localDateOf(new Date(), session.org.timeZone);
  const role = session.member.role;
  const canWrite = useCan('crm:write');

  // Another pipeline or filter starts again with the first deals of each stage.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are the trigger
  useEffect(() => setPerStage(firstPerStage), [search.pipelineId, search.ownerId, search.teamId, search.q]);

  const changeSearch = (next: Partial<BoardSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  const requestMove = (deal: Deal, stage: BoardStage) => {
    if (stage.kind === 'open') move.mutate({ deal, stage, input: { stageId: stage.id } });
    else setPending({ deal, stage });
  };
  const confirmClose = ({ deal, stage }: PendingClose, input: MoveDealStageInput) => {
    setPending(null);
    move.mutate({ deal, stage, input });
  };

  const showMore = perStage < maxPerStage ? () => setPerStage((value) => Math.min(maxPerStage, value + 50)) : () => {};
  const totals = board.data ? openTotals(board.data) : null;

  const body = () => {
    if (board.isError) return <QueryLoadError query={board} />;
    if (!board.data) return <BoardSkeleton />;
    if (!board.data.columns.some((column) => column.stage.kind === 'open')) {
      return (
        <EmptyCard
          icon={<IconLayoutKanban size={28} />}
          title={t('board.noStagesTitle')}
          description={t('board.noStagesBody')}
        />
      );
    }
    const shared = {
      board: board.data,
      today,
      canShowMore: perStage < maxPerStage,
      onShowMore: showMore,
      onMove: requestMove,
    };
    return phone ? <BoardStageView {...shared} canMove={canWrite} /> : <BoardColumns {...shared} canDrag={canWrite} />;
  };

  return (
    <>
      <PageHeader
        title={board.data?.pipelineName ? `${t('board.title')} · ${board.data.pipelineName}` : t('board.title')}
        description={
          totals ? (
            <Text span size="sm" c="dimmed" data-testid="board-totals">
              {t('board.openDeals', { count: totals.count })}
              {totals.amounts.length ? ` · ${formatAmounts(totals.amounts)}` : ''}
              {canWrite && !phone ? ` · ${t('board.dragHint')}` : ''}
            </Text>
          ) : (
            t('board.subtitle')
          )
        }
      />
      <BoardFilters
        search={search}
        onChange={changeSearch}
        pipelines={pipelines.data ?? []}
        pipelineId={search.pipelineId ?? board.data?.pipelineId}
        showPeopleFilters={role !== 'rep'}
      />
      {body()}
      <CloseDealModal pending={pending} onConfirm={confirmClose} onCancel={() => setPending(null)} />
    </>
  );
};
