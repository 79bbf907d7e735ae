import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteSettings } from '../schemas/site';

/**
 * /.well-known/security.txt (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116):
 * how someone who finds a security problem in the site reaches the
 * organisation. Built from the site settings, with an Expires a year after
 * the build, so a site that stops being rebuilt stops vouching for the contact.
 */

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export const SECURITY_TXT_PATH = '/.well-known/security.txt';

export function securityTxt(settings: Pick<SiteSettings, 'url' | 'contact' | 'securityContact'>, now: Date): string {
  const contact = settings.securityContact ?? `mailto:${settings.contact.email}`;
  const expires = new Date(now.getTime() + YEAR_MS);
  // RFC 9116 section 2.5.5: an Internet date-time; whole seconds are enough.
  const expiresText = `${expires.toISOString().slice(0, 19)}Z`;
  return [
    `Contact: ${contact}`,
    `Expires: ${expiresText}`,
    'Preferred-Languages: en',
    `Canonical: ${new URL(SECURITY_TXT_PATH, settings.url).href}`,
    '',
  ].join('\n');
}

export function writeSecurityTxt(outDir: string, settings: SiteSettings, now: Date): void {
  const file = path.join(outDir, ...SECURITY_TXT_PATH.split('/').filter(Boolean));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, securityTxt(settings, now));
}
