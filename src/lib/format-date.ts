// One formatter for every date of the build: making one costs about a millisecond.
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers see it in English: "20 June 2024". Dates are calendar days, kept in UTC. */
export function displayDate(date: Date): string {
  return englishDate.format(date);
}

/** The same day as `YYYY-MM-DD`, for `<time datetime>` and schema.org. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
