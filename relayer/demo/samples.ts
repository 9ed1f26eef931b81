/**
 * The demo's sample records, in the sectors' own terms. Every name, number
 * and identifier is synthetic: generated from the message number, standing
 * for no real person, institution or record.
 */

const HOLDERS = ['Avery Sample', 'Jordan Example', 'Riley Placeholder', 'Casey Fictional', 'Morgan Testwell'];
const QUALIFICATIONS = [
  'BSc Nursing',
  'Diploma in Paramedic Science',
  'MSc Public Health',
  'Certificate in Health Informatics',
];
const PURPOSES = [
  'share immunisation history with the school nurse',
  'share allergy record with a sports club physician',
  'allow a research registry to use anonymised results',
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const pad = (n: number): string => String(n).padStart(4, '0');
/** A synthetic calendar date in 2026, different per message. */
const date = (n: number): string =>
  `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;

/** Issued on edu-1 and anchored on the main chain. */
export function educationCredential(n: number) {
  return {
    kind: 'education-credential',
    credentialId: `EDU-2026-${pad(n)}`,
    holder: pick(HOLDERS, n),
    qualification: pick(QUALIFICATIONS, n),
    issuer: 'Synthetic State University (edu-1)',
    date: date(n),
  };
}

/** Recorded on health-1 and sent to the main chain. */
export function patientConsent(n: number) {
  return {
    kind: 'patient-consent',
    consentId: `CONSENT-${pad(n)}`,
    patient: `synthetic-patient-${pad(n * 7 + 3)}`,
    purpose: pick(PURPOSES, n),
    grantedOn: date(n),
    validUntil: '2027-12-31',
  };
}

/** Where a credential sits on the main chain. */
export interface AnchoredCredential {
  /** SHA-256 of the credential as sent, hex: the hash the main chain acknowledged. */
  readonly sha256: string;
  readonly chainId: string;
  /** The main chain's height whose block stored it. */
  readonly height: bigint;
  /** Its record path in the main chain's state. */
  readonly path: string;
}

/** Sent by the main chain to health-1, which keeps and acknowledges it. */
export function verificationRequest(n: number, credential: AnchoredCredential) {
  return {
    kind: 'verification-request',
    requestId: `VR-${pad(n)}`,
    request: `verify credential ${credential.sha256} anchored at ${credential.chainId} height ${credential.height}`,
    credential: {
      sha256: credential.sha256,
      chain: credential.chainId,
      height: credential.height.toString(),
      path: credential.path,
    },
    requestedBy: 'health-1 practitioner licensing (synthetic)',
  };
}

/** Appended to the agency ledger, agency-1. */
export function landTitle(n: number) {
  return {
    kind: 'land-title-registration',
    titleId: `LT-2026-${pad(n)}`,
    parcel: `Parcel ${n}-B, Example District`,
    holder: pick(HOLDERS, n + 2),
    registered: date(n),
  };
}
