// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title IsthmusPackets
 * @notice ICS-04 packets between an EVM chain and the chains Isthmus relays
 * for, as docs/evm.md specifies ("EVM ledgers").
 *
 * Outgoing packets are committed in provable storage (slot 0), so that the
 * main chain proves them with an EIP-1186 storage proof against a header its
 * light client accepted. Incoming packets, their acknowledgements and their
 * timeouts are accepted on the signatures of a committee (k-of-n secp256k1)
 * over a digest naming this chain, this contract and the committee epoch:
 * verifying CometBFT headers and ICS-23 proofs here would cost too much gas.
 *
 * Channels are unordered and carry the `records` app only, with the devnets'
 * semantics (adapters/devnet/packets/records-app.ts).
 *
 * Custom errors (each revert is one of these; the TypeScript bindings map
 * them to codes, contract.ts):
 *   NotAdmin, UnsupportedApp, InvalidChannel, ChannelNotFound, AppMismatch,
 *   InvalidTimeout, WrongChain, CounterpartyMismatch, AlreadyReceived,
 *   PacketExpired, PacketNotPending, CommitmentMismatch, TimeoutNotReached,
 *   InvalidCommittee, BadSignature, SignersNotAscending, UnknownSigner,
 *   BelowThreshold, NestedBatch.
 */
contract IsthmusPackets {
    /// The packet as the ABI carries it: `isthmus.v1.Packet` with its timeout height flattened.
    struct Packet {
        uint64 sequence;
        string sourceChain;
        string sourceChannel;
        string destChain;
        string destChannel;
        string app;
        bytes payload;
        uint64 timeoutRevision;
        uint64 timeoutHeight;
        uint64 timeoutTimestampNs;
    }

    struct Channel {
        string app;
        string counterpartyChainId;
        string counterpartyChannelId;
        // keccak256(abi.encode(app, counterpartyChainId, counterpartyChannelId)): one comparison
        // checks that a packet travels this channel's pair.
        bytes32 pairHash;
        // Starts at 1 (ICS-04), so zero means no such channel.
        uint64 nextSequenceSend;
    }

    /// Source-side outcome of a sent record (`records-sent/...` on the devnets).
    uint8 internal constant OUTCOME_DELIVERED = 1;
    uint8 internal constant OUTCOME_REFUSED = 2;
    uint8 internal constant OUTCOME_TIMED_OUT = 3;

    /// Presence is what counts; ibc-go writes one byte too.
    bytes32 internal constant RECEIPT = bytes32(uint256(1));

    uint256 internal constant MAX_RECORD_BYTES = 65536;
    uint256 internal constant MAX_COMMITTEE = 64;
    // secp256k1n / 2: a higher `s` is the malleable twin of a valid signature (EIP-2).
    uint256 internal constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    string internal constant RECORDS_APP = "records";

    bytes32 internal constant RECV_TAG = keccak256("isthmus/evm/recv/v1");
    bytes32 internal constant ACK_TAG = keccak256("isthmus/evm/ack/v1");
    bytes32 internal constant TIMEOUT_TAG = keccak256("isthmus/evm/timeout/v1");
    bytes32 internal constant ROTATE_TAG = keccak256("isthmus/evm/rotate/v1");

    /**
     * ICS-24 path => value: commitments/{channel}/{sequence},
     * receipts/{channel}/{sequence}, acks/{channel}/{sequence} and
     * records/{sourceChain}/{sourceChannel}/{sequence}, keyed by
     * keccak256(bytes(path)). It must stay the first state variable: the
     * slot of a path is then keccak256(abi.encode(key, uint256(0))), which
     * the main chain's proofs rely on.
     */
    mapping(bytes32 => bytes32) public provable;

    /// This chain's id in Isthmus (packets name it as their source or destination).
    string public chainId;
    bytes32 internal immutable chainIdHash;

    /// Opens channels; nothing else.
    address public immutable admin;

    address[] internal committeeMembers;
    uint256 internal committeeThreshold;
    uint64 internal committeeEpoch;
    // The epoch an address was last made a member in: it is a member iff that is the current
    // epoch, so a rotation needs no loop to clear the old committee.
    mapping(address => uint64) internal memberEpoch;

    uint256 internal nextChannel;
    mapping(string => Channel) internal channels;
    mapping(string => mapping(uint64 => uint8)) internal outcomes;

    event ChannelOpened(string channelId, string app, string counterpartyChainId, string counterpartyChannelId);
    event PacketSent(Packet packet, bytes32 commitment);
    event PacketReceived(Packet packet);
    event AcknowledgementWritten(Packet packet, bool success, bytes response);
    event PacketAcknowledged(Packet packet, bool success, bytes response);
    event PacketTimedOut(Packet packet);
    event CommitteeRotated(uint64 epoch, address[] members, uint256 threshold);
    event BatchResult(uint256 index, bool ok, bytes returnData);

    error NotAdmin(address caller);
    error UnsupportedApp(string app);
    error InvalidChannel();
    error ChannelNotFound(string channel);
    error AppMismatch(string app, string channelApp);
    error InvalidTimeout();
    error WrongChain(string chainId);
    error CounterpartyMismatch();
    error AlreadyReceived(string channel, uint64 sequence);
    error PacketExpired(string channel, uint64 sequence);
    error PacketNotPending(string channel, uint64 sequence);
    error CommitmentMismatch(string channel, uint64 sequence);
    error TimeoutNotReached(string channel, uint64 sequence);
    error InvalidCommittee();
    error BadSignature(uint256 index);
    error SignersNotAscending(uint256 index);
    error UnknownSigner(address signer);
    error BelowThreshold(uint256 count, uint256 threshold);
    error NestedBatch(uint256 index);

    constructor(string memory chainId_, address[] memory members, uint256 threshold, address admin_) {
        chainId = chainId_;
        chainIdHash = keccak256(bytes(chainId_));
        admin = admin_;
        _checkCommitteeShape(members, threshold);
        _setCommittee(members, threshold);
    }

    // ---------------------------------------------------------------- channels

    /// A channel end towards `counterpartyChannelId` on `counterpartyChainId`, numbered `channel-{n}` from 0.
    function openChannel(
        string calldata app,
        string calldata counterpartyChainId,
        string calldata counterpartyChannelId
    ) external returns (string memory channelId) {
        if (msg.sender != admin) revert NotAdmin(msg.sender);
        if (keccak256(bytes(app)) != keccak256(bytes(RECORDS_APP))) revert UnsupportedApp(app);
        if (bytes(counterpartyChainId).length == 0 || bytes(counterpartyChannelId).length == 0) {
            revert InvalidChannel();
        }
        channelId = string.concat("channel-", _decimal(nextChannel));
        ++nextChannel;
        channels[channelId] = Channel({
            app: app,
            counterpartyChainId: counterpartyChainId,
            counterpartyChannelId: counterpartyChannelId,
            pairHash: keccak256(abi.encode(app, counterpartyChainId, counterpartyChannelId)),
            nextSequenceSend: 1
        });
        emit ChannelOpened(channelId, app, counterpartyChainId, counterpartyChannelId);
    }

    function channel(
        string calldata channelId
    )
        external
        view
        returns (bool open, string memory app, string memory counterpartyChainId, string memory counterpartyChannelId)
    {
        Channel storage c = channels[channelId];
        return (c.nextSequenceSend != 0, c.app, c.counterpartyChainId, c.counterpartyChannelId);
    }

    /// The sequence the next packet sent on `channelId` gets; 0 when there is no such channel.
    function nextSequenceSend(string calldata channelId) external view returns (uint64) {
        return channels[channelId].nextSequenceSend;
    }

    // ----------------------------------------------------------------- packets

    /// Commits a packet to the counterparty; the relayer proves the commitment on the destination.
    function sendPacket(
        string calldata sourceChannel,
        string calldata app,
        bytes calldata payload,
        uint64 timeoutRevision,
        uint64 timeoutHeight,
        uint64 timeoutTimestampNs
    ) external returns (uint64 sequence) {
        Packet memory packet = _newPacket(sourceChannel, app, payload);
        // A packet without a timeout could stay pending forever (ICS-04).
        if (timeoutHeight == 0 && timeoutTimestampNs == 0) revert InvalidTimeout();
        packet.timeoutRevision = timeoutRevision;
        packet.timeoutHeight = timeoutHeight;
        packet.timeoutTimestampNs = timeoutTimestampNs;
        bytes32 commitment = _packetCommitment(packet);
        provable[_pathKey("commitments/", packet.sourceChannel, packet.sequence)] = commitment;
        emit PacketSent(packet, commitment);
        return packet.sequence;
    }

    /**
     * Receives a packet the committee attests is committed on its source at
     * (proofRevision, proofHeight), runs the records app and stores the
     * acknowledgement's commitment for the source to prove.
     */
    function recvPacket(
        Packet calldata packet,
        uint64 proofRevision,
        uint64 proofHeight,
        bytes[] calldata signatures
    ) external {
        if (keccak256(bytes(packet.destChain)) != chainIdHash) revert WrongChain(packet.destChain);
        Channel storage c = _channel(packet.destChannel);
        if (keccak256(abi.encode(packet.app, packet.sourceChain, packet.sourceChannel)) != c.pairHash) {
            revert CounterpartyMismatch();
        }
        // The receipt before the timeout, as the devnets do: a late replay still reports that
        // the packet was received, not that it expired.
        bytes32 receiptKey = _pathKey("receipts/", packet.destChannel, packet.sequence);
        if (provable[receiptKey] != 0) revert AlreadyReceived(packet.destChannel, packet.sequence);
        if (_expired(packet)) revert PacketExpired(packet.destChannel, packet.sequence);

        bytes32 commitment = _packetCommitment(packet);
        _checkCommittee(
            keccak256(
                abi.encode(
                    RECV_TAG,
                    block.chainid,
                    address(this),
                    committeeEpoch,
                    commitment,
                    proofRevision,
                    proofHeight
                )
            ),
            signatures
        );

        provable[receiptKey] = RECEIPT;
        (bool success, bytes memory response) = _onRecvRecord(packet);
        provable[_pathKey("acks/", packet.destChannel, packet.sequence)] = _ackCommitment(success, response);
        emit PacketReceived(packet);
        emit AcknowledgementWritten(packet, success, response);
    }

    /// Ends a sent packet with the acknowledgement the committee attests is written on its destination.
    function acknowledgePacket(
        Packet calldata packet,
        bool success,
        bytes calldata response,
        uint64 proofRevision,
        uint64 proofHeight,
        bytes[] calldata signatures
    ) external {
        (bytes32 key, bytes32 commitment) = _pending(packet);
        _checkCommittee(
            keccak256(
                abi.encode(
                    ACK_TAG,
                    block.chainid,
                    address(this),
                    committeeEpoch,
                    commitment,
                    _ackCommitment(success, response),
                    proofRevision,
                    proofHeight
                )
            ),
            signatures
        );
        // Without its commitment the packet is no longer pending: a second acknowledgement or a
        // timeout of it fails with PacketNotPending.
        delete provable[key];
        // The destination acknowledges a stored record with its SHA-256; another hash would be
        // another record.
        bool delivered = success && response.length == 32 && bytes32(response) == sha256(packet.payload);
        outcomes[packet.sourceChannel][packet.sequence] = delivered ? OUTCOME_DELIVERED : OUTCOME_REFUSED;
        emit PacketAcknowledged(packet, success, response);
    }

    /**
     * Ends a sent packet the committee attests was not received on its
     * destination at (proofRevision, proofHeight), a state at or past its
     * timeout (the height, or the time of that block, proofTimeNs).
     */
    function timeoutPacket(
        Packet calldata packet,
        uint64 proofRevision,
        uint64 proofHeight,
        uint64 proofTimeNs,
        bytes[] calldata signatures
    ) external {
        (bytes32 key, bytes32 commitment) = _pending(packet);
        // ICS-02 heights compare by revision, then height; a zero timeout never passes.
        bool heightReached = packet.timeoutHeight != 0 &&
            (proofRevision > packet.timeoutRevision ||
                (proofRevision == packet.timeoutRevision && proofHeight >= packet.timeoutHeight));
        bool timeReached = packet.timeoutTimestampNs != 0 && proofTimeNs >= packet.timeoutTimestampNs;
        if (!heightReached && !timeReached) revert TimeoutNotReached(packet.sourceChannel, packet.sequence);
        _checkCommittee(
            keccak256(
                abi.encode(
                    TIMEOUT_TAG,
                    block.chainid,
                    address(this),
                    committeeEpoch,
                    commitment,
                    proofRevision,
                    proofHeight,
                    proofTimeNs
                )
            ),
            signatures
        );
        delete provable[key];
        outcomes[packet.sourceChannel][packet.sequence] = OUTCOME_TIMED_OUT;
        emit PacketTimedOut(packet);
    }

    /// 0 while pending (or never sent), then 1 delivered, 2 refused, 3 timed out.
    function recordOutcome(string calldata channelId, uint64 sequence) external view returns (uint8) {
        return outcomes[channelId][sequence];
    }

    // --------------------------------------------------------------- committee

    /// Replaces the committee, on the current committee's signatures; every old signature stops counting.
    function rotateCommittee(
        address[] calldata newMembers,
        uint256 newThreshold,
        bytes[] calldata signatures
    ) external {
        // The shape first: a malformed committee is refused whoever signed it.
        _checkCommitteeShape(newMembers, newThreshold);
        _checkCommittee(
            keccak256(abi.encode(ROTATE_TAG, block.chainid, address(this), committeeEpoch, newMembers, newThreshold)),
            signatures
        );
        _setCommittee(newMembers, newThreshold);
    }

    function committee() external view returns (address[] memory members, uint256 threshold, uint64 epoch) {
        return (committeeMembers, committeeThreshold, committeeEpoch);
    }

    // ------------------------------------------------------------------- batch

    /**
     * Runs each call in turn on this contract, as if sent on its own (a
     * delegatecall keeps msg.sender), and reports each outcome: a relayer
     * submits many packets in one transaction, and one already received or
     * expired must not undo the others.
     */
    function batch(bytes[] calldata calls) external {
        for (uint256 i; i < calls.length; ++i) {
            bool ok;
            bytes memory returnData;
            // A nested batch would make one result stand for many; refused outright.
            if (calls[i].length >= 4 && bytes4(calls[i][:4]) == this.batch.selector) {
                returnData = abi.encodeWithSelector(NestedBatch.selector, i);
            } else {
                (ok, returnData) = address(this).delegatecall(calls[i]);
            }
            emit BatchResult(i, ok, returnData);
        }
    }

    // ---------------------------------------------------------------- internal

    function _channel(string calldata channelId) internal view returns (Channel storage c) {
        c = channels[channelId];
        if (c.nextSequenceSend == 0) revert ChannelNotFound(channelId);
    }

    /// The next packet of `sourceChannel`, its sequence taken, timeouts still unset.
    function _newPacket(
        string calldata sourceChannel,
        string calldata app,
        bytes calldata payload
    ) internal returns (Packet memory packet) {
        Channel storage c = _channel(sourceChannel);
        if (keccak256(bytes(app)) != keccak256(bytes(c.app))) revert AppMismatch(app, c.app);
        uint64 sequence = c.nextSequenceSend;
        c.nextSequenceSend = sequence + 1;
        // Field by field: a ten-field struct literal does not fit the legacy code generator's stack.
        packet.sequence = sequence;
        packet.sourceChain = chainId;
        packet.sourceChannel = sourceChannel;
        packet.destChain = c.counterpartyChainId;
        packet.destChannel = c.counterpartyChannelId;
        packet.app = app;
        packet.payload = payload;
    }

    /**
     * The key and commitment of a packet this chain sent and still has
     * pending, after checking it travels one of this chain's channels.
     */
    function _pending(Packet calldata packet) internal view returns (bytes32 key, bytes32 commitment) {
        if (keccak256(bytes(packet.sourceChain)) != chainIdHash) revert WrongChain(packet.sourceChain);
        Channel storage c = _channel(packet.sourceChannel);
        if (keccak256(abi.encode(packet.app, packet.destChain, packet.destChannel)) != c.pairHash) {
            revert CounterpartyMismatch();
        }
        key = _pathKey("commitments/", packet.sourceChannel, packet.sequence);
        bytes32 stored = provable[key];
        // Deleted by an earlier ack or timeout (or never sent): nothing to do again.
        if (stored == 0) revert PacketNotPending(packet.sourceChannel, packet.sequence);
        commitment = _packetCommitment(packet);
        if (stored != commitment) revert CommitmentMismatch(packet.sourceChannel, packet.sequence);
    }

    /**
     * Whether this chain is past the packet's timeout. Its heights are
     * revision 0, so a timeout of a later revision is never reached by
     * height (ICS-02 order); times are in nanoseconds.
     */
    function _expired(Packet calldata packet) internal view returns (bool) {
        bool heightReached = packet.timeoutHeight != 0 &&
            packet.timeoutRevision == 0 &&
            block.number >= packet.timeoutHeight;
        bool timeReached = packet.timeoutTimestampNs != 0 &&
            block.timestamp * 1e9 >= packet.timeoutTimestampNs;
        return heightReached || timeReached;
    }

    /// The records app (records-app.ts): keeps a record's hash and acknowledges with it.
    function _onRecvRecord(Packet calldata packet) internal returns (bool success, bytes memory response) {
        uint256 length = packet.payload.length;
        if (length == 0) return (false, bytes("empty record"));
        if (length > MAX_RECORD_BYTES) {
            return (
                false,
                bytes(string.concat("record of ", _decimal(length), " bytes, over ", _decimal(MAX_RECORD_BYTES)))
            );
        }
        bytes32 digest = sha256(packet.payload);
        provable[
            keccak256(
                abi.encodePacked(
                    "records/",
                    packet.sourceChain,
                    "/",
                    packet.sourceChannel,
                    "/",
                    _decimal(packet.sequence)
                )
            )
        ] = digest;
        return (true, abi.encodePacked(digest));
    }

    /**
     * Checks that `signatures` hold at least `threshold` distinct members of
     * the current committee over `digest`. Ascending signers make
     * distinctness one comparison each; low `s` and v 27/28 leave one
     * encoding per signature.
     */
    function _checkCommittee(bytes32 digest, bytes[] calldata signatures) internal view {
        uint64 current = committeeEpoch;
        address previous;
        uint256 count;
        for (uint256 i; i < signatures.length; ++i) {
            bytes calldata sig = signatures[i];
            if (sig.length != 65) revert BadSignature(i);
            bytes32 r = bytes32(sig[0:32]);
            bytes32 s = bytes32(sig[32:64]);
            uint8 v = uint8(sig[64]);
            if ((v != 27 && v != 28) || uint256(s) > HALF_ORDER) revert BadSignature(i);
            address signer = ecrecover(digest, v, r, s);
            if (signer == address(0)) revert BadSignature(i);
            if (signer <= previous) revert SignersNotAscending(i);
            if (memberEpoch[signer] != current) revert UnknownSigner(signer);
            previous = signer;
            ++count;
        }
        if (count < committeeThreshold) revert BelowThreshold(count, committeeThreshold);
    }

    /// Members strictly ascending (hence distinct) and non-zero, 1 <= threshold <= members, at most 64.
    function _checkCommitteeShape(address[] memory newMembers, uint256 newThreshold) internal pure {
        uint256 n = newMembers.length;
        if (n == 0 || n > MAX_COMMITTEE || newThreshold == 0 || newThreshold > n) revert InvalidCommittee();
        address previous;
        for (uint256 i; i < n; ++i) {
            if (newMembers[i] <= previous) revert InvalidCommittee();
            previous = newMembers[i];
        }
    }

    function _setCommittee(address[] memory newMembers, uint256 newThreshold) internal {
        uint64 next = committeeEpoch + 1;
        for (uint256 i; i < newMembers.length; ++i) memberEpoch[newMembers[i]] = next;
        committeeMembers = newMembers;
        committeeThreshold = newThreshold;
        committeeEpoch = next;
        emit CommitteeRotated(next, newMembers, newThreshold);
    }

    /// SHA-256 of the devnets' canonical packet bytes (adapters/devnet/packets/commitment.ts).
    function _packetCommitment(Packet memory p) internal pure returns (bytes32) {
        // In three parts: one packed encoding of all 20 values does not fit the legacy code
        // generator's stack.
        bytes memory source = abi.encodePacked(
            uint32(17),
            "isthmus/packet/v1",
            p.sequence,
            uint32(bytes(p.sourceChain).length),
            p.sourceChain,
            uint32(bytes(p.sourceChannel).length),
            p.sourceChannel
        );
        bytes memory destination = abi.encodePacked(
            uint32(bytes(p.destChain).length),
            p.destChain,
            uint32(bytes(p.destChannel).length),
            p.destChannel,
            uint32(bytes(p.app).length),
            p.app
        );
        return
            sha256(
                abi.encodePacked(
                    source,
                    destination,
                    uint32(p.payload.length),
                    p.payload,
                    p.timeoutRevision,
                    p.timeoutHeight,
                    p.timeoutTimestampNs
                )
            );
    }

    /// SHA-256 of the canonical acknowledgement: 0x01 and the result, or 0x02 and the error.
    function _ackCommitment(bool success, bytes memory response) internal pure returns (bytes32) {
        return
            sha256(
                abi.encodePacked(
                    uint32(14),
                    "isthmus/ack/v1",
                    success ? bytes1(0x01) : bytes1(0x02),
                    uint32(response.length),
                    response
                )
            );
    }

    /// keccak256 of `{prefix}{channel}/{sequence}`, sequences in decimal (docs/evm.md, "Provable storage").
    function _pathKey(string memory prefix, string memory channelId, uint64 sequence) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(prefix, channelId, "/", _decimal(sequence)));
    }

    function _decimal(uint256 value) internal pure returns (string memory) {
        if (value == 0) return "0";
        uint256 digits;
        for (uint256 v = value; v != 0; v /= 10) ++digits;
        bytes memory out = new bytes(digits);
        for (; value != 0; value /= 10) out[--digits] = bytes1(uint8(48 + (value % 10)));
        return string(out);
    }
}
