import type { AccountRow, ContactRow, PlanContext, RepProfile } from './crm-world';
import type { Random } from './demo-random';
import {
  type City,
  citiesByRegion,
  companyCores,
  companyPrefixes,
  contactTitles,
  europeSuffixes,
  industryWeights,
  influencerTitles,
  personFirstNames,
  personLastNames,
  streets,
  usSuffixes,
} from './demo-words';

/** Names in use across the whole org, so two reps never get the same company or address. */
export class NameRegistry {
  private readonly names = new Set<string>();

  /** `candidate` if free, else it with a qualifier, else numbered. */
  claim(candidate: string, qualifier: string): string {
    for (const name of [candidate, `${candidate} (${qualifier})`]) {
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
    for (let n = 2; ; n++) {
      const name = `${candidate} (${qualifier} ${n})`;
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }
}

/** An account with what the planner needs to sell to it. */
export interface PlannedAccount {
  row: AccountRow;
  /** How much it buys: Pareto, so a fifth of the accounts make most of the revenue. */
  weight: number;
  city: City;
  contacts: ContactRow[];
}

export const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** The region keys a rep's accounts sit in: partners sell in Europe and DACH. */
const accountRegions = (region: string) => (region === 'europe' ? ['europe', 'dach'] : [region]);

export interface Company {
  name: string;
  domain: string;
  industry: string;
  city: City;
  regionKey: string;
}

/** A company in the rep's territory with a name no other account or lead of the org has. */
export const inventCompany = (random: Random, names: NameRegistry, profile: RepProfile): Company => {
  const regionKey = random.pick(accountRegions(profile.region));
  const city = random.pick(citiesByRegion[regionKey] ?? []);
  const industry = random.weighted(industryWeights);
  const core = random.pick(companyCores[industry] ?? ['Supply']);
  const suffix = random.pick(city.country === 'US' ? usSuffixes : europeSuffixes);
  const base = `${random.pick(companyPrefixes)} ${core}`;
  const name = names.claim(suffix ? `${base} ${suffix}` : base, city.city);
  return { name, domain: `${ascii(name)}.example`, industry, city, regionKey };
};

const phone = (random: Random, city: City) => `${city.dial} 555-01${String(random.int(0, 99)).padStart(2, '0')}`;

export const addressIn = (random: Random, city: City) => ({
  street: `${random.int(10, 9800)} ${random.pick(streets)}`,
  city: city.city,
  postalCode: String(random.int(10000, 99999)),
  region: city.region || null,
  country: city.country,
});

/** A person at a company (or an influencer at none). */
export const planContact = (
  random: Random,
  profile: RepProfile,
  at: { accountId: string | null; domain: string; city: City; createdAt: Date },
  influencer = false,
): ContactRow => {
  const firstName = random.pick(personFirstNames);
  const lastName = random.pick(personLastNames);
  const mobile = random.chance(0.35);
  return {
    id: random.uuid(),
    ownerId: profile.id,
    firstName,
    lastName,
    title: influencer ? random.pick(influencerTitles) : random.weighted(contactTitles),
    emails: [{ email: `${ascii(firstName)}.${ascii(lastName)}@${at.domain}`, label: 'work' }],
    phones: [
      { phone: phone(random, at.city), label: 'work' },
      ...(mobile ? [{ phone: phone(random, at.city), label: 'mobile' }] : []),
    ],
    address: influencer ? { city: at.city.city, country: at.city.country } : {},
    accountId: at.accountId,
    isInfluencer: influencer,
    notes: influencer ? 'Writes about the trade; keep in touch before the spring trade show.' : null,
    custom: {},
    externalId: null,
    archivedAt: null,
    createdAt: at.createdAt,
    updatedAt: at.createdAt,
  };
};

/** A new account, with its people; `createdAt` is when it entered the CRM. */
export const planAccount = (
  random: Random,
  context: PlanContext,
  profile: RepProfile,
  company: Company,
  options: { weight: number; createdAt: Date; contactCount: number },
): PlannedAccount => {
  const id = random.uuid();
  const employees = Math.round(Math.min(50_000, Math.max(3, 15 * options.weight * random.logNormal(1, 0.5))));
  const revenue = Math.round((employees * random.logNormal(180_000, 0.3)) / 1000) * 1000;
  const row: AccountRow = {
    id,
    ownerId: profile.id,
    name: company.name,
    domain: company.domain,
    industry: company.industry,
    employees,
    annualRevenue: `${revenue}.00`,
    address: addressIn(random, company.city),
    regionId: context.regionIds.get(company.regionKey) ?? null,
    parentAccountId: null,
    isKeyAccount: false,
    custom: {},
    externalId: null,
    archivedAt: null,
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
  };
  const contacts = Array.from({ length: options.contactCount }, () =>
    planContact(random, profile, {
      accountId: id,
      domain: company.domain,
      city: company.city,
      createdAt: options.createdAt,
    }),
  );
  return { row, weight: options.weight, city: company.city, contacts };
};

/**
 * The rep's book at the start of the history: accounts weighted by a Pareto law (the top fifth,
 * flagged as key accounts, buys most), some of them plants of a key account, and a few influencers.
 */
export const planBook = (
  random: Random,
  context: PlanContext,
  profile: RepProfile,
  names: NameRegistry,
  count: number,
): { accounts: PlannedAccount[]; influencers: ContactRow[] } => {
  const historyStart = context.calendar.at(context.calendar.first.n, 9 * 60);
  const accounts: PlannedAccount[] = [];
  for (let i = 0; i < count; i++) {
    const weight = Math.min(150, (1 - random.next()) ** (-1 / 1.16));
    const createdAt = new Date(historyStart - random.int(1, 1500) * 86_400_000);
    const contactCount = 1 + random.poisson(weight > 3 ? 2.5 : 0.9);
    accounts.push(
      planAccount(random, context, profile, inventCompany(random, names, profile), { weight, createdAt, contactCount }),
    );
  }
  const byWeight = [...accounts].sort((a, b) => b.weight - a.weight);
  const keyAccounts = byWeight.slice(0, Math.max(1, Math.round(count * 0.2)));
  for (const account of keyAccounts) account.row.isKeyAccount = true;
  // Some smaller accounts are plants or branches of a key account.
  for (const account of byWeight.slice(keyAccounts.length)) {
    if (!random.chance(0.08)) continue;
    const parent = random.pick(keyAccounts);
    account.row.parentAccountId = parent.row.id;
    account.row.name = names.claim(`${parent.row.name} — ${account.city.city}`, account.row.name);
  }
  const influencers = Array.from({ length: random.int(1, 3) }, () => {
    const city = random.pick(citiesByRegion[accountRegions(profile.region)[0] as string] ?? []);
    return planContact(
      random,
      profile,
      { accountId: null, domain: 'trade-press.example', city, createdAt: new Date(historyStart) },
      true,
    );
  });
  return { accounts, influencers };
};
