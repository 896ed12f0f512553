/** The languages Pacer speaks. A user picks one; it defaults to the org's. */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
