/** ISO 4217 codes the runtime knows; the same list in the browser and on the server. */
export const currencyCodes: readonly string[] = Intl.supportedValuesOf('currency');
const currencySet = new Set(currencyCodes);
export const isCurrencyCode = (code: string): boolean => currencySet.has(code);

/** IANA time zones the runtime knows. UTC is listed apart by some runtimes, so it is added. */
export const timeZones: readonly string[] = Array.from(new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]));
const timeZoneSet = new Set(timeZones);
export const isTimeZone = (zone: string): boolean => timeZoneSet.has(zone);

// Asked for every amount rounded; a formatter is costly to make, so each currency's answer is kept.
const minorUnits = new Map<string, number>();

/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export const currencyMinorUnits = (code: string): number => {
  let digits = minorUnits.get(code);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnits.set(code, digits);
  }
  return digits;
};
