import type { Account } from '@pacer/core';
import { recordQuery } from '../records/record-api';

export const accountQuery = (id: string) => recordQuery<Account>('accounts', id);
