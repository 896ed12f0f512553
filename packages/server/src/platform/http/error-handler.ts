import { AppError, type FieldIssue } from '@pacer/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

const fieldsOf = (issues: ValidationIssue[], context: string | undefined): FieldIssue[] =>
  issues.map((issue) => {
    const path =
      issue.params?.issue?.path?.map(String).join('.') ?? issue.instancePath?.replace(/^\//, '').replaceAll('/', '.');
    const where = context && context !== 'body' ? `${context}.` : '';
    return { path: `${where}${path ?? ''}`.replace(/\.$/, '') || context || '', message: issue.message ?? 'Invalid' };
  });

/** Maps every thrown error to the one error shape; nothing internal leaves the server. */
export const installErrorHandler = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldsOf(error.validation as ValidationIssue[], error.validationContext);
      const summary = fields.map((f) => `${f.path || 'input'}: ${f.message}`).join('; ');
      return reply.status(400).send(new AppError('VALIDATION_FAILED', `Invalid input — ${summary}`, fields).toBody());
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(new AppError('INTERNAL', 'Something went wrong on our side').toBody());
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply
        .status(429)
        .send(new AppError('RATE_LIMITED', 'Too many attempts; wait a minute and try again').toBody());
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send(new AppError('BAD_REQUEST', error.message).toBody());
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(new AppError('INTERNAL', 'Something went wrong on our side').toBody());
  });
};
