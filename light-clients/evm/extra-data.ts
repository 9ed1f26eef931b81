/**
 * QBFT and IBFT 2.0 header extraData (Besu `QbftExtraDataCodec`,
 * `IbftExtraDataCodec`; GoQuorum `core/types/istanbul.go`):
 *
 *   RLP([vanity, [validators], vote, round, [committed seals]])
 *
 * | item  | QBFT                                      | IBFT 2.0                          |
 * |-------|-------------------------------------------|-----------------------------------|
 * | vote  | `[]` when absent; `[recipient, 0xff ADD / "" DROP]` | `""` when absent; `[recipient, 0xff ADD / 0x00 DROP]` |
 * | round | RLP scalar (minimal big-endian)           | 4-byte big-endian integer         |
 *
 * The hashing forms drop items: QBFT keeps five items (empty seal list, round
 * 0); IBFT 2.0 omits the seal list ("without seals", 4 items) or seals and
 * round ("without seals and round", 3 items).
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import { evmError } from './errors.js';
import { addressOf, type Address } from './ecrecover.js';
import { decodeRlp, decodeScalar, encodeRlp, encodeScalar, isBytes, isList, type RlpItem } from './rlp.js';

export type BftFlavour = 'qbft' | 'ibft2';

export interface BftVote {
  readonly recipient: Address;
  /** true: vote to add the recipient; false: vote to drop it. */
  readonly add: boolean;
}

export interface BftExtraData {
  readonly vanity: Uint8Array;
  readonly validators: readonly Address[];
  readonly vote?: BftVote;
  readonly round: number;
  readonly seals: readonly Uint8Array[];
}

/** Which items an encoding keeps: the full header, the committed-seal digest form, the block-hash form. */
export type BftExtraDataForm = 'full' | 'without-seals' | 'without-seals-and-round';

const VOTE_ADD = 0xff;
const MAX_ROUND = 0xffffffff;

function malformed(message: string): never {
  throw evmError('MALFORMED_EXTRA_DATA', message);
}

function addressBytes(address: Address): Uint8Array {
  if (!/^0x[0-9a-f]{40}$/.test(address))
    return malformed('a validator address is 20 bytes of lower-case hex');
  return hexToBytes(address.slice(2));
}

function encodeRound(flavour: BftFlavour, round: number): Uint8Array {
  if (!Number.isInteger(round) || round < 0 || round > MAX_ROUND)
    return malformed('a round is a 32-bit natural');
  if (flavour === 'qbft') return encodeScalar(BigInt(round));
  return Uint8Array.of(round >>> 24, (round >>> 16) & 0xff, (round >>> 8) & 0xff, round & 0xff);
}

function encodeVote(flavour: BftFlavour, vote: BftVote | undefined): RlpItem {
  if (vote === undefined) return flavour === 'qbft' ? [] : new Uint8Array(0);
  const type = vote.add ? Uint8Array.of(VOTE_ADD) : flavour === 'qbft' ? new Uint8Array(0) : Uint8Array.of(0);
  return [addressBytes(vote.recipient), type];
}

export function encodeBftExtraData(
  flavour: BftFlavour,
  extra: BftExtraData,
  form: BftExtraDataForm = 'full',
): Uint8Array {
  const items: RlpItem[] = [
    extra.vanity,
    extra.validators.map(addressBytes),
    encodeVote(flavour, extra.vote),
  ];
  const keepRound = form !== 'without-seals-and-round';
  const keepSeals = form === 'full';
  if (flavour === 'qbft') {
    items.push(encodeRound(flavour, keepRound ? extra.round : 0), keepSeals ? [...extra.seals] : []);
  } else {
    if (keepRound) items.push(encodeRound(flavour, extra.round));
    if (keepSeals) items.push([...extra.seals]);
  }
  return encodeRlp(items);
}

function decodeVote(flavour: BftFlavour, item: RlpItem): BftVote | undefined {
  const absent = flavour === 'qbft' ? isList(item) && item.length === 0 : isBytes(item) && item.length === 0;
  if (absent) return undefined;
  if (!isList(item) || item.length !== 2) return malformed('a vote is [recipient, type]');
  const [recipient, type] = item as readonly [RlpItem, RlpItem];
  if (!isBytes(recipient) || recipient.length !== 20) return malformed('a vote recipient is 20 bytes');
  if (!isBytes(type)) return malformed('a vote type is a byte string');
  const drop = flavour === 'qbft' ? type.length === 0 : type.length === 1 && type[0] === 0;
  const add = type.length === 1 && type[0] === VOTE_ADD;
  if (!add && !drop) return malformed('a vote type is ADD or DROP');
  return { recipient: addressOf(recipient), add };
}

function decodeRound(flavour: BftFlavour, item: RlpItem): number {
  if (!isBytes(item)) return malformed('a round is a byte string');
  if (flavour === 'ibft2') {
    if (item.length !== 4) return malformed('an IBFT 2.0 round is 4 bytes');
    return item.reduce((acc, byte) => acc * 256 + byte, 0);
  }
  const round = item.length <= 4 ? decodeScalar(item) : undefined;
  if (round === undefined) return malformed('a QBFT round is a minimal scalar of at most 4 bytes');
  return Number(round);
}

/** Decodes a header's full extraData; throws MALFORMED_EXTRA_DATA for anything but one canonical encoding. */
export function decodeBftExtraData(flavour: BftFlavour, bytes: Uint8Array): BftExtraData {
  const item = decodeRlp(bytes);
  if (!isList(item) || item.length !== 5) return malformed('extraData is RLP of a 5-item list');
  const [vanity, validators, vote, round, seals] = item as readonly [
    RlpItem,
    RlpItem,
    RlpItem,
    RlpItem,
    RlpItem,
  ];
  if (!isBytes(vanity) || vanity.length > 32) return malformed('the vanity is at most 32 bytes');
  if (!isList(validators)) return malformed('validators are a list');
  if (!isList(seals)) return malformed('committed seals are a list');
  const decodedVote = decodeVote(flavour, vote);
  return {
    vanity,
    validators: validators.map((v) =>
      isBytes(v) && v.length === 20 ? addressOf(v) : malformed('a validator is 20 bytes'),
    ),
    ...(decodedVote === undefined ? {} : { vote: decodedVote }),
    round: decodeRound(flavour, round),
    seals: seals.map((s) => (isBytes(s) && s.length === 65 ? s : malformed('a committed seal is 65 bytes'))),
  };
}
