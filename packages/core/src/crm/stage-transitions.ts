import type { LocalDate } from '../periods/local-date';
import type { SalesRole, StageKind } from './vocabulary';

/** Which stage moves a deal may make, and what a move does to its close date and lost reason. */

export interface StageRef {
  id: string;
  pipelineId: string;
  kind: StageKind;
  ownerRole: SalesRole | null;
  /** Whether the stage's pipeline is archived: no deal may enter it. */
  pipelineArchived?: boolean;
}

export interface StageMove {
  /** The stage the deal is in; null when the deal is being created. */
  from: StageRef | null;
  to: StageRef;
  /** What the deal carries now. */
  current: { closedOn: LocalDate | null; lostReason: string | null };
  /** What the caller gave with the move (undefined: not given). */
  given: { closedOn?: LocalDate | null | undefined; lostReason?: string | null | undefined };
  /** Today in the org's time zone: the close date when none is given. */
  today: LocalDate;
}

export type StageMoveOutcome =
  | { kind: 'unchanged' }
  | { kind: 'invalid'; path: 'stageId' | 'lostReason' | 'closedOn'; message: string }
  | { kind: 'move'; closedOn: LocalDate | null; lostReason: string | null; pipelineChanged: boolean };

export const isClosedKind = (kind: StageKind): boolean => kind !== 'open';

/**
 * Plans a move. Any stage of an active pipeline may follow any other (deals are reopened, skip
 * stages, or move to another pipeline). Entering won or lost sets the close date (the one given,
 * else today); leaving them clears it. A lost stage needs a reason, given now or already on the deal.
 */
export const planStageMove = (move: StageMove): StageMoveOutcome => {
  const { from, to, current, given } = move;
  if (from && from.id === to.id) return { kind: 'unchanged' };
  if (to.pipelineArchived) return { kind: 'invalid', path: 'stageId', message: 'That pipeline is archived' };
  const closed = isClosedKind(to.kind);
  if (!closed && given.closedOn) {
    return { kind: 'invalid', path: 'closedOn', message: 'Only won or lost deals have a close date' };
  }
  const lostReason = to.kind === 'lost' ? (given.lostReason ?? current.lostReason) : null;
  if (to.kind === 'lost' && !lostReason) {
    return { kind: 'invalid', path: 'lostReason', message: 'Say why the deal was lost' };
  }
  return {
    kind: 'move',
    closedOn: closed ? (given.closedOn ?? move.today) : null,
    lostReason,
    pipelineChanged: from !== null && from.pipelineId !== to.pipelineId,
  };
};

/**
 * Whether a stage change hands the deal on (assembly line): the stage's owning role changes, or
 * the deal gets another owner. A deal's first stage is no hand-off.
 */
export const isHandoff = (
  from: Pick<StageRef, 'ownerRole'> | null,
  to: Pick<StageRef, 'ownerRole'>,
  fromOwnerId: string | null,
  toOwnerId: string,
): boolean => from !== null && ((from.ownerRole ?? null) !== (to.ownerRole ?? null) || fromOwnerId !== toOwnerId);

/**
 * Checks an edit of a deal's close date and lost reason outside a move: a closed deal keeps a
 * close date, an open one has none, and a lost deal keeps its reason.
 */
export const closeFieldsProblem = (
  kind: StageKind,
  next: { closedOn: LocalDate | null; lostReason: string | null },
): { path: 'closedOn' | 'lostReason'; message: string } | null => {
  if (isClosedKind(kind) && !next.closedOn) return { path: 'closedOn', message: 'A won or lost deal has a close date' };
  if (!isClosedKind(kind) && next.closedOn) {
    return { path: 'closedOn', message: 'Only won or lost deals have a close date' };
  }
  if (kind === 'lost' && !next.lostReason) return { path: 'lostReason', message: 'Say why the deal was lost' };
  return null;
};
