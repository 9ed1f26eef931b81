/**
 * Matching a client certificate against a policy's certificate rules. The
 * TLS layer has already verified the certificate against the configured CA
 * (mTLS); this only decides which identity it names. Matches are exact:
 * no wildcards, no case folding of names.
 */
import type { PeerCertificate } from 'node:tls';
import type { CertificateRule } from './policy-schema.js';

type SubjectMatch =
  | { readonly kind: 'attributes'; readonly attributes: readonly (readonly [string, string])[] }
  | { readonly kind: 'altName'; readonly entry: string };

export interface CertificateMatcher {
  readonly subject?: SubjectMatch;
  /** Upper-case hex with colons, as Node reports it. */
  readonly fingerprint256?: string;
}

export function compileCertificateRule(rule: CertificateRule): CertificateMatcher {
  const subject = rule.subject === undefined ? undefined : compileSubject(rule.subject);
  return {
    ...(subject === undefined ? {} : { subject }),
    ...(rule.fingerprint256 === undefined ? {} : { fingerprint256: rule.fingerprint256.toUpperCase() }),
  };
}

function compileSubject(text: string): SubjectMatch {
  if (text.startsWith('DNS:') || text.startsWith('URI:')) return { kind: 'altName', entry: text };
  return {
    kind: 'attributes',
    attributes: text.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
    }),
  };
}

/**
 * `DNS:a.example, URI:spiffe://x/y` as Node formats `subjectaltname`; since
 * Node 17 an entry holding a comma or quote is JSON-quoted (`DNS:"a,b"`).
 */
export function altNames(formatted: string | undefined): readonly string[] {
  if (formatted === undefined || formatted === '') return [];
  const entry = /([A-Za-z][A-Za-z ]*):("(?:[^"\\]|\\.)*"|[^,]*)(?:, |$)/y;
  const out: string[] = [];
  while (entry.lastIndex < formatted.length) {
    const m = entry.exec(formatted);
    if (m === null) break;
    const raw = m[2] ?? '';
    out.push(`${m[1]}:${raw.startsWith('"') ? (JSON.parse(raw) as string) : raw}`);
  }
  return out;
}

function subjectMatches(match: SubjectMatch, cert: PeerCertificate): boolean {
  if (match.kind === 'altName') return altNames(cert.subjectaltname).includes(match.entry);
  // Node gives a repeated attribute (two OUs) as an array.
  const subject = (cert.subject ?? {}) as unknown as Readonly<
    Record<string, string | readonly string[] | undefined>
  >;
  return match.attributes.every(([key, want]) => {
    const have = subject[key];
    return Array.isArray(have) ? have.includes(want) : have === want;
  });
}

/** A rule matches when every part it gives matches. */
export function certificateMatches(matcher: CertificateMatcher, cert: PeerCertificate): boolean {
  if (matcher.fingerprint256 !== undefined && cert.fingerprint256?.toUpperCase() !== matcher.fingerprint256) {
    return false;
  }
  return matcher.subject === undefined || subjectMatches(matcher.subject, cert);
}
