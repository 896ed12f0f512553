/**
 * Why a target is what it is, when Pacer set it rather than a person: kept as a code with its
 * values so each reader sees it in their language. It is stored in the history's reason text with
 * a prefix a typed reason may not start with; a typed reason stays as typed.
 */

export const targetReasonCodes = [
  'relative',
  'split',
  'estimates_rule',
  'follows_quota',
  'recurring',
  'rolled_forward',
  'rolled_with',
] as const;
export type TargetReasonCode = (typeof targetReasonCodes)[number];

export interface TargetReason {
  code: TargetReasonCode;
  params: Record<string, string>;
}

export const targetReasonPrefix = '@pacer:';

const english: Record<TargetReasonCode, (p: Record<string, string>) => string> = {
  relative: (p) => `${p.percent} % over ${p.baseline}`,
  split: (p) => `Split from ${p.name} (${p.method})`,
  estimates_rule: (p) => `${p.factor} × ${p.name}`,
  follows_quota: (p) => `Follows the quota: ${p.factor} ×`,
  recurring: () => 'Recurring quota: the next period started by itself',
  rolled_forward: (p) => `Rolled forward from ${p.from} – ${p.to} (result ${p.result})`,
  rolled_with: (p) => `Rolled forward with ${p.name}`,
};

export const encodeTargetReason = (code: TargetReasonCode, params: Record<string, string> = {}): string =>
  `${targetReasonPrefix}${JSON.stringify({ code, params })}`;

const isCode = (value: unknown): value is TargetReasonCode =>
  typeof value === 'string' && (targetReasonCodes as readonly string[]).includes(value);

/** The structured reason of a stored text, or null for a reason a person typed (or none). */
export const decodeTargetReason = (text: string | null): TargetReason | null => {
  if (!text?.startsWith(targetReasonPrefix)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(targetReasonPrefix.length));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { code, params } = parsed as { code?: unknown; params?: unknown };
    if (!isCode(code)) return null;
    const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
    return {
      code,
      params: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)])),
    };
  } catch {
    return null;
  }
};

/** A structured reason in English, for the API's plain `reason` and for scripts. */
export const describeTargetReason = (reason: TargetReason): string => english[reason.code](reason.params);
