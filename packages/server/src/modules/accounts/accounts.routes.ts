import { accountSchema, createAccountSchema, listAccountsQuerySchema, updateAccountSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { accountTotals, listAccounts } from './accounts.queries';
import { archiveAccount, bulkUpdateAccounts, createAccount, getAccount, updateAccount } from './accounts.service';

export const accountRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  registerRecordRoutes(app, deps, {
    path: 'accounts',
    tag: 'Accounts',
    noun: 'account',
    schemas: {
      listQuery: listAccountsQuerySchema,
      create: createAccountSchema,
      update: updateAccountSchema,
      item: accountSchema,
      detail: accountSchema,
    },
    list: listAccounts,
    totals: accountTotals,
    get: getAccount,
    create: createAccount,
    update: updateAccount,
    archive: archiveAccount,
    bulk: bulkUpdateAccounts,
  });
};
