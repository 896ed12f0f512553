import { useEffect, useRef } from 'react';

/** Typing in a field, or in anything editable, is writing, not a shortcut. */
export const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
};

interface KeySequenceHandlers {
  /** The second key after the leader; return true when it was a shortcut. */
  onSequence: (key: string) => boolean;
  /** `?`: show the list of shortcuts. */
  onHelp: () => void;
  /** The leader key, lower case. */
  leader: string;
  enabled: boolean;
}

/** How long after the leader the second key still counts. */
const sequenceWindowMs = 1500;

/**
 * Two-key shortcuts in the style of Gmail and Linear (press L, then C): cheap to learn, and they
 * leave single letters free for typing. Keys with Ctrl, Cmd or Alt are never taken.
 */
export const useKeySequences = ({ onSequence, onHelp, leader, enabled }: KeySequenceHandlers): void => {
  const handlers = useRef({ onSequence, onHelp });
  handlers.current = { onSequence, onHelp };

  useEffect(() => {
    if (!enabled) return;
    let leaderAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (event.key === '?') {
        event.preventDefault();
        leaderAt = 0;
        handlers.current.onHelp();
        return;
      }
      if (leaderAt && Date.now() - leaderAt < sequenceWindowMs) {
        leaderAt = 0;
        if (handlers.current.onSequence(key)) event.preventDefault();
        return;
      }
      leaderAt = key === leader && !event.shiftKey ? Date.now() : 0;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, leader]);
};
