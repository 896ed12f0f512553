import { idParamsSchema, pageOf, timelineEntrySchema, timelineQuerySchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listTimelineRows, type TimelineRecordType, timelineRecords } from './timeline.queries';
import { toTimelineEntry } from './timeline-entries';

const tags: Record<TimelineRecordType, string> = {
  accounts: 'Accounts',
  contacts: 'Contacts',
  leads: 'Leads',
  deals: 'Deals',
};

export const timelineRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  for (const type of Object.keys(timelineRecords) as TimelineRecordType[]) {
    const { entity } = timelineRecords[type];
    typed(app).get(
      `/${type}/:id/timeline`,
      {
        config: { access: 'crm:read' },
        schema: {
          tags: [tags[type]],
          summary:
            type === 'deals'
              ? 'The deal’s history, newest first: activities, stage changes and edits'
              : `The ${entity}’s history, newest first: activities and edits`,
          params: idParamsSchema,
          querystring: timelineQuerySchema,
          response: { 200: pageOf(timelineEntrySchema), ...errorResponses },
        },
      },
      async (request) => {
        const { rows, nextCursor } = await listTimelineRows(
          db,
          principalOf(request).scope,
          type,
          request.params.id,
          request.query,
        );
        return { items: rows.map(toTimelineEntry), nextCursor };
      },
    );
  }
};
