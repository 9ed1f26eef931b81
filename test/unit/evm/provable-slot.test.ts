/**
 * The storage slot of a packet path in `IsthmusPackets` (docs/evm.md,
 * "Provable storage"), checked against Solidity's mapping layout as ethers
 * v6 computes it: keccak256(abi.encode(keccak256(bytes(path)), uint256(0))).
 */
import { describe, expect, it } from '@jest/globals';
import { AbiCoder, getBytes, keccak256, toUtf8Bytes } from 'ethers';
import { provableSlot, PROVABLE_MAPPING_SLOT } from '../../../light-clients/evm/index.js';

const solidityLayout = (path: string): Uint8Array =>
  getBytes(
    keccak256(
      AbiCoder.defaultAbiCoder().encode(
        ['bytes32', 'uint256'],
        [keccak256(toUtf8Bytes(path)), PROVABLE_MAPPING_SLOT],
      ),
    ),
  );

describe('provableSlot', () => {
  it.each(['commitments/channel-0/1', 'receipts/channel-12/18446744073709551615', 'acks/channel-3/7', 'é/ü'])(
    'behavior: %s is at the slot of its key in mapping slot 0',
    (path) => {
      expect(provableSlot(toUtf8Bytes(path))).toEqual(solidityLayout(path));
    },
  );

  it('behavior: distinct paths have distinct slots', () => {
    expect(provableSlot(toUtf8Bytes('receipts/channel-0/1'))).not.toEqual(
      provableSlot(toUtf8Bytes('receipts/channel-0/10')),
    );
  });
});
