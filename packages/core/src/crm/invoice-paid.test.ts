import { describe, expect, it } from 'vitest';
import { invoicePaidProblem } from './invoice-paid';

describe('invoice paid on', () => {
  it.each([
    { kind: 'won', paidOn: '2026-03-01', problem: false },
    { kind: 'won', paidOn: '2026-03-02', problem: false },
    { kind: 'won', paidOn: '2026-03-03', problem: true },
    { kind: 'open', paidOn: '2026-03-01', problem: true },
    { kind: 'lost', paidOn: '2026-03-01', problem: true },
    { kind: 'open', paidOn: null, problem: false },
    { kind: 'won', paidOn: null, problem: false },
  ] as const)('$kind deal, paid on $paidOn', ({ kind, paidOn, problem }) => {
    expect(invoicePaidProblem(kind, paidOn, '2026-03-02') !== null).toBe(problem);
  });
});
