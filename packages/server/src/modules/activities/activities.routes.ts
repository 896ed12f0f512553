import { activitySchema, createActivitySchema, listActivitiesQuerySchema, updateActivitySchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { activityTotals, listActivities } from './activities.queries';
import {
  archiveActivity,
  bulkUpdateActivities,
  createActivity,
  getActivity,
  updateActivity,
} from './activities.service';

export const activityRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const { clock } = deps;
  registerRecordRoutes(app, deps, {
    path: 'activities',
    tag: 'Activities',
    noun: 'activity',
    schemas: {
      listQuery: listActivitiesQuerySchema,
      create: createActivitySchema,
      update: updateActivitySchema,
      item: activitySchema,
      detail: activitySchema,
    },
    list: listActivities,
    totals: activityTotals,
    get: getActivity,
    // The server's clock decides "now" for an activity logged as done without a time.
    create: (db, scope, input) => createActivity(db, scope, input, clock),
    update: (db, scope, id, input) => updateActivity(db, scope, id, input, clock),
    archive: (db, scope, id, archived) => archiveActivity(db, scope, id, archived, clock),
    bulk: (db, scope, input) => bulkUpdateActivities(db, scope, input, clock),
  });
};
