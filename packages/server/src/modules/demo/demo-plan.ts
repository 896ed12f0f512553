import type { RepType, Role } from '@pacer/core';
import { deriveSeed, Random, seededRandom } from './demo-random';

export { seededRandom };

export interface DemoPerson {
  /** The user id, drawn from the seed, so planned records can name their owner before loading. */
  id: string;
  email: string;
  name: string;
  role: Role;
  repType: RepType | null;
  title: string;
}

export interface DemoRegion {
  key: string;
  name: string;
  parent: string | null;
}

export interface DemoTeam {
  key: string;
  name: string;
  parent: string | null;
  region: string | null;
  manager: string;
  members: string[];
}

export interface DemoPlan {
  seed: number;
  org: { name: string; currency: string; timeZone: string; fiscalYearStartMonth: number };
  people: DemoPerson[];
  regions: DemoRegion[];
  teams: DemoTeam[];
}

export const demoDomain = 'summit.example';
export const demoPassword = 'pacer-demo';

const firstNames = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kira',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Yara',
  'Zoe',
  'Arjun',
  'Bianca',
  'Carlos',
  'Dana',
  'Emil',
  'Fatima',
  'Gavin',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Marco',
];
const lastNames = [
  'Adler',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gallagher',
  'Hoffmann',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schneider',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zimmermann',
  'Alvarez',
  'Becker',
  'Costa',
  'Novak',
];

const slug = (name: string) => name.toLowerCase().replaceAll('.', '').replaceAll(' ', '.');

export interface DemoPlanOptions {
  seed?: number;
  /** Reps in each team of the four groups [inside, east, west, partners]. */
  repsPerTeam?: number[];
  /** Teams in each group (default one each); a group's extra teams get their own manager. */
  teamsPerGroup?: number[];
}

/** The demo org: regions, a sales team with four groups of sub-teams, managers, reps of all three kinds. */
export const generateDemoPlan = (options: DemoPlanOptions = {}): DemoPlan => {
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  // Ids come from their own stream, so the names stay what they were before ids were planned.
  const ids = new Random(deriveSeed(seed, 'people'));
  const used = new Set<string>();
  // Random pairs first; once a few tries collide (big generated orgs), a middle initial makes it unique.
  const pickName = () => {
    for (let attempt = 0; ; attempt++) {
      const first = firstNames[Math.floor(random() * firstNames.length)] as string;
      const last = lastNames[Math.floor(random() * lastNames.length)] as string;
      const middle =
        attempt < 5 ? '' : ` ${String.fromCharCode(65 + (attempt % 26))}${Math.floor(attempt / 26) || ''}.`;
      const name = `${first}${middle} ${last}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const people: DemoPerson[] = [];
  const person = (role: Role, repType: RepType | null, title: string, email?: string) => {
    const name = pickName();
    const entry = { id: ids.uuid(), email: email ?? `${slug(name)}@${demoDomain}`, name, role, repType, title };
    people.push(entry);
    return entry.email;
  };

  person('admin', null, 'Sales operations', `admin@${demoDomain}`);
  person('viewer', null, 'Finance', `viewer@${demoDomain}`);
  const vp = person('manager', null, 'VP Sales', `vp@${demoDomain}`);
  const sizes = options.repsPerTeam ?? [];
  const reps = (count: number, repType: RepType, title: string, first?: string) =>
    Array.from({ length: count }, (_, i) => person('rep', repType, title, i === 0 ? first : undefined));

  const groups = [
    { key: 'inside', name: 'Inside Sales', region: 'na', manager: 'Inside sales manager', size: sizes[0] ?? 7 },
    { key: 'east', name: 'Field Sales East', region: 'east', manager: 'Regional manager East', size: sizes[1] ?? 4 },
    { key: 'west', name: 'Field Sales West', region: 'west', manager: 'Regional manager West', size: sizes[2] ?? 4 },
    { key: 'partners', name: 'Partner Channel', region: 'europe', manager: 'Channel manager', size: sizes[3] ?? 5 },
  ] as const;
  const repKind: Record<(typeof groups)[number]['key'], [RepType, string]> = {
    inside: ['inside', 'Inside sales rep'],
    east: ['field', 'Field sales rep'],
    west: ['field', 'Field sales rep'],
    partners: ['external', 'Independent sales agent'],
  };
  const teams: DemoTeam[] = [{ key: 'sales', name: 'Sales', parent: null, region: null, manager: vp, members: [] }];
  for (const group of groups) {
    const [repType, title] = repKind[group.key];
    teams.push({
      key: group.key,
      name: group.name,
      parent: 'sales',
      region: group.region,
      manager: person('manager', null, group.manager, group.key === 'inside' ? `manager@${demoDomain}` : undefined),
      members: reps(group.size, repType, title, group.key === 'inside' ? `rep@${demoDomain}` : undefined),
    });
  }
  // Further teams of a group come after the first four, so the default org stays as it always was.
  groups.forEach((group, g) => {
    const [repType, title] = repKind[group.key];
    for (let copy = 2; copy <= (options.teamsPerGroup?.[g] ?? 1); copy++) {
      teams.push({
        key: `${group.key}-${copy}`,
        name: `${group.name} ${copy}`,
        parent: 'sales',
        region: group.region,
        manager: person('manager', null, group.manager),
        members: reps(group.size, repType, title),
      });
    }
  });
  const regions: DemoRegion[] = [
    { key: 'na', name: 'North America', parent: null },
    { key: 'east', name: 'East', parent: 'na' },
    { key: 'west', name: 'West', parent: 'na' },
    { key: 'europe', name: 'Europe', parent: null },
    { key: 'dach', name: 'DACH', parent: 'europe' },
  ];
  return {
    seed,
    org: { name: 'Summit Supply (demo)', currency: 'USD', timeZone: 'America/New_York', fiscalYearStartMonth: 1 },
    people,
    regions,
    teams,
  };
};
