/** Reads /fixtures/sm2-sm3/vectors.json in place and gives it a type (see that folder's README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sm2Sm3Vectors {
  readonly sm3: readonly { readonly input_hex: string; readonly digest: string; readonly source: string }[];
  readonly sm2_curve_sm2p256v1: Readonly<Record<'p' | 'a' | 'b' | 'Gx' | 'Gy' | 'n' | 'h', string>>;
  readonly sm2_sign_gmt0003_5_annexA: Readonly<
    Record<
      | 'message_hex'
      | 'user_id_hex'
      | 'entl_bits_hex'
      | 'private_key_d'
      | 'public_key_x'
      | 'public_key_y'
      | 'ZA'
      | 'e'
      | 'k'
      | 'r'
      | 's',
      string
    >
  >;
  readonly openssl_evp_sm2_verify_prehashed: {
    readonly private_key_pem_SM2_key1: string;
    readonly cases: readonly { readonly e: string; readonly der_sig: string; readonly expect: string }[];
  };
}

export function readVectors(dir: string): Sm2Sm3Vectors {
  return JSON.parse(readFileSync(join(dir, 'vectors.json'), 'utf8')) as Sm2Sm3Vectors;
}
