import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  assertMailDelivery,
} from '../config/app-config';
import { OutboxMessage } from './notification.entities';

/** The parts of a mail only its recipient may read. */
export interface PersonalParts {
  /** The one-time link, or the outbox's placeholder; `''` when the mail has none. */
  link: string;
  /** The recipient's name for the greeting, or the outbox's neutral word. */
  name: string;
}

export interface MailMessage {
  organisationId: string;
  to: string;
  /** The recipient's name; the text gets it as `parts.name`. */
  recipientName: string;
  subject: string;
  /**
   * The body, written around the personal parts: SMTP renders it with the
   * real ones, the development outbox with placeholders. The one-time link
   * is never part of a finished text the outbox could keep by mistake.
   */
  text: (parts: PersonalParts) => string;
  /**
   * A link that works once and for the recipient only (answering a survey,
   * accepting an account invitation, setting a password): whoever reads it
   * can act in the recipient's name.
   */
  oneTimeLink?: string;
  /**
   * Who gets this mail must not be known (survey invitations and reminders:
   * a reminder goes only to those who have not answered): the outbox keeps
   * neither the address nor the name.
   */
  confidentialRecipient?: boolean;
}

/** What the development outbox keeps instead of a one-time link. */
export const OUTBOX_LINK_PLACEHOLDER =
  '[eenmalige link verborgen / one-time link hidden]';
/** What it keeps instead of a confidential recipient's address. */
export const OUTBOX_HIDDEN_RECIPIENT = '(verborgen / hidden)';
/** The name a confidential recipient is greeted with in the outbox. */
export const OUTBOX_NEUTRAL_NAME = 'collega';

/**
 * The outbox's copy of a mail. Masking by construction, not by pattern: the
 * text is rendered with placeholders, so the link and the name are never in
 * it; and a text that carries the link anyway (a caller that wrote it in
 * rather than taking `parts.link`) is refused, not stored.
 */
export function outboxCopy(
  message: MailMessage,
): Pick<OutboxMessage, 'organisationId' | 'toAddress' | 'subject' | 'body'> {
  const hidden = message.confidentialRecipient === true;
  const body = message.text({
    link: message.oneTimeLink ? OUTBOX_LINK_PLACEHOLDER : '',
    name: hidden ? OUTBOX_NEUTRAL_NAME : message.recipientName,
  });
  // (Not the name: a short one may well occur in a survey's title.)
  const secrets = [message.oneTimeLink, hidden ? message.to : undefined].filter(
    (s): s is string => !!s && s.trim().length > 0,
  );
  if (secrets.some((s) => body.includes(s) || message.subject.includes(s)))
    throw new Error(
      'A mail for the development outbox carries its one-time link or hidden recipient in its text; refused.',
    );
  return {
    organisationId: message.organisationId,
    toAddress: hidden ? OUTBOX_HIDDEN_RECIPIENT : message.to,
    subject: message.subject,
    body,
  };
}

/**
 * Sends e-mail by SMTP when `SMTP_URL` is set; otherwise, only when
 * `DEV_OUTBOX` is switched on, keeps a masked copy in the development outbox
 * the advisor reads in the app (see `outboxCopy`). With neither it cannot be
 * constructed, so no process that sends mail starts. Callers make sending
 * idempotent (a job records what it sent before it sends).
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport =
      assertMailDelivery(config) === 'SMTP'
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
        text: message.text({
          link: message.oneTimeLink ?? '',
          name: message.recipientName,
        }),
      });
      return 'SMTP';
    }
    const copy = outboxCopy(message);
    await manager.insert(OutboxMessage, copy);
    this.logger.debug(
      `Mail to ${copy.toAddress} kept in the development outbox (DEV_OUTBOX, no SMTP_URL)`,
    );
    return 'OUTBOX';
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
