import { announce } from './announce';

/** Copies text and says so, or says what could not be copied. */
export function copyAndAnnounce(text: string, what: string): Promise<boolean> {
  const copy = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
  return copy.then(
    () => {
      announce(`${what} copied.`);
      return true;
    },
    () => {
      announce(`Could not copy the ${what.toLowerCase()}; select it and copy it yourself.`);
      return false;
    },
  );
}
