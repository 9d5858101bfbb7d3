import { withBase } from '../lib/base-path';

/**
 * Loads one of the site's lazily loaded scripts (src/pages/scripts/) by adding a script
 * element, settling once it has run. Not import(): Vite wraps every dynamic import in a
 * 1.7 KB preload helper.
 */
export function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = withBase(`scripts/${name}.js`);
    script.onload = () => resolve();
    script.onerror = reject;
    document.head.append(script);
  });
}
