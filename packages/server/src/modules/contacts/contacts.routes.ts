import {
  contactSchema,
  createContactSchema,
  listContactsQuerySchema,
  savedContactSchema,
  updateContactSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { contactTotals, listContacts } from './contacts.queries';
import { archiveContact, bulkUpdateContacts, createContact, getContact, updateContact } from './contacts.service';

export const contactRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  registerRecordRoutes(app, deps, {
    path: 'contacts',
    tag: 'Contacts',
    noun: 'contact',
    schemas: {
      listQuery: listContactsQuerySchema,
      create: createContactSchema,
      update: updateContactSchema,
      item: contactSchema,
      detail: contactSchema,
      // Create and update answer the contact with a duplicate warning.
      created: savedContactSchema,
    },
    list: listContacts,
    totals: contactTotals,
    get: getContact,
    create: createContact,
    update: updateContact,
    archive: archiveContact,
    bulk: bulkUpdateContacts,
  });
};
