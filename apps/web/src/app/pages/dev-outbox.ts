/** A message of the development outbox as the API returns it. */
export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  createdAt: string;
}

/** A message as the outbox page shows it. */
export interface ShownMail {
  id: string;
  /** `null`: hidden (a personal survey mail). */
  to: string | null;
  subject: string;
  body: string;
  createdAt: string;
}

/** A one-time survey link (`/s/<43-character token>`), as the invitation and reminder mails carry it. */
const SURVEY_LINK = /(\S*\/s\/)[A-Za-z0-9_-]{43}/g;

/**
 * What the advisor may see of a kept mail. A survey invitation or reminder
 * loses its one-time link (with it the advisor could answer for someone, or
 * learn through the link whether they answered) and its recipient (a
 * reminder goes only to those who have not answered).
 */
export function shownMail(mail: OutboxMail, linkHidden: string): ShownMail {
  const masked = mail.body.replace(SURVEY_LINK, linkHidden);
  const personalSurvey = masked !== mail.body;
  return {
    id: mail.id,
    to: personalSurvey ? null : mail.toAddress,
    subject: mail.subject,
    body: masked,
    createdAt: mail.createdAt,
  };
}
