import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OutboxMessage } from './notification.entities';

export interface MailMessage {
  organisationId: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail by SMTP when `SMTP_URL` is set; otherwise keeps it in the
 * development outbox, which the advisor can read in the app. Callers make
 * sending idempotent (a job records what it sent before it sends).
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : null;
  }

  get publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  async send(
    message: MailMessage,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<'SMTP' | 'OUTBOX'> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      return 'SMTP';
    }
    await manager.insert(OutboxMessage, {
      organisationId: message.organisationId,
      toAddress: message.to,
      subject: message.subject,
      body: message.text,
    });
    this.logger.debug(
      `Mail to ${message.to} kept in the development outbox (no SMTP_URL)`,
    );
    return 'OUTBOX';
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
