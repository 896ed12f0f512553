import type { RepType, Role } from '@pacer/core';

/** A small deterministic PRNG (mulberry32): the same seed gives the same demo org everywhere. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export interface DemoPerson {
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

/** The demo org: regions, a sales team with four sub-teams, managers, ~20 reps of all three kinds. */
export const generateDemoPlan = (options: { seed?: number; repsPerTeam?: number[] } = {}): DemoPlan => {
  const random = seededRandom(options.seed ?? 2026);
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
    const entry = { email: email ?? `${slug(name)}@${demoDomain}`, name, role, repType, title };
    people.push(entry);
    return entry.email;
  };

  person('admin', null, 'Sales operations', `admin@${demoDomain}`);
  person('viewer', null, 'Finance', `viewer@${demoDomain}`);
  const vp = person('manager', null, 'VP Sales', `vp@${demoDomain}`);
  const [inside = 7, east = 4, west = 4, partners = 5] = options.repsPerTeam ?? [];
  const reps = (count: number, repType: RepType, title: string, first?: string) =>
    Array.from({ length: count }, (_, i) => person('rep', repType, title, i === 0 ? first : undefined));

  const teams: DemoTeam[] = [
    { key: 'sales', name: 'Sales', parent: null, region: null, manager: vp, members: [] },
    {
      key: 'inside',
      name: 'Inside Sales',
      parent: 'sales',
      region: 'na',
      manager: person('manager', null, 'Inside sales manager', `manager@${demoDomain}`),
      members: reps(inside, 'inside', 'Inside sales rep', `rep@${demoDomain}`),
    },
    {
      key: 'east',
      name: 'Field Sales East',
      parent: 'sales',
      region: 'east',
      manager: person('manager', null, 'Regional manager East'),
      members: reps(east, 'field', 'Field sales rep'),
    },
    {
      key: 'west',
      name: 'Field Sales West',
      parent: 'sales',
      region: 'west',
      manager: person('manager', null, 'Regional manager West'),
      members: reps(west, 'field', 'Field sales rep'),
    },
    {
      key: 'partners',
      name: 'Partner Channel',
      parent: 'sales',
      region: 'europe',
      manager: person('manager', null, 'Channel manager'),
      members: reps(partners, 'external', 'Independent sales agent'),
    },
  ];
  const regions: DemoRegion[] = [
    { key: 'na', name: 'North America', parent: null },
    { key: 'east', name: 'East', parent: 'na' },
    { key: 'west', name: 'West', parent: 'na' },
    { key: 'europe', name: 'Europe', parent: null },
    { key: 'dach', name: 'DACH', parent: 'europe' },
  ];
  return {
    org: { name: 'Summit Supply (demo)', currency: 'USD', timeZone: 'America/New_York', fiscalYearStartMonth: 1 },
    people,
    regions,
    teams,
  };
};
