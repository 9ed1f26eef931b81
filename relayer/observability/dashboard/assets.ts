/**
 * What the dashboard serves as files, by path, with their content types,
 * and the headers every dashboard answer carries: a Content-Security-Policy
 * that lets the page load only its own script and style and talk only to
 * its own server, so nothing shown can run or fetch anything else.
 */
import { PAGE_HTML } from './page.js';
import { DASHBOARD_JS } from './script.js';
import { DASHBOARD_CSS } from './style.js';

export interface Asset {
  readonly contentType: string;
  readonly body: string;
}

export const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['/', { contentType: 'text/html; charset=utf-8', body: PAGE_HTML }],
  ['/assets/dashboard.css', { contentType: 'text/css; charset=utf-8', body: DASHBOARD_CSS }],
  ['/assets/dashboard.js', { contentType: 'text/javascript; charset=utf-8', body: DASHBOARD_JS }],
]);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
