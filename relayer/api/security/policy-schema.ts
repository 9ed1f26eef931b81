/**
 * The policy file of the Relay API: who may call it (identities, each known
 * by client certificates and/or hashed bearer tokens) and what each may call
 * (allow rules over methods, chains and channels). Anything not allowed is
 * denied. One strict schema: unknown keys are errors, and every problem is
 * reported at once with its path (`identities.0.tokens.1`).
 *
 * ```yaml
 * identities:
 *   - name: health-agency
 *     certificates:
 *       - subject: CN=health-gateway,O=Health Agency   # subject attributes, all must match
 *       - subject: URI:spiffe://health.example/relay   # or one subjectAltName entry (DNS: or URI:)
 *       - fingerprint256: "AB:CD:…"                    # SHA-256 of the certificate (DER)
 *     tokens:
 *       - sha256:<64 hex digits>                       # never the token itself
 *     allow:
 *       - methods: [SendMessage, GetMessage, WatchMessages]
 *         chains: [health-1]                           # omitted or '*': every chain
 *         channels: [channel-0]                        # omitted or '*': every channel
 *       - methods: [ListChains, ListPaths, Catalog]
 * ```
 */
import { z } from 'zod';
import { relayMethods } from '../relay-definition.js';
import { parseTokenHash } from './token-hash.js';

/** The Relay methods by their `.proto` names (`SendMessage`), as policies name them. */
export const relayMethodNames: readonly string[] = Object.values(relayMethods).map((m) =>
  m.path.slice(m.path.lastIndexOf('/') + 1),
);

export const WILDCARD = '*';

/** Names become log fields and rate-limit keys: keep them plain. */
const identityName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
    'letters, digits, . _ - (at most 128), starting with a letter or digit',
  );

/** `CN=x,O=y` (attributes that must all match) or one subjectAltName entry: `DNS:x` or `URI:x`. */
export const SUBJECT_FORM =
  /^(?:(?:DNS|URI):\S.*|[A-Za-z][A-Za-z0-9.]*=[^,=]+(?:,[A-Za-z][A-Za-z0-9.]*=[^,=]+)*)$/;

const certificateRule = z
  .strictObject({
    subject: z
      .string()
      .regex(SUBJECT_FORM, "'CN=…[,O=…]' (attributes without commas in values), 'DNS:…' or 'URI:…'")
      .optional(),
    fingerprint256: z
      .string()
      .regex(/^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/, "32 hex bytes separated by colons ('AB:CD:…')")
      .optional(),
  })
  .refine((c) => c.subject !== undefined || c.fingerprint256 !== undefined, {
    message: 'give a subject, a fingerprint256 or both',
  });

const tokenHash = z.string().superRefine((text, ctx) => {
  const parsed = parseTokenHash(text);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

const methodName = z.string().refine((n) => n === WILDCARD || relayMethodNames.includes(n), {
  message: `unknown method; expected '*' or one of ${relayMethodNames.join(', ')}`,
});

const idList = z.array(z.string().min(1)).min(1);

const allowRule = z.strictObject({
  methods: z.array(methodName).min(1),
  /** Omitted: every chain. */
  chains: idList.optional(),
  /** Omitted: every channel. Channels limit only the methods that name one. */
  channels: idList.optional(),
});

const identity = z.strictObject({
  name: identityName,
  certificates: z.array(certificateRule).min(1).optional(),
  tokens: z.array(tokenHash).min(1).optional(),
  allow: z.array(allowRule).default([]),
});

export const policySchema = z
  .strictObject({ identities: z.array(identity).default([]) })
  .superRefine((doc, ctx) => {
    const names = new Set<string>();
    const tokens = new Map<string, string>();
    doc.identities.forEach((id, i) => {
      if (names.has(id.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['identities', i, 'name'],
          message: `duplicate identity ${id.name}`,
        });
      }
      names.add(id.name);
      if (id.certificates === undefined && id.tokens === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['identities', i],
          message: 'an identity needs certificates, tokens or both',
        });
      }
      id.tokens?.forEach((t, j) => {
        const owner = tokens.get(t.toLowerCase());
        if (owner !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['identities', i, 'tokens', j],
            message: `the same token hash already names ${owner}`,
          });
        }
        tokens.set(t.toLowerCase(), id.name);
      });
    });
  });

/** A policy as written (before defaults). */
export type PolicyInput = z.input<typeof policySchema>;
/** A policy as validated. */
export type PolicyDocument = z.output<typeof policySchema>;
export type AllowRule = PolicyDocument['identities'][number]['allow'][number];
export type CertificateRule = NonNullable<PolicyDocument['identities'][number]['certificates']>[number];
