import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type RecordType, recordTypes } from '@pacer/core';
import type { FastifyRequest } from 'fastify';
import type { UploadSettings } from '../../platform/http/route-kit';
import { readHead, sniffFormat } from './import-files';
import type { StoredUpload } from './imports.service';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const recordTypeOf = (value: unknown): RecordType => {
  if (typeof value === 'string' && (recordTypes as readonly string[]).includes(value)) return value as RecordType;
  throw new AppError('VALIDATION_FAILED', `Say what the file holds: recordType is one of ${recordTypes.join(', ')}`, [
    { path: 'recordType', message: `One of ${recordTypes.join(', ')}` },
  ]);
};

const readStart = async (path: string) => {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/**
 * Receives a multipart upload (a `recordType` field, then the `file`), streaming the file to the
 * upload folder while hashing it; never holds it in memory. Answers 413 past the size limit and 415
 * for anything but CSV or XLSX.
 */
export const receiveUpload = async (
  request: FastifyRequest,
  uploads: UploadSettings,
): Promise<{ recordType: RecordType; upload: StoredUpload }> => {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_FILE', 'Send the file as multipart/form-data, in a field named "file"');
  }
  const part = await request.file({ limits: { fileSize: uploads.maxBytes } });
  if (!part) throw new AppError('VALIDATION_FAILED', 'No file was sent', [{ path: 'file', message: 'Required' }]);
  const field = part.fields.recordType;
  const fromField = field && !Array.isArray(field) && 'value' in field ? field.value : undefined;
  const recordType = recordTypeOf(fromField ?? (request.query as { recordType?: string }).recordType);

  await mkdir(uploads.dir, { recursive: true });
  const storedPath = join(uploads.dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const tooLarge = () =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file is larger than ${megabytes(uploads.maxBytes)}: split it and import the parts`,
    );
  try {
    await pipeline(part.file, tap, createWriteStream(storedPath));
    if (part.file.truncated) throw tooLarge();
    const format = sniffFormat(await readStart(storedPath));
    if (format === 'xls')
      throw new AppError('UNSUPPORTED_FILE', 'Old .xls workbooks are not read: save it as .xlsx or CSV');
    if (!format) throw new AppError('UNSUPPORTED_FILE', 'This is not a CSV or XLSX file');
    const head = await readHead(storedPath, format).catch(() => {
      throw new AppError('UNSUPPORTED_FILE', `The file cannot be read as ${format.toUpperCase()}`);
    });
    if (head.headers.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'The file is empty: its first row should name the columns', [
        { path: 'file', message: 'No header row' },
      ]);
    }
    return {
      recordType,
      upload: {
        fileName: basename(part.filename || 'upload').slice(0, 200),
        storedPath,
        sha256: hash.digest('hex'),
        format,
        ...head,
      },
    };
  } catch (error) {
    await rm(storedPath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
};
