import { type Locale, locales } from '@pacer/core';

/** The German (or any further) text must have exactly the keys of the English text. */
export type TextOf<T> = { [K in keyof T]: T[K] extends string ? string : TextOf<T[K]> };

/** Declare one feature's user-visible strings in every language Pacer speaks. */
export const defineText = <T extends object>(text: { en: T; de: TextOf<T> }) => text;

const storageKey = 'pacer.locale';

/** Whether a value names a language Pacer speaks. */
export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);

/** The language before anyone signs in: the last one chosen on this device, else the browser's. */
export const preferredLocale = (): Locale => {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be off (private mode); the browser language still answers.
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? 'en').slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : 'en';
};

/** Remember a language on this device, for the pages shown before sign-in. */
export const rememberLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered: the next visit falls back to the browser language.
  }
};
