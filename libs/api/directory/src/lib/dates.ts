/** Today's calendar date in the Netherlands, `YYYY-MM-DD`: dates such as "left on" are Dutch working days, not UTC ones. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
