import {
  type ClientRect,
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
} from '@dnd-kit/core';

/** Droppables are laid out in rows: the stage columns, and below them the won/lost drop zones. */
export type DropRow = 'columns' | 'outcomes';

const centerX = (rect: ClientRect) => rect.left + rect.width / 2;

/**
 * Arrow keys jump a picked-up card from column to column (left/right) and between the columns and
 * the won/lost zones (down/up), instead of nudging it 25 pixels at a time.
 */
export const jumpBetweenDropZones: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const zones = droppableContainers
    .getEnabled()
    .map((container) => ({
      id: container.id,
      row: (container.data.current?.row ?? 'columns') as DropRow,
      rect: droppableRects.get(container.id),
    }))
    .filter((zone): zone is { id: string | number; row: DropRow; rect: ClientRect } => zone.rect !== undefined);
  const current = zones.find((zone) => zone.id === over?.id);
  const row: DropRow = current?.row ?? 'columns';
  const x = centerX(collisionRect);

  let target: (typeof zones)[number] | undefined;
  switch (event.code) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const sameRow = zones.filter((zone) => zone.row === row).sort((a, b) => a.rect.left - b.rect.left);
      const index = current ? sameRow.indexOf(current) : -1;
      if (index === -1) {
        target =
          event.code === 'ArrowRight'
            ? sameRow.find((zone) => centerX(zone.rect) > x)
            : sameRow.filter((zone) => centerX(zone.rect) < x).pop();
      } else {
        target = sameRow[index + (event.code === 'ArrowRight' ? 1 : -1)];
      }
      break;
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const otherRow: DropRow = event.code === 'ArrowDown' ? 'outcomes' : 'columns';
      if (otherRow === row) return undefined;
      target = zones
        .filter((zone) => zone.row === otherRow)
        .sort((a, b) => Math.abs(centerX(a.rect) - x) - Math.abs(centerX(b.rect) - x))[0];
      break;
    }
    default:
      return undefined;
  }
  if (!target) return undefined;
  event.preventDefault();
  // Land the card's rectangle in the middle of the target, near its top where the cards start.
  return {
    x: target.rect.left + (target.rect.width - collisionRect.width) / 2,
    y: target.rect.top + Math.min(48, Math.max(0, (target.rect.height - collisionRect.height) / 2)),
  };
};

const isOutcome = (collision: Collision): boolean =>
  (collision.data?.droppableContainer as DroppableContainer | undefined)?.data.current?.row === 'outcomes';

/**
 * The pointer decides where a card lands; a keyboard drag (no pointer) falls back to overlap. The
 * won/lost zones lie over the bottom of the columns: where both are hit, the zone wins.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  const hits = underPointer.length > 0 ? underPointer : rectIntersection(args);
  const outcomes = hits.filter(isOutcome);
  return outcomes.length > 0 ? outcomes : hits;
};
