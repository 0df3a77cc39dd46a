import { appendFileSync, writeFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

/** One received mail per recipient, as the browser tests read it (one JSON object a line). */
export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailCatcher {
  url: string;
  file: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server for the browser tests: the API and worker send to it
 * (SMTP_URL), and every mail is appended to `file`, where the tests read
 * their one-time links (the development outbox never keeps a usable one).
 */
export async function startMailCatcher(file: string): Promise<MailCatcher> {
  writeFileSync(file, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { subject, text } = readMail(Buffer.concat(chunks).toString());
        const lines = session.envelope.rcptTo.map(
          (r) =>
            JSON.stringify({
              to: r.address.toLowerCase(),
              subject,
              text,
            } satisfies CaughtMail) + '\n',
        );
        appendFileSync(file, lines.join(''));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    file,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The subject (encoded words undone) and the quoted-printable text of a plain-text mail as nodemailer writes it. */
export function readMail(raw: string): { subject: string; text: string } {
  const [header = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = header.replace(/\r?\n[ \t]+/g, ' ');
  const subject = (/^subject: *(.*)$/im.exec(unfolded)?.[1] ?? '')
    .replace(/\?= =\?/g, '?==?')
    .replace(
      /=\?utf-8\?([QB])\?([^?]*)\?=/gi,
      (_all, kind: string, data: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : quotedPrintable(data.replace(/_/g, ' ')),
    );
  return {
    subject,
    text: quotedPrintable(rest.join('\n\n').replace(/=\r?\n/g, '')),
  };
}

function quotedPrintable(text: string): string {
  return text.replace(/(?:=[0-9A-F]{2})+/gi, (encoded) =>
    Buffer.from(
      encoded
        .split('=')
        .slice(1)
        .map((h) => parseInt(h, 16)),
    ).toString('utf8'),
  );
}
