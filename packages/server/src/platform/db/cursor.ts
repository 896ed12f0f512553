import { AppError } from '@pacer/core';

/** Keyset pagination: the last row's sort values, opaque to clients. */
export const encodeCursor = (values: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export const decodeCursor = (cursor: string, arity: number): (string | number)[] => {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not valid', [{ path: 'cursor', message: 'Invalid cursor' }]);
};
