import type { RepType } from '@pacer/core';
import { AccountBook } from './account-book';
import { emptyWorld, type PlanContext, type RepProfile, type RepWorld } from './crm-world';
import { seasonality } from './demo-calendar';
import { deriveSeed, Random } from './demo-random';
import { type NameRegistry, planAccount, planBook, planContact } from './plan-accounts';
import { ActivityLog } from './plan-activities';
import { planCallReports } from './plan-call-reports';
import { DealDesk } from './plan-deals';
import { planEstimates } from './plan-estimates';
import { LeadDesk } from './plan-leads';
import { formOn, worksOn } from './plan-rep';

/** Per rep at `volume` 1: accounts at the start, and new leads and deals per working day. */
const rates: Record<RepType, { accounts: number; leads: number; deals: number }> = {
  inside: { accounts: 90, leads: 0.45, deals: 1.4 },
  field: { accounts: 55, leads: 0.15, deals: 0.7 },
  external: { accounts: 35, leads: 0.1, deals: 0.5 },
};

/**
 * One rep's whole history, day by day: leads arrive and get followed up or not, deals open on
 * accounts (the big ones more often) and run their stages, the rep logs the day's calls, visits
 * and e-mails, writes call reports and sends estimates. Deterministic for (seed, rep).
 */
export const planRepWorld = (context: PlanContext, profile: RepProfile, names: NameRegistry): RepWorld => {
  const random = new Random(deriveSeed(context.seed, 'world', profile.email));
  const { calendar, volume } = context;
  const rate = rates[profile.repType];
  const world = emptyWorld();
  const book = new AccountBook();
  const start = planBook(random, context, profile, names, Math.round(rate.accounts * volume * profile.drive));
  for (const account of start.accounts) book.add(account, Number.NEGATIVE_INFINITY);
  let today = calendar.first.n;
  const desk = new DealDesk(random, context, profile, world);
  const log = new ActivityLog(random, context, profile, world, desk, () => book.pick(random, today));
  const leads = new LeadDesk(random, context, profile, world, names, log);

  for (let n = calendar.first.n; n <= calendar.today.n; n++) {
    today = n;
    // A converted lead becomes an account with its person as contact, and a deal, on the day it converts.
    for (const conversion of leads.takeConversions(n)) {
      const account = planAccount(random, context, profile, conversion.company, {
        weight: Math.min(150, (1 - random.next()) ** (-1 / 1.16)) * 0.7,
        createdAt: new Date(conversion.at),
        contactCount: 0,
      });
      const { lead } = conversion;
      const contact = planContact(random, profile, {
        accountId: account.row.id,
        domain: conversion.company.domain,
        city: conversion.company.city,
        createdAt: new Date(conversion.at),
      });
      Object.assign(contact, { firstName: lead.firstName, lastName: lead.lastName, title: lead.title });
      contact.emails = [{ email: lead.email as string, label: 'work' }];
      account.contacts.push(contact);
      book.add(account, n);
      const deal = desk.open(account, n, { sourceLeadId: lead.id, createdAt: conversion.at, contactId: contact.id });
      Object.assign(lead, {
        status: 'converted',
        convertedAt: new Date(conversion.at),
        convertedAccountId: account.row.id,
        convertedContactId: contact.id,
        convertedDealId: deal.row.id,
        updatedAt: new Date(conversion.at),
      });
    }
    if (n < profile.startDay) continue;
    desk.openRenewalsDue(n);
    if (!worksOn(profile, calendar, n)) continue;
    const form = formOn(profile, n);
    const season = seasonality[calendar.day(n).month - 1] ?? 1;
    const newLeads = random.poisson(rate.leads * volume * (0.6 + 0.4 * form));
    for (let i = 0; i < newLeads; i++) leads.create(n);
    const newDeals = random.poisson(rate.deals * volume * profile.drive * form * season);
    for (let i = 0; i < newDeals; i++) desk.open(book.pick(random, n), n);
    log.day(n, form);
  }
  log.upcoming(5);
  if (profile.isDemoRep) {
    // The demo login always has leads to chase: two overdue, one due in a few hours.
    leads.create(calendar.today.n, { source: 'company', hoursAgo: 30, followUp: false });
    leads.create(calendar.today.n, { source: 'company', hoursAgo: 52, followUp: false });
    leads.create(calendar.today.n, { source: 'company', hoursAgo: 19, followUp: false });
  }
  planEstimates(random, context, profile, world, (day) => book.pick(random, day), desk.allDeals);
  planCallReports(random, context, profile, world);

  // Accounts nobody sold to or called in the whole history are often archived.
  const used = new Set<string>();
  for (const row of world.deals) if (row.accountId) used.add(row.accountId);
  for (const row of world.activities) if (row.accountId) used.add(row.accountId);
  for (const account of book.accounts) {
    if (!used.has(account.row.id) && !account.row.isKeyAccount && random.chance(0.3)) {
      account.row.archivedAt = new Date(calendar.at(calendar.first.n, 10 * 60));
    }
    world.accounts.push(account.row);
    world.contacts.push(...account.contacts);
  }
  world.contacts.push(...start.influencers);
  return world;
};
