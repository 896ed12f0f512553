import { notifications } from '@mantine/notifications';
import type { ErrorCode } from '@pacer/core';
import i18next from 'i18next';
import { isApiError } from './api-client';

// Codes whose meaning does not depend on the request get a translated sentence; others keep the server's.
const translatedCodes = new Set<ErrorCode>([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'ALREADY_MEMBER',
  'TEAM_CYCLE',
  'REGION_CYCLE',
  'HAS_CHILDREN',
  'LAST_ADMIN',
  'TOKEN_INVALID',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
]);

type TranslatedCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'CSRF_TOKEN_INVALID'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'ALREADY_MEMBER'
  | 'TEAM_CYCLE'
  | 'REGION_CYCLE'
  | 'HAS_CHILDREN'
  | 'LAST_ADMIN'
  | 'TOKEN_INVALID'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

const isTranslated = (code: ErrorCode): code is TranslatedCode => translatedCodes.has(code);

/** The sentence to show a person for an error of any kind. */
export const errorMessage = (error: unknown): string => {
  if (isApiError(error)) return isTranslated(error.code) ? i18next.t(`errors.${error.code}`) : error.message;
  return i18next.t('errors.INTERNAL');
};

/** Show an error as a red notification; `message` and `title` override the generic ones. */
export const notifyError = (error: unknown, message?: string, title?: string): void => {
  notifications.show({
    color: 'red',
    title:
      title ??
      (isApiError(error) && error.code === 'VALIDATION_FAILED'
        ? i18next.t('errors.validationTitle')
        : i18next.t('errors.title')),
    message: message ?? errorMessage(error),
    autoClose: 6000,
  });
};

/** Confirm that something worked. */
export const notifySuccess = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
};
