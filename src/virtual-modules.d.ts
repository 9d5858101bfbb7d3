// Modules made at build time by the site's Vite plugins (src/integrations/).
declare module 'virtual:note-type-labels.css' {}
