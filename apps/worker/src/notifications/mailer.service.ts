import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '#config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  occasion: string;
}

/** E-mail over SMTP (nodemailer). Without SMTP_URL, notices stay in the app only. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A pool keeps a few connections open: a morning's reminders go out in one go, not one connection each.
    const url = config.mail.smtpUrl;
    this.transport = url ? nodemailer.createTransport(`${url}${url.includes('?') ? '&' : '?'}pool=true&maxConnections=4`) : undefined;
    if (!this.transport) this.logger.warn('SMTP_URL is not set: notices are kept in the app, not e-mailed');
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Notice-Occasion': mail.occasion },
    });
  }

  /** After the worker has drained (it stops in onModuleDestroy), so no notice in flight loses its connection. */
  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
