import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMailer } from './mailer';

let server: SMTPServer;
let port = 0;
const received: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('sends over SMTP when SMTP_URL is set', async () => {
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'Pacer <pacer@example.com>',
    logger: pino({ level: 'silent' }),
  });
  await mailer.send({ to: 'rep@example.com', subject: 'Reset your Pacer password', text: 'Open this link' });
  expect(received).toHaveLength(1);
  expect(received[0]).toContain('Subject: Reset your Pacer password');
  expect(received[0]).toContain('To: rep@example.com');
  expect(received[0]).toContain('Open this link');
});

it('writes the mail to the log when SMTP_URL is not set', async () => {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  await createMailer({ smtpUrl: null, from: 'x', logger }).send({
    to: 'a@example.com',
    subject: 'Hello',
    text: 'link here',
  });
  expect(lines.join('')).toContain('link here');
});

it('reports a failed delivery, so callers can tell the user', async () => {
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'x', logger: pino({ level: 'silent' }) });
  await expect(mailer.send({ to: 'a@example.com', subject: 'x', text: 'y' })).rejects.toThrow();
});
