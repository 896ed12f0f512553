import { Select, type SelectProps } from '@mantine/core';
import { currencyCodes, timeZones } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../lib/format';

/** A searchable select of the ISO 4217 currency codes the runtime knows, with their names. */
export const CurrencySelect = (props: Omit<SelectProps, 'data'>) => {
  const { i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: names follow the language
  const data = useMemo(
    () => currencyCodes.map((code) => ({ value: code, label: `${code} · ${currencyName(code)}` })),
    [i18n.language],
  );
  return <Select searchable data={data} maxDropdownHeight={280} limit={400} {...props} />;
};

/** The browser's own time zone, when the runtime lists it. */
export const browserTimeZone = (): string | null => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZones.includes(zone) ? zone : null;
};

/** A searchable select of IANA time zones, grouped by continent. */
export const TimeZoneSelect = (props: Omit<SelectProps, 'data'>) => {
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const zone of timeZones) {
      const group = zone.includes('/') ? (zone.split('/')[0] ?? 'Other') : 'UTC';
      const items = groups.get(group) ?? [];
      items.push({ value: zone, label: zone.replaceAll('_', ' ') });
      groups.set(group, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, []);
  return <Select searchable data={data} maxDropdownHeight={280} limit={600} {...props} />;
};
