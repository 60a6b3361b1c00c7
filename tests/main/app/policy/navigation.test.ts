import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isSafeExternalUrl,
  isTrustedSender,
  windowOpenDecision,
} from '../../../../main/app/policy/navigation';

const hostile = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://example.org',
  'data:text/html,<script>alert(1)</script>',
  'smb://server/share',
  'ms-msdt:/id PCWDiagnostic',
  'vbscript:msgbox',
  'https://user:pass@example.org',
  'https://',
  '//example.org',
  '',
  'x'.repeat(10_000),
  undefined,
  null,
  42,
  { href: 'https://example.org' },
];

describe('security policy', () => {
  it('opens only plain https links in the system browser', () => {
    expect(isSafeExternalUrl('https://www.lokale-democratie.nl/')).toBe(true);
    expect(windowOpenDecision('https://www.rijksoverheid.nl')).toBe('open-external');
    for (const url of hostile) {
      expect(isSafeExternalUrl(url), String(url)).toBe(false);
      expect(windowOpenDecision(url), String(url)).toBe('deny');
    }
  });

  it('never allows in-window navigation, not even to the app itself', () => {
    for (const url of [...hostile, 'app://werkboek/index.html', 'https://example.org'])
      expect(isNavigationAllowed(url)).toBe(false);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://werkboek/index.html#/gids')).toBe(true);
    for (const url of [...hostile, 'app://evil/index.html', 'app://user@werkboek/', 'https://werkboek/'])
      expect(isAppUrl(url), String(url)).toBe(false);
  });

  it('trusts IPC only from the app page in the main frame', () => {
    expect(isTrustedSender('app://werkboek/index.html', true)).toBe(true);
    expect(isTrustedSender('app://werkboek/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('denies every permission request', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
      '',
      undefined,
    ]) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});
