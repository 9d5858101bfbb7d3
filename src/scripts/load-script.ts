/**
 * Loads one of the site's lazily loaded scripts (src/pages/scripts/) by adding a script
 * element. Not import(): Vite wraps every dynamic import in a 1.7 KB preload helper.
 */
export function loadScript(name: string, onError?: () => void): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${import.meta.env.BASE_URL}scripts/${name}.js`;
  if (onError) script.onerror = onError;
  document.head.append(script);
}
