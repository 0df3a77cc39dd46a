export interface EmailList {
  /** Distinct addresses, in the order given (first spelling kept). */
  emails: string[];
  /** Entries that are not an e-mail address, as typed. */
  invalid: string[];
}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/**
 * Addresses typed or pasted into one field: separated by commas, semicolons or
 * new lines; `Name <address>` (as mail programs copy them) counts as the address.
 */
export function parseEmailList(text: string): EmailList {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of text.split(/[,;\n\r]+/)) {
    const typed = entry.trim();
    if (!typed) continue;
    const address = (/<([^<>]+)>$/.exec(typed)?.[1] ?? typed).trim();
    if (!EMAIL.test(address)) {
      invalid.push(typed);
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(address);
  }
  return { emails, invalid };
}
