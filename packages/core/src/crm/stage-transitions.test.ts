import { describe, expect, it } from 'vitest';
import { closeFieldsProblem, isHandoff, planStageMove, type StageRef } from './stage-transitions';

const stage = (id: string, kind: StageRef['kind'], extra: Partial<StageRef> = {}): StageRef => ({
  id,
  pipelineId: 'p1',
  kind,
  ownerRole: null,
  ...extra,
});
const open = stage('open', 'open');
const proposal = stage('proposal', 'open');
const won = stage('won', 'won');
const lost = stage('lost', 'lost');
const renewal = stage('renewal', 'open', { pipelineId: 'p2' });
const archived = stage('old', 'open', { pipelineId: 'p3', pipelineArchived: true });
const today = '2026-03-02';
const openDeal = { closedOn: null, lostReason: null };

describe('stage moves', () => {
  it.each([
    {
      title: 'open → open keeps the deal open',
      from: open,
      to: proposal,
      current: openDeal,
      given: {},
      outcome: { kind: 'move', closedOn: null, lostReason: null, pipelineChanged: false },
    },
    {
      title: 'open → won closes today',
      from: open,
      to: won,
      current: openDeal,
      given: {},
      outcome: { kind: 'move', closedOn: today, lostReason: null },
    },
    {
      title: 'open → won on a given day',
      from: open,
      to: won,
      current: openDeal,
      given: { closedOn: '2026-02-27' },
      outcome: { kind: 'move', closedOn: '2026-02-27' },
    },
    {
      title: 'open → lost needs a reason',
      from: open,
      to: lost,
      current: openDeal,
      given: {},
      outcome: { kind: 'invalid', path: 'lostReason' },
    },
    {
      title: 'open → lost with a reason',
      from: open,
      to: lost,
      current: openDeal,
      given: { lostReason: 'Price' },
      outcome: { kind: 'move', closedOn: today, lostReason: 'Price' },
    },
    {
      title: 'a reason already on the deal is enough',
      from: won,
      to: lost,
      current: { closedOn: '2026-01-10', lostReason: 'Budget' },
      given: {},
      outcome: { kind: 'move', closedOn: today, lostReason: 'Budget' },
    },
    {
      title: 'reopening clears the close date and the lost reason',
      from: lost,
      to: proposal,
      current: { closedOn: '2026-01-10', lostReason: 'Budget' },
      given: {},
      outcome: { kind: 'move', closedOn: null, lostReason: null },
    },
    {
      title: 'an open stage takes no close date',
      from: open,
      to: proposal,
      current: openDeal,
      given: { closedOn: '2026-03-01' },
      outcome: { kind: 'invalid', path: 'closedOn' },
    },
    {
      title: 'the same stage is no move',
      from: proposal,
      to: proposal,
      current: openDeal,
      given: {},
      outcome: { kind: 'unchanged' },
    },
    {
      title: 'another pipeline’s stage moves the deal there',
      from: proposal,
      to: renewal,
      current: openDeal,
      given: {},
      outcome: { kind: 'move', pipelineChanged: true },
    },
    {
      title: 'an archived pipeline takes no deals',
      from: proposal,
      to: archived,
      current: openDeal,
      given: {},
      outcome: { kind: 'invalid', path: 'stageId' },
    },
    {
      title: 'a new deal may start won',
      from: null,
      to: won,
      current: openDeal,
      given: { closedOn: '2025-12-31' },
      outcome: { kind: 'move', closedOn: '2025-12-31', pipelineChanged: false },
    },
  ])('$title', ({ from, to, current, given, outcome }) => {
    expect(planStageMove({ from, to, current, given, today })).toMatchObject(outcome);
  });
});

describe('hand-offs', () => {
  it.each([
    { from: null, to: 'ae', fromOwner: null, toOwner: 'u1', handoff: false },
    { from: 'sdr', to: 'ae', fromOwner: 'u1', toOwner: 'u1', handoff: true },
    { from: 'sdr', to: 'sdr', fromOwner: 'u1', toOwner: 'u2', handoff: true },
    { from: 'ae', to: 'ae', fromOwner: 'u1', toOwner: 'u1', handoff: false },
    { from: 'none', to: 'none', fromOwner: 'u1', toOwner: 'u1', handoff: false },
    { from: 'ae', to: 'none', fromOwner: 'u1', toOwner: 'u1', handoff: true },
  ] as const)('$from/$fromOwner → $to/$toOwner: $handoff', ({ from, to, fromOwner, toOwner, handoff }) => {
    const role = (r: string) => ({ ownerRole: r === 'none' ? null : (r as 'ae') });
    expect(isHandoff(from === null ? null : role(from), role(to), fromOwner, toOwner)).toBe(handoff);
  });
});

describe('close fields outside a move', () => {
  it.each([
    { kind: 'won', closedOn: '2026-01-01', lostReason: null, problem: null },
    { kind: 'won', closedOn: null, lostReason: null, problem: 'closedOn' },
    { kind: 'open', closedOn: '2026-01-01', lostReason: null, problem: 'closedOn' },
    { kind: 'open', closedOn: null, lostReason: null, problem: null },
    { kind: 'lost', closedOn: '2026-01-01', lostReason: null, problem: 'lostReason' },
    { kind: 'lost', closedOn: '2026-01-01', lostReason: 'Price', problem: null },
  ] as const)('$kind with $closedOn / $lostReason', ({ kind, closedOn, lostReason, problem }) => {
    expect(closeFieldsProblem(kind, { closedOn, lostReason })?.path ?? null).toBe(problem);
  });
});
