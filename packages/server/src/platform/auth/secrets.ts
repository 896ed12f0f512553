import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Kinds of bearer secrets Pacer hands out. Each carries its org's id, so a lookup goes
 * straight to that tenant's rows (one shard under Citus); only the SHA-256 is stored.
 */
export const secretKinds = { session: 'pcs', apiToken: 'pct', invitation: 'pci' } as const;
export type SecretKind = keyof typeof secretKinds;

const pattern = /^(pcs|pct|pci)_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const issueOrgSecret = (kind: SecretKind, orgId: string): { token: string; hash: string } => {
  const token = `${secretKinds[kind]}_${orgId.replaceAll('-', '')}_${randomSecret()}`;
  return { token, hash: sha256(token) };
};

/** The org a secret belongs to, or null when the string is not a secret of that kind. */
export const orgIdOfSecret = (kind: SecretKind, token: string): string | null => {
  const match = pattern.exec(token);
  if (!match || match[1] !== secretKinds[kind]) return null;
  const hex = match[2] as string;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const safeEqual = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};
