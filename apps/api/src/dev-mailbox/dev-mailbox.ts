import { Controller, Get, Inject, Injectable, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '#config';
import { Public } from '../auth/roles.decorator.js';

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}

const KEEP = 500;

/** Development only: an SMTP sink on loopback that keeps the last mails the worker sent. */
@Injectable()
export class DevMailbox implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DevMailbox.name);
  private readonly mails: ReceivedMail[] = [];
  private server?: SMTPServer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  list(): ReceivedMail[] {
    return [...this.mails].reverse();
  }

  async onModuleInit(): Promise<void> {
    const port = this.config.devMailboxPort;
    if (port === undefined) return;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // The worker's mail pool keeps connections open: do not wait 30 s for them at shutdown.
      closeTimeout: 500,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push({
              to: [mail.to ?? []]
                .flat()
                .map((a) => a.text)
                .join(', '),
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              receivedAt: new Date().toISOString(),
            });
            if (this.mails.length > KEEP) this.mails.shift();
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.logger.log(`Development mailbox: SMTP on 127.0.0.1:${port}, read at GET /dev/mailbox`);
  }

  async onModuleDestroy(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

@ApiTags('development')
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailbox) {}

  /** What the local SMTP sink received, newest first (never in production). */
  @Public()
  @Get()
  list(): ReceivedMail[] {
    return this.mailbox.list();
  }
}

@Module({ providers: [DevMailbox], controllers: [DevMailboxController] })
export class DevMailboxModule {}
