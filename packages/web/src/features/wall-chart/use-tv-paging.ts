import { type RefObject, useEffect } from 'react';

/** How long each page of a TV wall chart stays up before the next one. */
export const tvPageMs = 12_000;

/**
 * No one scrolls a TV: a chart taller (or wider) than the screen turns its pages by itself — down
 * a screen at a time, back to the top, then the next goals across — and again, every few seconds.
 */
export const useTvPaging = (screen: RefObject<HTMLElement | null>, intervalMs = tvPageMs) => {
  useEffect(() => {
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
    const timer = window.setInterval(() => {
      // The table scrolls inside its own box (both ways, so rep names and goal names stay put).
      const box = screen.current?.querySelector<HTMLElement>('[data-wall-scroll]');
      if (!box) return;
      if (box.scrollTop + box.clientHeight < box.scrollHeight - 2) {
        box.scrollBy({ top: box.clientHeight * 0.8, behavior });
        return;
      }
      const wide = box.scrollWidth > box.clientWidth;
      const atEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth - 2;
      box.scrollTo({ top: 0, left: !wide || atEnd ? 0 : box.scrollLeft + box.clientWidth * 0.8, behavior });
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [screen, intervalMs]);
};
