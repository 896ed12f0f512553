import { describe, expect, it } from 'vitest';
import { AppError, errorStatus } from '../errors';
import { createInvitationSchema, signUpSchema, updateOrgSchema } from './index';

describe('contracts', () => {
  it('normalises e-mail and currency', () => {
    const parsed = signUpSchema.parse({
      orgName: 'A',
      name: 'B',
      email: '  Ann@Example.COM ',
      password: '12345678',
      currency: 'eur',
    });
    expect(parsed.email).toBe('ann@example.com');
    expect(parsed.currency).toBe('EUR');
  });

  it('refuses unknown currencies and time zones', () => {
    const result = updateOrgSchema.safeParse({ currency: 'XYZ1', timeZone: 'Nowhere/City' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['currency', 'timeZone']);
  });

  it('ties rep types to the rep role', () => {
    expect(createInvitationSchema.safeParse({ email: 'a@b.co', role: 'rep', repType: 'external' }).success).toBe(true);
    expect(createInvitationSchema.safeParse({ email: 'a@b.co', role: 'rep' }).success).toBe(false);
    expect(createInvitationSchema.safeParse({ email: 'a@b.co', role: 'admin', repType: 'inside' }).success).toBe(false);
  });

  it('gives every error code an HTTP status and one body shape', () => {
    const error = new AppError('TEAM_CYCLE', 'no');
    expect(error.status).toBe(409);
    expect(error.toBody()).toEqual({ error: { code: 'TEAM_CYCLE', message: 'no' } });
    for (const status of Object.values(errorStatus)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
