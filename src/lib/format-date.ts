/** A date as readers see it in English: "20 June 2024". Dates are calendar days, kept in UTC. */
export function displayDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The same day as `YYYY-MM-DD`, for `<time datetime>` and schema.org. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
