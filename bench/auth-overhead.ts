/**
 * Auth overhead: what every authenticated API request pays for the session (or API token) lookup
 * and the access policy's scope resolution, and how that grows with the size of the org.
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../packages/server/src/app';
import { generateDemoPlan } from '../packages/server/src/modules/demo/demo-plan';
import { loadDemo } from '../packages/server/src/modules/demo/load-demo';
import { members } from '../packages/server/src/modules/members/members.table';
import { resolveScope, type Scope, visibleOwner } from '../packages/server/src/platform/auth/access-policy';
import { principalFromApiToken, principalFromSession } from '../packages/server/src/platform/auth/sessions';
import { systemClock } from '../packages/server/src/platform/clock';
import { createMemoryMailer } from '../packages/server/src/platform/mail/mailer';
import { type DatabaseKind, openBenchDatabase } from './lib/databases';
import {
  interleaved,
  type LatencySummary,
  type Plan,
  request,
  type ThroughputSummary,
  throughput,
} from './lib/measure';

export interface OrgSize {
  label: string;
  /** Reps in the demo's four sub-teams [inside, east, west, partners]; undefined: the demo's default. */
  repsPerTeam: number[] | undefined;
}

export interface CaseResult {
  name: string;
  path: string;
  auth: string;
  latency: LatencySummary;
  throughput: ThroughputSummary;
  /** This case's sequential median over the health baseline's. */
  medianRatioToHealth: number;
}

export interface ScopeResult {
  name: string;
  /** Users and teams in the resolved scope (null: the whole org). */
  scopeUsers: number | null;
  scopeTeams: number | null;
  latency: LatencySummary;
}

export interface AuthOverheadRun {
  database: DatabaseKind;
  databaseVersion: string;
  org: { label: string; repsPerTeam: number[]; reps: number; people: number; teams: number };
  loadDemoSeconds: number;
  cases: CaseResult[];
  /** The same work called in-process, without HTTP: the auth layer's own cost. */
  inProcess: ScopeResult[];
}

const password = 'pacer-demo';
const domain = 'summit.example';

interface SignedIn {
  cookie: string;
  csrfToken: string;
  userId: string;
  orgId: string;
  role: 'admin' | 'manager' | 'rep' | 'viewer';
  token: string;
}

const signIn = async (baseUrl: string, email: string): Promise<SignedIn> => {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as {
    csrfToken: string;
    user: { id: string };
    org: { id: string };
    member: { role: SignedIn['role'] };
  };
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}`);
  const pair = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((p) => p.startsWith('pacer_session='));
  if (!pair) throw new Error(`sign-in as ${email} set no pacer_session cookie`);
  return {
    cookie: pair,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    orgId: body.org.id,
    role: body.member.role,
    token: pair.slice('pacer_session='.length),
  };
};

const createApiToken = async (baseUrl: string, who: SignedIn): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/v1/me/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: who.cookie, 'x-csrf-token': who.csrfToken },
    body: JSON.stringify({ name: 'bench' }),
  });
  const body = (await response.json()) as { token: string };
  if (response.status !== 201) throw new Error(`creating an API token answered ${response.status}`);
  return body.token;
};

/** One database kind, one org size: load the org, serve it, measure every case. */
export const runAuthOverhead = async (
  kind: DatabaseKind,
  size: OrgSize,
  plan: Plan,
  databaseName: string,
  log: (line: string) => void,
): Promise<AuthOverheadRun> => {
  const bench = await openBenchDatabase(kind, databaseName);
  const { database } = bench;
  try {
    const demo = generateDemoPlan(size.repsPerTeam ? { repsPerTeam: size.repsPerTeam } : {});
    const loadStart = performance.now();
    await loadDemo(database.db, demo, { crm: false });
    const loadDemoSeconds = (performance.now() - loadStart) / 1000;
    const reps = demo.people.filter((p) => p.role === 'rep').length;
    log(`  ${size.label}: ${demo.people.length} people (${reps} reps) loaded in ${loadDemoSeconds.toFixed(1)} s`);

    const app = await buildApp({
      database,
      logger: pino({ level: 'silent' }),
      mailer: createMemoryMailer(),
      publicUrl: 'http://bench',
      rateLimits: { authPerMinute: 1e9 },
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}`;

      const admin = await signIn(baseUrl, `admin@${domain}`);
      const vp = await signIn(baseUrl, `vp@${domain}`);
      const rep = await signIn(baseUrl, `rep@${domain}`);
      const vpToken = await createApiToken(baseUrl, vp);

      const cases: { name: string; path: string; auth: string; headers: Record<string, string> }[] = [
        { name: 'health (no auth)', path: '/api/health', auth: 'none', headers: {} },
        { name: 'session: rep', path: '/api/v1/session', auth: 'cookie', headers: { cookie: rep.cookie } },
        { name: 'session: VP', path: '/api/v1/session', auth: 'cookie', headers: { cookie: vp.cookie } },
        {
          name: 'session: VP token',
          path: '/api/v1/session',
          auth: 'bearer',
          headers: { authorization: `Bearer ${vpToken}` },
        },
        { name: 'members: VP', path: '/api/v1/members?limit=50', auth: 'cookie', headers: { cookie: vp.cookie } },
        {
          name: 'members: admin',
          path: '/api/v1/members?limit=50',
          auth: 'cookie',
          headers: { cookie: admin.cookie },
        },
      ];

      // Warm-up and sequential latencies, all cases interleaved; then each case's throughput.
      const calls = cases.map((c) => () => request({ url: `${baseUrl}${c.path}`, headers: c.headers }));
      const latencies = await interleaved(calls, plan.warmup, plan.sequential);
      const healthMedian = latencies[0]?.medianMs ?? Number.NaN;
      const results: CaseResult[] = [];
      for (const [i, c] of cases.entries()) {
        const latency = latencies[i] as LatencySummary;
        results.push({
          name: c.name,
          path: c.path,
          auth: c.auth,
          latency,
          throughput: await throughput(calls[i] as () => Promise<void>, plan.concurrentRequests, plan.concurrency),
          medianRatioToHealth: latency.medianMs / healthMedian,
        });
      }

      // The auth layer alone, in-process: no HTTP, no route, no serialization.
      const db = database.db;
      // One row through the access policy's owner predicate: the admin's is `org_id = $1`, a
      // manager's adds `user_id in (…every user in the subtree…)`.
      const vpScope = await resolveScope(db, vp.orgId, vp.userId, vp.role);
      const adminScope = await resolveScope(db, admin.orgId, admin.userId, admin.role);
      const oneVisibleMember = (scope: Scope) => () =>
        db
          .select({ userId: members.userId })
          .from(members)
          .where(visibleOwner(scope, members.orgId, members.userId))
          .limit(1);
      const direct = [
        { name: 'resolveScope: rep', who: rep, call: () => resolveScope(db, rep.orgId, rep.userId, rep.role) },
        { name: 'resolveScope: VP', who: vp, call: () => resolveScope(db, vp.orgId, vp.userId, vp.role) },
        {
          name: 'resolveScope: admin',
          who: admin,
          call: () => resolveScope(db, admin.orgId, admin.userId, admin.role),
        },
        { name: 'principalFromSession: VP', who: vp, call: () => principalFromSession(db, systemClock, vp.token) },
        { name: 'principalFromApiToken: VP', who: vp, call: () => principalFromApiToken(db, systemClock, vpToken) },
        { name: 'visibleOwner, 1 row: VP', who: vp, call: oneVisibleMember(vpScope) },
        { name: 'visibleOwner, 1 row: admin', who: admin, call: oneVisibleMember(adminScope) },
      ];
      const directLatencies = await interleaved(
        direct.map((d) => d.call),
        plan.warmup,
        plan.sequential,
      );
      const inProcess: ScopeResult[] = [];
      for (const [i, d] of direct.entries()) {
        const scope = await resolveScope(db, d.who.orgId, d.who.userId, d.who.role);
        inProcess.push({
          name: d.name,
          scopeUsers: scope.userIds?.size ?? null,
          scopeTeams: scope.teamIds?.size ?? null,
          latency: directLatencies[i] as LatencySummary,
        });
      }

      return {
        database: kind,
        databaseVersion: bench.version,
        org: {
          label: size.label,
          repsPerTeam: demo.teams.slice(1).map((t) => t.members.length),
          reps,
          people: demo.people.length,
          teams: demo.teams.length,
        },
        loadDemoSeconds,
        cases: results,
        inProcess,
      };
    } finally {
      await app.close();
    }
  } finally {
    await bench.dispose();
  }
};
