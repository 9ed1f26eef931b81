/**
 * The tendermint `ClientMessage` as every Isthmus Ledger carries it:
 * `ClientMessage.bytes` of client type "tendermint" is an ICS-07 header as
 * ibc-go encodes it (light-clients/tendermint `encodeIcs07Header`): the
 * target's light block, the trusted height, and the validators of trusted
 * height + 1. These helpers bridge it to the light client's
 * `TendermintHeader`, which `updateClient` takes.
 */
import { IsthmusError } from '../../light-clients/index.js';
import {
  decodeIcs07Header,
  encodeIcs07Header,
  type LightBlock,
  type TendermintHeader,
  type ValidatorSet,
} from '../../light-clients/tendermint/index.js';
import { v1 } from '../../proto/index.js';

export const TENDERMINT_CLIENT_TYPE = 'tendermint';

/**
 * `ClientMessage` of type "tendermint" for `block`, verified from `trusted`;
 * without `trusted`, the bare light block a client is created from.
 */
export function tendermintClientMessage(
  block: LightBlock,
  trusted?: { readonly height: bigint; readonly validators: ValidatorSet; readonly revision: bigint },
): v1.ClientMessage {
  const bytes = encodeIcs07Header({
    lightBlock: { signedHeader: block.signedHeader, validatorSet: block.validatorSet },
    ...(trusted ? { trusted } : {}),
  });
  return v1.ClientMessage.create({ clientType: TENDERMINT_CLIENT_TYPE, bytes });
}

/**
 * The ICS-07 header a "tendermint" `ClientMessage.bytes` carries. Throws
 * MALFORMED_HEADER for bytes that do not decode, MALFORMED_CLIENT_MESSAGE
 * for a header without its trusted height (an update needs one).
 */
export function decodeTendermintHeader(bytes: Uint8Array): TendermintHeader {
  const { lightBlock, trusted } = decodeIcs07Header(bytes);
  if (!trusted) {
    throw new IsthmusError(
      'MALFORMED_CLIENT_MESSAGE',
      'an update header needs a trusted height and validators',
      {
        category: 'invalid_argument',
      },
    );
  }
  return {
    signedHeader: lightBlock.signedHeader,
    validatorSet: lightBlock.validatorSet,
    trustedHeight: trusted.height,
    trustedValidators: trusted.validators,
  };
}
