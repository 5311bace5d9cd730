/// <reference types="vite/client" />

/** Short hash of the boundaries file, so that a new file is fetched past any cache (see vite.config.ts). */
declare const __BOUNDARIES_VERSION__: string;
