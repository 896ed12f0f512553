import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { AppError } from '@pacer/core';
import type { FastifyInstance } from 'fastify';

export const webDistDir = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/**
 * Serves the built web app; any non-API path gets index.html so client-side routes load.
 * Unknown /api paths get a JSON 404 instead.
 */
export const registerWebApp = async (app: FastifyInstance, distDir = webDistDir) => {
  const hasWeb = existsSync(`${distDir}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method)) {
      const error = new AppError('ROUTE_NOT_FOUND', `No route ${request.method} ${path}`);
      return reply.status(404).send(error.toBody());
    }
    // A missing file (an old bundle name after an upgrade) is a 404, not the app's page.
    if (/\.[a-z0-9]+$/i.test(path)) {
      return reply.status(404).type('text/plain').send('Not found');
    }
    if (!hasWeb) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build` (npm start does this for you).');
    }
    return reply.type('text/html').sendFile('index.html');
  });
};
