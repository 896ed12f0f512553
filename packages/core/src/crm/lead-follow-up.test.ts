import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canChangeLeadStatus, isFollowUpStatusChange, isLeadOverdue, leadFollowUpDueAt } from './lead-follow-up';
import { leadSources, leadStatuses } from './vocabulary';

const received = new Date('2026-03-02T09:00:00Z');

describe('lead follow-up deadline', () => {
  it('gives a company-generated lead the org’s hours from when it came in', () => {
    expect(leadFollowUpDueAt({ source: 'company', receivedAt: received, followUpHours: 24 })).toEqual(
      new Date('2026-03-03T09:00:00Z'),
    );
    expect(leadFollowUpDueAt({ source: 'company', receivedAt: received, followUpHours: 4 })).toEqual(
      new Date('2026-03-02T13:00:00Z'),
    );
  });

  it('gives other sources no deadline', () => {
    for (const source of ['referral', 'event', 'prospecting', 'partner'] as const) {
      expect(leadFollowUpDueAt({ source, receivedAt: received, followUpHours: 24 }), source).toBeNull();
    }
  });

  it('keeps a deadline that was asked for, and null when it was cleared', () => {
    const requested = new Date('2026-03-10T12:00:00Z');
    expect(leadFollowUpDueAt({ source: 'company', receivedAt: received, followUpHours: 24, requested })).toBe(
      requested,
    );
    expect(leadFollowUpDueAt({ source: 'referral', receivedAt: received, followUpHours: 24, requested })).toBe(
      requested,
    );
    expect(
      leadFollowUpDueAt({ source: 'company', receivedAt: received, followUpHours: 24, requested: null }),
    ).toBeNull();
  });

  it('always falls after the lead came in (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leadSources),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 720 }),
        (source, receivedAt, followUpHours) => {
          const due = leadFollowUpDueAt({ source, receivedAt, followUpHours });
          return due === null ? source !== 'company' : due.getTime() > receivedAt.getTime();
        },
      ),
    );
  });
});

describe('overdue leads', () => {
  const due = new Date('2026-03-03T09:00:00Z');
  const open = { followUpDueAt: due, followedUpAt: null, status: 'new' as const };

  it.each([
    ['before the deadline', open, '2026-03-03T08:59:59Z', false],
    ['at the deadline', open, '2026-03-03T09:00:00Z', false],
    ['after the deadline', open, '2026-03-03T09:00:01Z', true],
    ['followed up', { ...open, followedUpAt: received }, '2026-03-04T00:00:00Z', false],
    ['without a deadline', { ...open, followUpDueAt: null }, '2026-03-04T00:00:00Z', false],
    ['still working', { ...open, status: 'working' as const }, '2026-03-04T00:00:00Z', true],
    ['disqualified', { ...open, status: 'disqualified' as const }, '2026-03-04T00:00:00Z', false],
    ['converted', { ...open, status: 'converted' as const }, '2026-03-04T00:00:00Z', false],
  ])('%s', (_label, lead, now, overdue) => {
    expect(isLeadOverdue(lead, new Date(now))).toBe(overdue);
  });
});

describe('lead status changes', () => {
  it('counts the first move away from new as the follow-up', () => {
    expect(isFollowUpStatusChange('new', 'working')).toBe(true);
    expect(isFollowUpStatusChange('new', 'disqualified')).toBe(true);
    expect(isFollowUpStatusChange(null, 'qualified')).toBe(true);
    expect(isFollowUpStatusChange(null, 'new')).toBe(false);
    expect(isFollowUpStatusChange('new', 'new')).toBe(false);
    expect(isFollowUpStatusChange('working', 'qualified')).toBe(false);
  });

  it('keeps a converted lead converted, and converts only through conversion', () => {
    for (const status of leadStatuses) {
      expect(canChangeLeadStatus('converted', status), status).toBe(status === 'converted');
      expect(canChangeLeadStatus('working', status), status).toBe(status !== 'converted');
    }
  });
});
