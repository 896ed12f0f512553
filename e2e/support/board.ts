import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { viewportShot } from './browser';

/** A deal's card on the pipeline board. */
export const dealCard = (page: Page, dealId: string): Locator =>
  page.locator(`[data-testid="deal-card"][data-deal-id="${dealId}"]`);

/** A stage's column on the pipeline board. */
export const boardColumn = (page: Page, stageId: string): Locator =>
  page.locator(`[data-testid="board-column"][data-stage-id="${stageId}"]`);

/**
 * Drag a card with the mouse in small steps, as a person would (the board starts a drag after a few pixels),
 * and drop it on the target; `shot` names a screenshot taken just before the drop.
 */
export const dragCard = async (page: Page, card: Locator, target: Locator, shot?: string): Promise<void> => {
  // Take hold of the card near its top, once nothing covers it there (a dialog that just closed may still fade out).
  const uncoveredGrip = () =>
    card.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const grip = { x: box.left + box.width / 2, y: box.top + 20 };
      return element.contains(document.elementFromPoint(grip.x, grip.y)) ? grip : null;
    });
  await expect.poll(uncoveredGrip).not.toBeNull();
  const grip = await uncoveredGrip();
  if (!grip) throw new Error('The card is covered');
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 12, grip.y + 4, { steps: 4 });
  // The card follows the pointer once the drag has started; say what was under it when it did not.
  await page
    .getByTestId('deal-card-overlay')
    .waitFor({ timeout: 5000 })
    .catch(async () => {
      const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 200), grip);
      throw new Error(`The drag did not start; under the pointer: ${under}`);
    });
  // The drop zones of Won and Lost show only once a drag has started.
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(80, box.height / 2);
  await page.mouse.move(x, y, { steps: 12 });
  // One more small move, as a hand does: the drop target is settled before the release.
  await page.mouse.move(x + 2, y + 2);
  // The viewport only: a full-page screenshot resizes the window, and a resize cancels the drag.
  if (shot) await viewportShot(page, shot);
  await page.mouse.up();
};
