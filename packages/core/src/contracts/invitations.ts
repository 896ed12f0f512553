import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, nameSchema, passwordSchema } from './common';
import { checkRepType, repTypeSchema, roleSchema } from './members';

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;

export const invitationSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    role: roleSchema,
    repType: repTypeSchema.nullable(),
    teamId: idSchema.nullable(),
    status: z.enum(invitationStatuses),
    invitedBy: idSchema.nullable(),
    expiresAt: instantSchema,
    createdAt: instantSchema,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

/** Returned once, when the invitation is created or re-sent: the link to pass on by hand if mail is off. */
export const sentInvitationSchema = invitationSchema.extend({
  acceptUrl: z.string().describe('Link the invitee opens to join; shown only now'),
  mailSent: z.boolean().describe('False when the mail could not be sent: pass the link on by hand'),
});

export const createInvitationSchema = z
  .object({
    email: emailSchema,
    role: roleSchema,
    repType: repTypeSchema.nullable().optional(),
    teamId: idSchema.nullable().optional().describe('Team the new member joins on acceptance'),
  })
  .superRefine(checkRepType);
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationTokenSchema = z.string().min(20).max(200).describe('Token from the invitation link');

export const invitationPreviewSchema = z.object({
  orgName: z.string(),
  email: z.string(),
  role: roleSchema,
  existingUser: z.boolean().describe('True when the e-mail already has a Pacer login: sign in with its password'),
});

export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  name: nameSchema.optional().describe('Required for a new login'),
  password: passwordSchema,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
