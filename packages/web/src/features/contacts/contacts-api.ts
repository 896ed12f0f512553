import type { Contact } from '@pacer/core';
import { recordQuery } from '../records/record-api';

export const contactQuery = (id: string) => recordQuery<Contact>('contacts', id);
