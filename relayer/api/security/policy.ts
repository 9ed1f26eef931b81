/**
 * A validated policy, compiled for the questions asked on every call: which
 * identity a certificate or token names, and what that identity may call.
 * `loadPolicy` reads the YAML file through the configuration loader, so its
 * errors look like configuration errors (`CONFIG_INVALID`, every issue with
 * its path).
 */
import type { PeerCertificate } from 'node:tls';
import { loadConfig } from '../../config/load.js';
import { certificateMatches, compileCertificateRule, type CertificateMatcher } from './certificates.js';
import { policySchema, type AllowRule, type PolicyDocument, type PolicyInput } from './policy-schema.js';
import { parseTokenHash } from './token-hash.js';
import { TokenDirectory } from './tokens.js';

export interface PolicyIdentity {
  readonly name: string;
  readonly allow: readonly AllowRule[];
}

export class Policy {
  private readonly identities = new Map<string, PolicyIdentity>();
  private readonly certificates: { readonly matcher: CertificateMatcher; readonly owner: string }[] = [];
  private readonly tokens = new TokenDirectory<string>();

  /** From a document the schema has validated. */
  constructor(document: PolicyDocument) {
    for (const id of document.identities) {
      this.identities.set(id.name, { name: id.name, allow: id.allow });
      for (const rule of id.certificates ?? []) {
        this.certificates.push({ matcher: compileCertificateRule(rule), owner: id.name });
      }
      for (const text of id.tokens ?? []) {
        const hash = parseTokenHash(text);
        // The schema refused anything else; a document built around it is a programming error.
        if ('error' in hash) throw new TypeError(`unvalidated token hash for ${id.name}: ${hash.error}`);
        this.tokens.add(hash, id.name);
      }
    }
  }

  identity(name: string): PolicyIdentity | undefined {
    return this.identities.get(name);
  }

  /** Every identity one of whose certificate rules matches (more than one is an ambiguity the caller refuses). */
  identitiesOfCertificate(cert: PeerCertificate): readonly string[] {
    const owners = new Set<string>();
    for (const { matcher, owner } of this.certificates) {
      if (certificateMatches(matcher, cert)) owners.add(owner);
    }
    return [...owners];
  }

  identityOfToken(token: string): Promise<string | undefined> {
    return this.tokens.lookup(token);
  }
}

/** A policy from an object in code (tests, embedded use); throws zod's error on an invalid one. */
export function policyFrom(input: PolicyInput): Policy {
  return new Policy(policySchema.parse(input));
}

/** A policy from its YAML file; every problem at once in one ConfigError. */
export async function loadPolicy(file: string): Promise<Policy> {
  return new Policy(await loadConfig(policySchema, { file }));
}
