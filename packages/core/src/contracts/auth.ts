import { z } from 'zod';
import { roles } from '../access/roles';
import { emailSchema, idSchema, nameSchema, passwordSchema } from './common';
import { memberSchema } from './members';
import { currencyCodeSchema, fiscalStartMonthSchema, localeSchema, orgSchema, timeZoneSchema } from './org';

export const signUpSchema = z.object({
  orgName: nameSchema.describe('Name of the new organisation'),
  name: nameSchema.describe('Your name'),
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
  currency: currencyCodeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  fiscalYearStartMonth: fiscalStartMonthSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
  orgId: idSchema.optional().describe('Org to enter when the login belongs to several'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const switchOrgSchema = z.object({ orgId: idSchema });

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetConfirmSchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});

export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
  })
  .meta({ id: 'User' });

/** Who is signed in, where, as what — and the token to send with cookie-authenticated writes. */
export const sessionSchema = z
  .object({
    user: userSchema,
    org: orgSchema,
    member: memberSchema,
    locale: localeSchema.describe('Effective language: the user’s choice or the org default'),
    csrfToken: z.string().describe('Send as the x-csrf-token header on writes made with the session cookie'),
    memberships: z.array(z.object({ orgId: idSchema, orgName: z.string(), role: z.enum(roles) })),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const updateMeSchema = z.object({ name: nameSchema, locale: localeSchema.nullable() }).partial();
export type UpdateMeInput = z.infer<typeof updateMeSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
