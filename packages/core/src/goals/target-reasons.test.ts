import { describe, expect, it } from 'vitest';
import { decodeTargetReason, describeTargetReason, encodeTargetReason } from './target-reasons';

describe('target reasons', () => {
  it('keeps a reason Pacer wrote as a code with its values, readable in English', () => {
    const stored = encodeTargetReason('split', { name: 'Revenue 2026', method: 'last_year' });
    const reason = decodeTargetReason(stored);
    expect(reason).toEqual({ code: 'split', params: { name: 'Revenue 2026', method: 'last_year' } });
    expect(describeTargetReason(reason as NonNullable<typeof reason>)).toBe('Split from Revenue 2026 (last_year)');
  });

  it('leaves a typed reason, an unknown code and broken text alone', () => {
    expect(decodeTargetReason('Re-cut after the reorganisation')).toBeNull();
    expect(decodeTargetReason(null)).toBeNull();
    expect(decodeTargetReason('@pacer:{"code":"nope","params":{}}')).toBeNull();
    expect(decodeTargetReason('@pacer:{not json')).toBeNull();
  });
});
