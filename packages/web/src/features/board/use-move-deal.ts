import { type Board, type Deal, Money, type MoveDealStageInput } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { type BoardFilters, boardKey, moveDealStage } from './board-api';

type Column = Board['columns'][number];
export type BoardStage = Column['stage'];

/** Add (or take away) one amount to a column's sum in its currency, exactly, in decimal. */
const adjustSums = (amounts: Column['amounts'], deal: Deal, sign: 1 | -1): Column['amounts'] => {
  const existing = amounts.find((entry) => entry.currency === deal.currency);
  if (!existing) return sign > 0 ? [...amounts, { currency: deal.currency, sum: deal.amount }] : amounts;
  const sum = new Money(existing.sum)[sign > 0 ? 'plus' : 'minus'](deal.amount);
  return amounts
    .map((entry) => (entry === existing ? { currency: entry.currency, sum: sum.toFixed() } : entry))
    .filter((entry) => entry.currency !== deal.currency || !new Money(entry.sum).isZero());
};

/** The server's order within a column: expected close first (none last), then the oldest. */
const boardOrder = (a: Deal, b: Deal): number => {
  if (a.expectedCloseDate !== b.expectedCloseDate) {
    if (a.expectedCloseDate === null) return 1;
    if (b.expectedCloseDate === null) return -1;
    return a.expectedCloseDate < b.expectedCloseDate ? -1 : 1;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : 1;
};

/** The board as it will look once the server has moved the deal: the optimistic picture. */
export const moveOnBoard = (board: Board, deal: Deal, stage: BoardStage, closedOn?: string): Board => ({
  ...board,
  columns: board.columns.map((column) => {
    if (column.stage.id === deal.stageId) {
      return {
        ...column,
        count: Math.max(0, column.count - 1),
        amounts: adjustSums(column.amounts, deal, -1),
        deals: column.deals.filter((item) => item.id !== deal.id),
      };
    }
    if (column.stage.id === stage.id) {
      const moved: Deal = {
        ...deal,
        stageId: stage.id,
        stageName: stage.name,
        stageKind: stage.kind,
        probability: stage.probability,
        stageEnteredAt: new Date().toISOString(),
        closedOn: stage.kind === 'open' ? null : (closedOn ?? deal.closedOn),
      };
      return {
        ...column,
        count: column.count + 1,
        amounts: adjustSums(column.amounts, deal, 1),
        deals: [...column.deals, moved].sort(boardOrder),
      };
    }
    return column;
  }),
});

export interface MoveRequest {
  deal: Deal;
  stage: BoardStage;
  input: MoveDealStageInput;
}

/** Move a deal with an optimistic board, rolled back (with the reason shown) when the server refuses. */
export const useMoveDeal = (filters: BoardFilters) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = boardKey(filters);
  return useMutation({
    mutationFn: ({ deal, input }: MoveRequest) => moveDealStage(deal.id, input),
    onMutate: async ({ deal, stage, input }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData<Board>(key, moveOnBoard(previous, deal, stage, input.closedOn));
      return { previous };
    },
    onError: (error, { deal }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyError(error, undefined, t('board.moveFailed', { name: deal.name }));
    },
    onSuccess: (_moved, { deal, stage }) => {
      if (stage.kind === 'won') notifySuccess(t('board.wonToast', { name: deal.name }));
      if (stage.kind === 'lost') notifySuccess(t('board.lostToast', { name: deal.name }));
    },
    // The server's sums and order are the truth: refresh the board and every other deal view.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['deals'] }),
  });
};
