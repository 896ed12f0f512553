import type { Lead } from '@pacer/core';
import { recordQuery } from '../records/record-api';

export const leadQuery = (id: string) => recordQuery<Lead>('leads', id);
