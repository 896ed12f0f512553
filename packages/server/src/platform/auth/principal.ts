import type { Locale, RepType, Role } from '@pacer/core';
import type { Scope } from './access-policy';

/** The signed-in member behind a request, however they authenticated. */
export interface Principal {
  userId: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  repType: RepType | null;
  locale: Locale | null;
  via: 'session' | 'token';
  /** The session's id (hash) and CSRF token, when signed in with the cookie. */
  session: { id: string; csrfToken: string } | null;
  scope: Scope;
}
