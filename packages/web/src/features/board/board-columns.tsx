import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { Board, Deal } from '@pacer/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './board.module.css';
import { BoardColumn, OutcomeDropZone } from './board-column';
import { boardCollisions, jumpBetweenDropZones } from './board-keyboard';
import { DealCard, DealCardBody } from './deal-card';
import type { BoardStage } from './use-move-deal';

interface BoardColumnsProps {
  board: Board;
  today: string;
  canDrag: boolean;
  canShowMore: boolean;
  onShowMore: () => void;
  onMove: (deal: Deal, stage: BoardStage) => void;
}

const dealOf = (data: { current?: Record<string, unknown> | undefined }): Deal | null =>
  (data.current?.deal as Deal | undefined) ?? null;
const stageOf = (data: { current?: Record<string, unknown> | undefined } | undefined): BoardStage | null =>
  (data?.current?.stage as BoardStage | undefined) ?? null;

/**
 * The open stages side by side; won and lost stages appear as drop zones at the bottom while a card
 * is dragged (as in Pipedrive), so closed deals do not crowd the board.
 */
export const BoardColumns = ({ board, today, canDrag, canShowMore, onShowMore, onMove }: BoardColumnsProps) => {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<Deal | null>(null);
  const lastDrop = useRef(0);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpBetweenDropZones,
      // Enter keeps opening the deal (the card is a link); Space picks it up.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  // A card released over itself would follow its link: swallow the click that ends a drag.
  useEffect(() => {
    const swallow = (event: MouseEvent) => {
      if (Date.now() - lastDrop.current < 300) event.preventDefault();
    };
    window.addEventListener('click', swallow, true);
    return () => window.removeEventListener('click', swallow, true);
  }, []);

  const open = board.columns.filter((column) => column.stage.kind === 'open');
  const outcomes = board.columns.filter((column) => column.stage.kind !== 'open').map((column) => column.stage);
  const stageName = (id: string | number | undefined) =>
    board.columns.find((column) => column.stage.id === id)?.stage.name ?? '';

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.dnd.pickedUp', { name: dealOf(active.data)?.name ?? '' }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.dnd.over', { name: dealOf(active.data)?.name ?? '', stage: stageName(over.id) })
        : t('board.dnd.notOver', { name: dealOf(active.data)?.name ?? '' }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('board.dnd.dropped', { name: dealOf(active.data)?.name ?? '', stage: stageName(over.id) })
        : t('board.dnd.cancelled', { name: dealOf(active.data)?.name ?? '' }),
    onDragCancel: ({ active }) => t('board.dnd.cancelled', { name: dealOf(active.data)?.name ?? '' }),
  };

  const start = ({ active }: DragStartEvent) => setDragging(dealOf(active.data));
  const end = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    lastDrop.current = Date.now();
    const deal = dealOf(active.data);
    const stage = stageOf(over?.data);
    if (deal && stage && stage.id !== deal.stageId) onMove(deal, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      // The columns scroll sideways while dragging; the page does not, so the fixed won/lost zones stay put.
      autoScroll={{ canScroll: (element) => element !== document.scrollingElement && element !== document.body }}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={() => {
        setDragging(null);
        lastDrop.current = Date.now();
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dnd.instructions') } }}
    >
      <div className={classes.columns} data-testid="board-columns">
        {open.map((column) => (
          <BoardColumn
            key={column.stage.id}
            column={column}
            dragging={dragging}
            canShowMore={canShowMore}
            onShowMore={onShowMore}
            height="max(26rem, calc(100dvh - 17.5rem))"
          >
            {column.deals.map((deal) => (
              <DealCard key={deal.id} deal={deal} today={today} draggable={canDrag} />
            ))}
          </BoardColumn>
        ))}
      </div>
      {dragging ? (
        <div className={classes.outcomes} data-testid="outcome-zones">
          {outcomes.map((stage) => (
            <OutcomeDropZone key={stage.id} stage={stage} />
          ))}
        </div>
      ) : null}
      <DragOverlay dropAnimation={null} zIndex={1200}>
        {dragging ? <DealCardBody deal={dragging} today={today} lifted data-testid="deal-card-overlay" /> : null}
      </DragOverlay>
    </DndContext>
  );
};
