import { useSyncExternalStore } from 'react';
import type { QuickLogType } from './activity-kinds';

interface QuickLogState {
  /** The open log form: the kind asked for, and when (each request switches the kind once). */
  log: { type: QuickLogType; at: number } | null;
  /** Counts openings, so each one starts a fresh form. */
  opening: number;
  helpOpened: boolean;
}

let state: QuickLogState = { log: null, opening: 0, helpOpened: false };
const listeners = new Set<() => void>();

const update = (next: Partial<QuickLogState>) => {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Open and close the quick-log and the shortcuts list from anywhere, like the search spotlight. */
export const quickLog = {
  open: (type: QuickLogType = 'call') =>
    update({
      log: { type, at: Date.now() },
      opening: state.log ? state.opening : state.opening + 1,
      helpOpened: false,
    }),
  /** The kind was switched inside the form: only the title follows. */
  retitle: (type: QuickLogType) => update({ log: state.log ? { ...state.log, type } : null }),
  close: () => update({ log: null }),
  openShortcuts: () => update({ helpOpened: true }),
  closeShortcuts: () => update({ helpOpened: false }),
};

export const useQuickLogState = (): QuickLogState => useSyncExternalStore(subscribe, () => state);
