import { SegmentedControl } from '@mantine/core';
import { type Locale, locales, type Session, type UpdateMeInput } from '@pacer/core';
import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api-client';
import { isLocale, rememberLocale } from '../../lib/i18n/language';
import { notifyError } from '../../lib/notify';
import { applySession, SessionContext } from '../auth/session';

/** Update the signed-in person (name, language); the answer is the new session. */
export const updateMe = (input: UpdateMeInput) => api.patch<Session>('/me', input);

/**
 * Switch the language at once. Signed in, the choice is saved to the profile (PATCH /me);
 * signed out, it is remembered on this device.
 */
export const useChangeLocale = (): ((locale: Locale) => Promise<void>) => {
  const session = useContext(SessionContext);
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      const previous = i18next.language;
      rememberLocale(locale);
      await i18next.changeLanguage(locale);
      if (!session) return;
      try {
        applySession(queryClient, await updateMe({ locale }));
      } catch (error) {
        await i18next.changeLanguage(previous);
        notifyError(error);
      }
    },
    [session, queryClient],
  );
};

/** EN / DE toggle; saves the choice to the profile when signed in. */
export const LanguageSwitch = ({ size = 'xs', fullWidth = false }: { size?: 'xs' | 'sm'; fullWidth?: boolean }) => {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <SegmentedControl
      size={size}
      fullWidth={fullWidth}
      aria-label={t('nav.language')}
      value={i18n.language}
      onChange={(value) => {
        if (isLocale(value)) void changeLocale(value);
      }}
      data={locales.map((locale) => ({
        value: locale,
        label: fullWidth ? t(`languages.${locale}`) : locale.toUpperCase(),
      }))}
    />
  );
};
