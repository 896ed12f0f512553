import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Sends over SMTP when `SMTP_URL` is set; otherwise writes the mail to the log so a local user can follow links. */
export const createMailer = (options: { smtpUrl: string | null; from: string; logger: Logger }): Mailer => {
  if (!options.smtpUrl) {
    return {
      send: async (mail) => {
        options.logger.info({ mail }, `mail to ${mail.to}: ${mail.subject}\n${mail.text}`);
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from: options.from, ...mail });
    },
  };
};

/** A mailer that keeps what it sends, for tests. */
export const createMemoryMailer = (): Mailer & { sent: Mail[] } => {
  const sent: Mail[] = [];
  return {
    sent,
    send: async (mail) => {
      sent.push(mail);
    },
  };
};
