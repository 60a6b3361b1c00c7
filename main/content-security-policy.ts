/**
 * The renderer's Content Security Policy, the same in Electron (app://) and in the browser
 * host: only the app's own scripts, styles, fonts and API; no inline script, no eval, no
 * remote origin.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
