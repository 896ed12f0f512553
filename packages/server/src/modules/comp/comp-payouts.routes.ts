import { compPayoutQuerySchema, idParamsSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { payoutCsv, payoutRows, payoutWorkbook } from './comp-payouts';
import { readStatementDetail } from './comp-statements.detail';
import { statementPdf } from './comp-statements.pdf';

const tags = ['Comp statements'];
const types = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
const file = { 200: z.string().describe('The file'), ...errorResponses };

/** Files: the payout export for payroll (admins) and a statement as PDF (whoever may read it). */
export const compPayoutRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  for (const format of ['csv', 'xlsx'] as const) {
    api.get(
      `/comp-payouts.${format}`,
      {
        config: { access: 'comp:write' },
        schema: {
          tags,
          summary: `Approved and paid statements of a period as ${format.toUpperCase()} for payroll: rep, e-mail, period, currency, total`,
          querystring: compPayoutQuerySchema,
          produces: [types[format]],
          response: file,
        },
      },
      async (request, reply) => {
        const { periodStart, periodEnd } = request.query;
        const rows = await payoutRows(db, principalOf(request).scope, { start: periodStart, end: periodEnd });
        const body = format === 'csv' ? payoutCsv(rows) : await payoutWorkbook(rows);
        return (
          reply
            .header('content-type', types[format])
            .header('content-disposition', `attachment; filename="payouts-${periodStart}-${periodEnd}.${format}"`)
            .header('cache-control', 'no-store')
            // A file, not the JSON the response schema's types expect.
            .send(body as never)
        );
      },
    );
  }
  api.get(
    '/comp-statements/:id.pdf',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'A statement as a printable PDF',
        params: idParamsSchema,
        produces: [types.pdf],
        response: file,
      },
    },
    async (request, reply) => {
      const statement = await readStatementDetail(db, principalOf(request).scope, request.params.id);
      const pdf = await statementPdf(statement);
      const name = `statement-${statement.periodStart}-${statement.periodEnd}-${statement.id.slice(0, 8)}.pdf`;
      return reply
        .header('content-type', types.pdf)
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(pdf as never);
    },
  );
};
