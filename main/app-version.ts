declare const __APP_VERSION__: string | undefined;

/** The app's version, put in at build time from package.json; "dev" when running from source. */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
