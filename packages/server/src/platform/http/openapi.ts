import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const openApiPath = '/api/openapi.json';
export const docsPrefix = '/api/docs';

/** The OpenAPI 3.1 document is generated from the routes' zod schemas: one contract, no drift. */
export const registerOpenApi = async (app: FastifyInstance, version: string) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pacer API',
        version,
        description:
          'Everything a person can do in Pacer, a script can do here. Authenticate with a personal API token ' +
          '(`Authorization: Bearer pct_…`, created under Profile → API tokens) or with the session cookie; ' +
          'cookie-authenticated writes also send the `x-csrf-token` header from `GET /api/v1/session`. ' +
          'Errors always have the shape `{ error: { code, message, fields? } }`.',
      },
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
          session: { type: 'apiKey', in: 'cookie', name: 'pacer_session' },
        },
      },
      security: [{ apiToken: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: docsPrefix });
  app.get(openApiPath, { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
};
