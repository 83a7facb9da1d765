import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '#devstack';
import { waitForValue } from './wait.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  occasion: string;
}

export interface SmtpSink {
  url: string;
  mails: Mail[];
  to(address: string): Mail[];
  /** Waits for the first mail to `address` whose occasion starts with `occasion` (an occasion key or its prefix), and returns it. */
  mailTo(address: string, occasion: string, timeoutMs?: number): Promise<Mail>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process (smtp-server), keeping every message the worker sends. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({
            to: [mail.to ?? []]
              .flat()
              .map((a) => a.text)
              .join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            occasion: String(mail.headers.get('x-notice-occasion') ?? ''),
          });
          done();
        })
        .catch(done);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const to = (address: string) => mails.filter((m) => m.to.includes(address));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to,
    mailTo: (address, occasion, timeoutMs) =>
      waitForValue(() => to(address).find((m) => m.occasion.startsWith(occasion)), `mail to ${address} for ${occasion}…`, timeoutMs),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
