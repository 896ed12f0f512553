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
      try {
        await transport.sendMail({ from: options.from, ...mail });
      } catch (error) {
        options.logger.error({ err: error, to: mail.to, subject: mail.subject }, 'mail could not be sent');
        throw error;
      }
    },
  };
};

/** A mailer that keeps what it sends, for tests; set `failing` to act like an unreachable server. */
export const createMemoryMailer = (): Mailer & { sent: Mail[]; failing: boolean } => {
  const sent: Mail[] = [];
  return {
    sent,
    failing: false,
    async send(mail) {
      if (this.failing) throw new Error('mail server unreachable');
      sent.push(mail);
    },
  };
};
