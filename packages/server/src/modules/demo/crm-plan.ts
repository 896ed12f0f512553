import type { PlanContext, RepProfile, RepWorld } from './crm-world';
import { OrgCalendar } from './demo-calendar';
import { type Catalog, planCatalog } from './demo-catalog';
import { type DemoPlan, type DemoPlanOptions, demoDomain, generateDemoPlan } from './demo-plan';
import { deriveSeed, Random } from './demo-random';
import { NameRegistry } from './plan-accounts';
import { planRepProfile, type RepSeat } from './plan-rep';
import { planRepWorld } from './plan-rep-world';

export type DemoScaleKey = 's' | 'm';

/** The sizes of demo data: S is the demo people see, M is for benchmarks on PostgreSQL. */
export interface DemoScale {
  key: DemoScaleKey;
  /** Years of history ending today. */
  years: number;
  /** Multiplies accounts, leads, deals and activities per rep. */
  volume: number;
  people: DemoPlanOptions;
}

export const demoScales: Record<DemoScaleKey, DemoScale> = {
  // ~20 reps, 2 years: about 10 k deals and 100 k activities, loaded on the first start.
  s: { key: 's', years: 2, volume: 1, people: {} },
  // ~250 reps in ten teams of 25, 3 years, every dial logged: about 500 k deals and 5 M activities.
  m: { key: 'm', years: 3, volume: 2.75, people: { repsPerTeam: [25, 25, 25, 25], teamsPerGroup: [4, 2, 2, 2] } },
};

export interface CrmPlan {
  context: PlanContext;
  catalog: Catalog;
  /** Region ids by the plan's region key. */
  regionIds: ReadonlyMap<string, string>;
  reps: RepProfile[];
  /** Each rep's world in turn, planned as it is asked for: memory holds one rep at a time. */
  worlds(): Generator<RepWorld>;
}

/** Region ids by region key, drawn from the seed. */
export const planRegionIds = (people: DemoPlan): Map<string, string> => {
  const random = new Random(deriveSeed(people.seed, 'regions'));
  return new Map(people.regions.map((region) => [region.key, random.uuid()]));
};

/** The people plan of a scale: the demo's org, or the benchmark's ten teams of 25. */
export const demoPlanFor = (scale: DemoScaleKey, seed?: number): DemoPlan =>
  generateDemoPlan({ ...demoScales[scale].people, ...(seed === undefined ? {} : { seed }) });

/** Plans the CRM data of the demo org: deterministic for (people plan's seed, now, scale). */
export const planCrm = (people: DemoPlan, options: { now: Date; years: number; volume: number }): CrmPlan => {
  const calendar = new OrgCalendar(people.org.timeZone, options.now, options.years);
  const catalog = planCatalog(people.seed);
  const regionIds = planRegionIds(people);
  const idOf = new Map(people.people.map((p) => [p.email, p]));
  const seats: RepSeat[] = [];
  const firstFieldTeam = people.teams.find((t) => t.key === 'east');
  for (const team of people.teams) {
    for (const email of team.members) {
      const person = idOf.get(email);
      if (person?.role !== 'rep' || !person.repType) continue;
      seats.push({
        id: person.id,
        email,
        name: person.name,
        repType: person.repType,
        managerId: (idOf.get(team.manager) ?? person).id,
        region: team.region ?? 'na',
        isDemoRep: email === `rep@${demoDomain}`,
        recentSlump: firstFieldTeam?.members[0] === email,
      });
    }
  }
  const context: PlanContext = {
    seed: people.seed,
    calendar,
    catalog,
    currency: people.org.currency,
    leadFollowUpHours: 24,
    volume: options.volume,
    insideRepIds: seats.filter((s) => s.repType === 'inside').map((s) => s.id),
    regionIds,
  };
  const reps = seats.map((seat) => planRepProfile(people.seed, seat, calendar));
  return {
    context,
    catalog,
    regionIds,
    reps,
    *worlds() {
      // One registry per pass, filled in rep order, so every pass names the same companies alike.
      const names = new NameRegistry();
      for (const rep of reps) yield planRepWorld(context, rep, names);
    },
  };
};
