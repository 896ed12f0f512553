import type { RepType } from '@pacer/core';
import type { RepProfile } from './crm-world';
import type { OrgCalendar } from './demo-calendar';
import { deriveSeed, Random } from './demo-random';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface RepSeat {
  id: string;
  email: string;
  name: string;
  repType: RepType;
  managerId: string;
  region: string;
  isDemoRep: boolean;
  /** This rep's numbers fall off in the last months (so a manager has someone to coach). */
  recentSlump: boolean;
}

/** Who a rep is as a seller: conversion, drive, deal size, start day, slump and vacations. */
export const planRepProfile = (seed: number, seat: RepSeat, calendar: OrgCalendar): RepProfile => {
  const random = new Random(deriveSeed(seed, 'rep', seat.email));
  const first = calendar.first.n;
  const today = calendar.today.n;
  const span = today - first;
  let skill = clamp(random.logNormal(1, 0.3), 0.5, 1.8);
  let drive = clamp(random.logNormal(1, 0.15), 0.7, 1.35);
  const dealSize = clamp(random.logNormal(1, 0.2), 0.6, 1.7);
  // Some reps joined during the history and ramp up from their first day.
  let startDay = random.chance(0.15) ? first + Math.floor(span * (0.2 + 0.5 * random.next())) : first;
  let slump: RepProfile['slump'] = null;
  if (seat.recentSlump) {
    slump = { from: today - 125, to: today - 60 };
  } else if (random.chance(0.2) && span > 240) {
    const from = startDay + 90 + Math.floor(random.next() * Math.max(1, today - startDay - 180));
    slump = { from, to: from + random.int(50, 70) };
  }
  if (seat.isDemoRep) {
    skill = Math.max(skill, 1.2);
    drive = Math.max(drive, 1.15);
    startDay = first;
    slump = null;
  }
  const vacation = new Set<number>();
  for (let year = calendar.first.year; year <= calendar.today.year; year++) {
    // A week in summer and a week some other time.
    for (const [fromMonth, months] of [
      [6, 3],
      [1, 12],
    ] as const) {
      const startN = Math.floor(
        Date.UTC(year, fromMonth - 1 + Math.floor(random.next() * months), random.int(1, 24)) / 86_400_000,
      );
      for (let n = startN; n < startN + 7; n++) if (n !== today) vacation.add(n);
    }
  }
  return { ...seat, skill, drive, dealSize, startDay, newHire: startDay > first, slump, vacation };
};

/** Whether the rep works that day: a working day, after joining, not on vacation (the demo rep works today). */
export const worksOn = (profile: RepProfile, calendar: OrgCalendar, n: number): boolean => {
  if (n < profile.startDay || n > calendar.today.n) return false;
  if (profile.isDemoRep && n === calendar.today.n) return true;
  return calendar.day(n).working && !profile.vacation.has(n);
};

/** How much of their usual output a rep gives on a day: ramp-up after joining, and slumps. */
export const formOn = (profile: RepProfile, n: number): number => {
  const ramp = profile.newHire ? Math.min(1, 0.4 + (0.6 * (n - profile.startDay)) / 90) : 1;
  const slumping = profile.slump && n >= profile.slump.from && n <= profile.slump.to;
  return ramp * (slumping ? 0.45 : 1);
};
