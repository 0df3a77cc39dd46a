import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpReceiver {
  port: number;
  received: ReceivedMail[];
  /**
   * Refuses the `nth` recipient offered from now on (1 = the next one), once,
   * as a mail server that is full or down would: the sender's mail fails.
   */
  refuseOnce(nth: number): void;
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps what it receives. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let recipientsUntilRefusal = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (recipientsUntilRefusal > 0 && --recipientsUntilRefusal === 0) {
        const refusal = Object.assign(new Error('Mailbox unavailable'), {
          responseCode: 450,
        });
        return callback(refusal);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    received,
    refuseOnce: (nth) => {
      recipientsUntilRefusal = nth;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of a received mail with quoted-printable soft line breaks and escapes undone (enough to find links and words). */
export function mailText(mail: ReceivedMail): string {
  const body = mail.raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n');
  return body.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/g, (encoded) =>
    Buffer.from(
      encoded
        .split('=')
        .slice(1)
        .map((h) => parseInt(h, 16)),
    ).toString('utf8'),
  );
}

/** How many mails to `email` carry `text` (a link, say) in their body. */
export function mailsWith(
  smtp: SmtpReceiver,
  email: string,
  text: string,
): number {
  return smtp.received.filter(
    (mail) => mail.to.includes(email) && mailText(mail).includes(text),
  ).length;
}

/** A received mail as the development outbox used to show it: one recipient, the subject (encoded words undone) and the text. */
export interface ReceivedMessage {
  toAddress: string;
  subject: string;
  body: string;
}

/** Every received mail, once per recipient. */
export function receivedMessages(smtp: SmtpReceiver): ReceivedMessage[] {
  return smtp.received.flatMap((mail) => {
    const header = mail.raw.split(/\r?\n\r?\n/)[0] ?? '';
    const folded = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(header)?.[1] ?? '';
    const subject = folded
      .replace(/\?=\r?\n[ \t]+=\?/g, '?==?')
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
      .replace(
        /=\?utf-8\?([QB])\?([^?]*)\?=/gi,
        (_all, kind: string, text: string) =>
          kind.toUpperCase() === 'B'
            ? Buffer.from(text, 'base64').toString('utf8')
            : Buffer.from(
                text
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                    String.fromCharCode(parseInt(hex, 16)),
                  ),
                'latin1',
              ).toString('utf8'),
      );
    const body = mailText(mail);
    return mail.to.map((toAddress) => ({ toAddress, subject, body }));
  });
}

/**
 * Polls until `check` returns something truthy, or fails after `ms`. Five minutes by default: it
 * returns as soon as the condition holds, and a busy machine can take minutes to get there.
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  ms = 5 * 60_000,
): Promise<NonNullable<T>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
