import * as $protobuf from "protobufjs";
import Long from "long";

/** Namespace cometbft. */
export namespace cometbft {

    /** Namespace crypto. */
    namespace crypto {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PublicKey.
             * @deprecated Use cometbft.crypto.v1.PublicKey.$Properties instead.
             */
            interface IPublicKey extends cometbft.crypto.v1.PublicKey.$Properties {
            }

            /** Represents a PublicKey. */
            class PublicKey {

                /**
                 * Constructs a new PublicKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.crypto.v1.PublicKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PublicKey ed25519. */
                ed25519?: (Uint8Array|null);

                /** PublicKey secp256k1. */
                secp256k1?: (Uint8Array|null);

                /** PublicKey sum. */
                sum?: ("ed25519"|"secp256k1");

                /**
                 * Creates a new PublicKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublicKey instance
                 */
                static create(properties: cometbft.crypto.v1.PublicKey.$Shape): cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape;
                static create(properties?: cometbft.crypto.v1.PublicKey.$Properties): cometbft.crypto.v1.PublicKey;

                /**
                 * Encodes the specified PublicKey message. Does not implicitly {@link cometbft.crypto.v1.PublicKey.verify|verify} messages.
                 * @param message PublicKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.crypto.v1.PublicKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublicKey message, length delimited. Does not implicitly {@link cometbft.crypto.v1.PublicKey.verify|verify} messages.
                 * @param message PublicKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.crypto.v1.PublicKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublicKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape;

                /**
                 * Decodes a PublicKey message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape;

                /**
                 * Verifies a PublicKey message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublicKey message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublicKey
                 */
                static fromObject(object: { [k: string]: any }): cometbft.crypto.v1.PublicKey;

                /**
                 * Creates a plain object from a PublicKey message. Also converts values to other types if specified.
                 * @param message PublicKey
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.crypto.v1.PublicKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublicKey to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublicKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublicKey {

                /** Properties of a PublicKey. */
                interface $Properties {

                    /** PublicKey ed25519 */
                    ed25519?: (Uint8Array|null);

                    /** PublicKey secp256k1 */
                    secp256k1?: (Uint8Array|null);

                    /** PublicKey sum */
                    sum?: ("ed25519"|"secp256k1");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a PublicKey. */
                type $Shape = {
                  ed25519?: Uint8Array|null;
                  secp256k1?: Uint8Array|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ sum?: undefined; ed25519?: null; secp256k1?: null }|{ sum?: "ed25519"; ed25519: Uint8Array; secp256k1?: null }|{ sum?: "secp256k1"; ed25519?: null; secp256k1: Uint8Array })
                );
            }
        }
    }

    /** Namespace types. */
    namespace types {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a CanonicalPartSetHeader.
             * @deprecated Use cometbft.types.v1.CanonicalPartSetHeader.$Properties instead.
             */
            interface ICanonicalPartSetHeader extends cometbft.types.v1.CanonicalPartSetHeader.$Properties {
            }

            /** Represents a CanonicalPartSetHeader. */
            class CanonicalPartSetHeader {

                /**
                 * Constructs a new CanonicalPartSetHeader.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.CanonicalPartSetHeader.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanonicalPartSetHeader total. */
                total: number;

                /** CanonicalPartSetHeader hash. */
                hash: Uint8Array;

                /**
                 * Creates a new CanonicalPartSetHeader instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanonicalPartSetHeader instance
                 */
                static create(properties: cometbft.types.v1.CanonicalPartSetHeader.$Shape): cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape;
                static create(properties?: cometbft.types.v1.CanonicalPartSetHeader.$Properties): cometbft.types.v1.CanonicalPartSetHeader;

                /**
                 * Encodes the specified CanonicalPartSetHeader message. Does not implicitly {@link cometbft.types.v1.CanonicalPartSetHeader.verify|verify} messages.
                 * @param message CanonicalPartSetHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.CanonicalPartSetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CanonicalPartSetHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalPartSetHeader.verify|verify} messages.
                 * @param message CanonicalPartSetHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.CanonicalPartSetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanonicalPartSetHeader message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape} CanonicalPartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape;

                /**
                 * Decodes a CanonicalPartSetHeader message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape} CanonicalPartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape;

                /**
                 * Verifies a CanonicalPartSetHeader message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CanonicalPartSetHeader message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanonicalPartSetHeader
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.CanonicalPartSetHeader;

                /**
                 * Creates a plain object from a CanonicalPartSetHeader message. Also converts values to other types if specified.
                 * @param message CanonicalPartSetHeader
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.CanonicalPartSetHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanonicalPartSetHeader to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CanonicalPartSetHeader
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CanonicalPartSetHeader {

                /** Properties of a CanonicalPartSetHeader. */
                interface $Properties {

                    /** CanonicalPartSetHeader total */
                    total?: (number|null);

                    /** CanonicalPartSetHeader hash */
                    hash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanonicalPartSetHeader. */
                type $Shape = cometbft.types.v1.CanonicalPartSetHeader.$Properties;
            }

            /**
             * Properties of a CanonicalBlockID.
             * @deprecated Use cometbft.types.v1.CanonicalBlockID.$Properties instead.
             */
            interface ICanonicalBlockID extends cometbft.types.v1.CanonicalBlockID.$Properties {
            }

            /** Represents a CanonicalBlockID. */
            class CanonicalBlockID {

                /**
                 * Constructs a new CanonicalBlockID.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.CanonicalBlockID.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanonicalBlockID hash. */
                hash: Uint8Array;

                /** CanonicalBlockID partSetHeader. */
                partSetHeader?: (cometbft.types.v1.CanonicalPartSetHeader.$Properties|null);

                /**
                 * Creates a new CanonicalBlockID instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanonicalBlockID instance
                 */
                static create(properties: cometbft.types.v1.CanonicalBlockID.$Shape): cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape;
                static create(properties?: cometbft.types.v1.CanonicalBlockID.$Properties): cometbft.types.v1.CanonicalBlockID;

                /**
                 * Encodes the specified CanonicalBlockID message. Does not implicitly {@link cometbft.types.v1.CanonicalBlockID.verify|verify} messages.
                 * @param message CanonicalBlockID message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.CanonicalBlockID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CanonicalBlockID message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalBlockID.verify|verify} messages.
                 * @param message CanonicalBlockID message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.CanonicalBlockID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanonicalBlockID message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape} CanonicalBlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape;

                /**
                 * Decodes a CanonicalBlockID message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape} CanonicalBlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape;

                /**
                 * Verifies a CanonicalBlockID message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CanonicalBlockID message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanonicalBlockID
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.CanonicalBlockID;

                /**
                 * Creates a plain object from a CanonicalBlockID message. Also converts values to other types if specified.
                 * @param message CanonicalBlockID
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.CanonicalBlockID, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanonicalBlockID to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CanonicalBlockID
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CanonicalBlockID {

                /** Properties of a CanonicalBlockID. */
                interface $Properties {

                    /** CanonicalBlockID hash */
                    hash?: (Uint8Array|null);

                    /** CanonicalBlockID partSetHeader */
                    partSetHeader?: (cometbft.types.v1.CanonicalPartSetHeader.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanonicalBlockID. */
                type $Shape = cometbft.types.v1.CanonicalBlockID.$Properties;
            }

            /**
             * Properties of a CanonicalVote.
             * @deprecated Use cometbft.types.v1.CanonicalVote.$Properties instead.
             */
            interface ICanonicalVote extends cometbft.types.v1.CanonicalVote.$Properties {
            }

            /** Represents a CanonicalVote. */
            class CanonicalVote {

                /**
                 * Constructs a new CanonicalVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.CanonicalVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanonicalVote type. */
                type: cometbft.types.v1.SignedMsgType;

                /** CanonicalVote height. */
                height: (number|Long);

                /** CanonicalVote round. */
                round: (number|Long);

                /** CanonicalVote blockId. */
                blockId?: (cometbft.types.v1.CanonicalBlockID.$Properties|null);

                /** CanonicalVote timestamp. */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** CanonicalVote chainId. */
                chainId: string;

                /**
                 * Creates a new CanonicalVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanonicalVote instance
                 */
                static create(properties: cometbft.types.v1.CanonicalVote.$Shape): cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape;
                static create(properties?: cometbft.types.v1.CanonicalVote.$Properties): cometbft.types.v1.CanonicalVote;

                /**
                 * Encodes the specified CanonicalVote message. Does not implicitly {@link cometbft.types.v1.CanonicalVote.verify|verify} messages.
                 * @param message CanonicalVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.CanonicalVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CanonicalVote message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalVote.verify|verify} messages.
                 * @param message CanonicalVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.CanonicalVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanonicalVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape} CanonicalVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape;

                /**
                 * Decodes a CanonicalVote message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape} CanonicalVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape;

                /**
                 * Verifies a CanonicalVote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CanonicalVote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanonicalVote
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.CanonicalVote;

                /**
                 * Creates a plain object from a CanonicalVote message. Also converts values to other types if specified.
                 * @param message CanonicalVote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.CanonicalVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanonicalVote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CanonicalVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CanonicalVote {

                /** Properties of a CanonicalVote. */
                interface $Properties {

                    /** CanonicalVote type */
                    type?: (cometbft.types.v1.SignedMsgType|null);

                    /** CanonicalVote height */
                    height?: (number|Long|null);

                    /** CanonicalVote round */
                    round?: (number|Long|null);

                    /** CanonicalVote blockId */
                    blockId?: (cometbft.types.v1.CanonicalBlockID.$Properties|null);

                    /** CanonicalVote timestamp */
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** CanonicalVote chainId */
                    chainId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanonicalVote. */
                type $Shape = cometbft.types.v1.CanonicalVote.$Properties;
            }

            /** SignedMsgType enum. */
            enum SignedMsgType {

                /** SIGNED_MSG_TYPE_UNKNOWN value */
                SIGNED_MSG_TYPE_UNKNOWN = 0,

                /** SIGNED_MSG_TYPE_PREVOTE value */
                SIGNED_MSG_TYPE_PREVOTE = 1,

                /** SIGNED_MSG_TYPE_PRECOMMIT value */
                SIGNED_MSG_TYPE_PRECOMMIT = 2,

                /** SIGNED_MSG_TYPE_PROPOSAL value */
                SIGNED_MSG_TYPE_PROPOSAL = 32
            }

            /** BlockIDFlag enum. */
            enum BlockIDFlag {

                /** BLOCK_ID_FLAG_UNKNOWN value */
                BLOCK_ID_FLAG_UNKNOWN = 0,

                /** BLOCK_ID_FLAG_ABSENT value */
                BLOCK_ID_FLAG_ABSENT = 1,

                /** BLOCK_ID_FLAG_COMMIT value */
                BLOCK_ID_FLAG_COMMIT = 2,

                /** BLOCK_ID_FLAG_NIL value */
                BLOCK_ID_FLAG_NIL = 3
            }

            /**
             * Properties of a PartSetHeader.
             * @deprecated Use cometbft.types.v1.PartSetHeader.$Properties instead.
             */
            interface IPartSetHeader extends cometbft.types.v1.PartSetHeader.$Properties {
            }

            /** Represents a PartSetHeader. */
            class PartSetHeader {

                /**
                 * Constructs a new PartSetHeader.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.PartSetHeader.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartSetHeader total. */
                total: number;

                /** PartSetHeader hash. */
                hash: Uint8Array;

                /**
                 * Creates a new PartSetHeader instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartSetHeader instance
                 */
                static create(properties: cometbft.types.v1.PartSetHeader.$Shape): cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape;
                static create(properties?: cometbft.types.v1.PartSetHeader.$Properties): cometbft.types.v1.PartSetHeader;

                /**
                 * Encodes the specified PartSetHeader message. Does not implicitly {@link cometbft.types.v1.PartSetHeader.verify|verify} messages.
                 * @param message PartSetHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.PartSetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PartSetHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.PartSetHeader.verify|verify} messages.
                 * @param message PartSetHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.PartSetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartSetHeader message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape} PartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape;

                /**
                 * Decodes a PartSetHeader message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape} PartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape;

                /**
                 * Verifies a PartSetHeader message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PartSetHeader message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PartSetHeader
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.PartSetHeader;

                /**
                 * Creates a plain object from a PartSetHeader message. Also converts values to other types if specified.
                 * @param message PartSetHeader
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.PartSetHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartSetHeader to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartSetHeader
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartSetHeader {

                /** Properties of a PartSetHeader. */
                interface $Properties {

                    /** PartSetHeader total */
                    total?: (number|null);

                    /** PartSetHeader hash */
                    hash?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartSetHeader. */
                type $Shape = cometbft.types.v1.PartSetHeader.$Properties;
            }

            /**
             * Properties of a BlockID.
             * @deprecated Use cometbft.types.v1.BlockID.$Properties instead.
             */
            interface IBlockID extends cometbft.types.v1.BlockID.$Properties {
            }

            /** Represents a BlockID. */
            class BlockID {

                /**
                 * Constructs a new BlockID.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.BlockID.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockID hash. */
                hash: Uint8Array;

                /** BlockID partSetHeader. */
                partSetHeader?: (cometbft.types.v1.PartSetHeader.$Properties|null);

                /**
                 * Creates a new BlockID instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockID instance
                 */
                static create(properties: cometbft.types.v1.BlockID.$Shape): cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape;
                static create(properties?: cometbft.types.v1.BlockID.$Properties): cometbft.types.v1.BlockID;

                /**
                 * Encodes the specified BlockID message. Does not implicitly {@link cometbft.types.v1.BlockID.verify|verify} messages.
                 * @param message BlockID message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.BlockID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BlockID message, length delimited. Does not implicitly {@link cometbft.types.v1.BlockID.verify|verify} messages.
                 * @param message BlockID message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.BlockID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockID message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape} BlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape;

                /**
                 * Decodes a BlockID message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape} BlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape;

                /**
                 * Verifies a BlockID message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BlockID message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockID
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.BlockID;

                /**
                 * Creates a plain object from a BlockID message. Also converts values to other types if specified.
                 * @param message BlockID
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.BlockID, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockID to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BlockID
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BlockID {

                /** Properties of a BlockID. */
                interface $Properties {

                    /** BlockID hash */
                    hash?: (Uint8Array|null);

                    /** BlockID partSetHeader */
                    partSetHeader?: (cometbft.types.v1.PartSetHeader.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockID. */
                type $Shape = cometbft.types.v1.BlockID.$Properties;
            }

            /**
             * Properties of a Header.
             * @deprecated Use cometbft.types.v1.Header.$Properties instead.
             */
            interface IHeader extends cometbft.types.v1.Header.$Properties {
            }

            /** Represents a Header. */
            class Header {

                /**
                 * Constructs a new Header.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.Header.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header version. */
                version?: (cometbft.version.v1.Consensus.$Properties|null);

                /** Header chainId. */
                chainId: string;

                /** Header height. */
                height: (number|Long);

                /** Header time. */
                time?: (google.protobuf.Timestamp.$Properties|null);

                /** Header lastBlockId. */
                lastBlockId?: (cometbft.types.v1.BlockID.$Properties|null);

                /** Header lastCommitHash. */
                lastCommitHash: Uint8Array;

                /** Header dataHash. */
                dataHash: Uint8Array;

                /** Header validatorsHash. */
                validatorsHash: Uint8Array;

                /** Header nextValidatorsHash. */
                nextValidatorsHash: Uint8Array;

                /** Header consensusHash. */
                consensusHash: Uint8Array;

                /** Header appHash. */
                appHash: Uint8Array;

                /** Header lastResultsHash. */
                lastResultsHash: Uint8Array;

                /** Header evidenceHash. */
                evidenceHash: Uint8Array;

                /** Header proposerAddress. */
                proposerAddress: Uint8Array;

                /**
                 * Creates a new Header instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Header instance
                 */
                static create(properties: cometbft.types.v1.Header.$Shape): cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape;
                static create(properties?: cometbft.types.v1.Header.$Properties): cometbft.types.v1.Header;

                /**
                 * Encodes the specified Header message. Does not implicitly {@link cometbft.types.v1.Header.verify|verify} messages.
                 * @param message Header message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Header message, length delimited. Does not implicitly {@link cometbft.types.v1.Header.verify|verify} messages.
                 * @param message Header message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape;

                /**
                 * Decodes a Header message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape;

                /**
                 * Verifies a Header message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Header message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Header
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.Header;

                /**
                 * Creates a plain object from a Header message. Also converts values to other types if specified.
                 * @param message Header
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.Header, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Header to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Header
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Header {

                /** Properties of a Header. */
                interface $Properties {

                    /** Header version */
                    version?: (cometbft.version.v1.Consensus.$Properties|null);

                    /** Header chainId */
                    chainId?: (string|null);

                    /** Header height */
                    height?: (number|Long|null);

                    /** Header time */
                    time?: (google.protobuf.Timestamp.$Properties|null);

                    /** Header lastBlockId */
                    lastBlockId?: (cometbft.types.v1.BlockID.$Properties|null);

                    /** Header lastCommitHash */
                    lastCommitHash?: (Uint8Array|null);

                    /** Header dataHash */
                    dataHash?: (Uint8Array|null);

                    /** Header validatorsHash */
                    validatorsHash?: (Uint8Array|null);

                    /** Header nextValidatorsHash */
                    nextValidatorsHash?: (Uint8Array|null);

                    /** Header consensusHash */
                    consensusHash?: (Uint8Array|null);

                    /** Header appHash */
                    appHash?: (Uint8Array|null);

                    /** Header lastResultsHash */
                    lastResultsHash?: (Uint8Array|null);

                    /** Header evidenceHash */
                    evidenceHash?: (Uint8Array|null);

                    /** Header proposerAddress */
                    proposerAddress?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Header. */
                type $Shape = cometbft.types.v1.Header.$Properties;
            }

            /**
             * Properties of a CommitSig.
             * @deprecated Use cometbft.types.v1.CommitSig.$Properties instead.
             */
            interface ICommitSig extends cometbft.types.v1.CommitSig.$Properties {
            }

            /** Represents a CommitSig. */
            class CommitSig {

                /**
                 * Constructs a new CommitSig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.CommitSig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommitSig blockIdFlag. */
                blockIdFlag: cometbft.types.v1.BlockIDFlag;

                /** CommitSig validatorAddress. */
                validatorAddress: Uint8Array;

                /** CommitSig timestamp. */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** CommitSig signature. */
                signature: Uint8Array;

                /**
                 * Creates a new CommitSig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommitSig instance
                 */
                static create(properties: cometbft.types.v1.CommitSig.$Shape): cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape;
                static create(properties?: cometbft.types.v1.CommitSig.$Properties): cometbft.types.v1.CommitSig;

                /**
                 * Encodes the specified CommitSig message. Does not implicitly {@link cometbft.types.v1.CommitSig.verify|verify} messages.
                 * @param message CommitSig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.CommitSig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommitSig message, length delimited. Does not implicitly {@link cometbft.types.v1.CommitSig.verify|verify} messages.
                 * @param message CommitSig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.CommitSig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommitSig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape;

                /**
                 * Decodes a CommitSig message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape;

                /**
                 * Verifies a CommitSig message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommitSig message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommitSig
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.CommitSig;

                /**
                 * Creates a plain object from a CommitSig message. Also converts values to other types if specified.
                 * @param message CommitSig
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.CommitSig, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommitSig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommitSig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitSig {

                /** Properties of a CommitSig. */
                interface $Properties {

                    /** CommitSig blockIdFlag */
                    blockIdFlag?: (cometbft.types.v1.BlockIDFlag|null);

                    /** CommitSig validatorAddress */
                    validatorAddress?: (Uint8Array|null);

                    /** CommitSig timestamp */
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** CommitSig signature */
                    signature?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommitSig. */
                type $Shape = cometbft.types.v1.CommitSig.$Properties;
            }

            /**
             * Properties of a Commit.
             * @deprecated Use cometbft.types.v1.Commit.$Properties instead.
             */
            interface ICommit extends cometbft.types.v1.Commit.$Properties {
            }

            /** Represents a Commit. */
            class Commit {

                /**
                 * Constructs a new Commit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.Commit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Commit height. */
                height: (number|Long);

                /** Commit round. */
                round: number;

                /** Commit blockId. */
                blockId?: (cometbft.types.v1.BlockID.$Properties|null);

                /** Commit signatures. */
                signatures: cometbft.types.v1.CommitSig.$Properties[];

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Commit instance
                 */
                static create(properties: cometbft.types.v1.Commit.$Shape): cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape;
                static create(properties?: cometbft.types.v1.Commit.$Properties): cometbft.types.v1.Commit;

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link cometbft.types.v1.Commit.verify|verify} messages.
                 * @param message Commit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Commit message, length delimited. Does not implicitly {@link cometbft.types.v1.Commit.verify|verify} messages.
                 * @param message Commit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape;

                /**
                 * Decodes a Commit message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape;

                /**
                 * Verifies a Commit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Commit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Commit
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.Commit;

                /**
                 * Creates a plain object from a Commit message. Also converts values to other types if specified.
                 * @param message Commit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.Commit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Commit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Commit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Commit {

                /** Properties of a Commit. */
                interface $Properties {

                    /** Commit height */
                    height?: (number|Long|null);

                    /** Commit round */
                    round?: (number|null);

                    /** Commit blockId */
                    blockId?: (cometbft.types.v1.BlockID.$Properties|null);

                    /** Commit signatures */
                    signatures?: (cometbft.types.v1.CommitSig.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Commit. */
                type $Shape = cometbft.types.v1.Commit.$Properties;
            }

            /**
             * Properties of a SignedHeader.
             * @deprecated Use cometbft.types.v1.SignedHeader.$Properties instead.
             */
            interface ISignedHeader extends cometbft.types.v1.SignedHeader.$Properties {
            }

            /** Represents a SignedHeader. */
            class SignedHeader {

                /**
                 * Constructs a new SignedHeader.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.SignedHeader.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignedHeader header. */
                header?: (cometbft.types.v1.Header.$Properties|null);

                /** SignedHeader commit. */
                commit?: (cometbft.types.v1.Commit.$Properties|null);

                /**
                 * Creates a new SignedHeader instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SignedHeader instance
                 */
                static create(properties: cometbft.types.v1.SignedHeader.$Shape): cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape;
                static create(properties?: cometbft.types.v1.SignedHeader.$Properties): cometbft.types.v1.SignedHeader;

                /**
                 * Encodes the specified SignedHeader message. Does not implicitly {@link cometbft.types.v1.SignedHeader.verify|verify} messages.
                 * @param message SignedHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.SignedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SignedHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.SignedHeader.verify|verify} messages.
                 * @param message SignedHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.SignedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignedHeader message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape} SignedHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape;

                /**
                 * Decodes a SignedHeader message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape} SignedHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape;

                /**
                 * Verifies a SignedHeader message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignedHeader message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignedHeader
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.SignedHeader;

                /**
                 * Creates a plain object from a SignedHeader message. Also converts values to other types if specified.
                 * @param message SignedHeader
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.SignedHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignedHeader to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SignedHeader
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignedHeader {

                /** Properties of a SignedHeader. */
                interface $Properties {

                    /** SignedHeader header */
                    header?: (cometbft.types.v1.Header.$Properties|null);

                    /** SignedHeader commit */
                    commit?: (cometbft.types.v1.Commit.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignedHeader. */
                type $Shape = cometbft.types.v1.SignedHeader.$Properties;
            }

            /**
             * Properties of a LightBlock.
             * @deprecated Use cometbft.types.v1.LightBlock.$Properties instead.
             */
            interface ILightBlock extends cometbft.types.v1.LightBlock.$Properties {
            }

            /** Represents a LightBlock. */
            class LightBlock {

                /**
                 * Constructs a new LightBlock.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.LightBlock.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LightBlock signedHeader. */
                signedHeader?: (cometbft.types.v1.SignedHeader.$Properties|null);

                /** LightBlock validatorSet. */
                validatorSet?: (cometbft.types.v1.ValidatorSet.$Properties|null);

                /**
                 * Creates a new LightBlock instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LightBlock instance
                 */
                static create(properties: cometbft.types.v1.LightBlock.$Shape): cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape;
                static create(properties?: cometbft.types.v1.LightBlock.$Properties): cometbft.types.v1.LightBlock;

                /**
                 * Encodes the specified LightBlock message. Does not implicitly {@link cometbft.types.v1.LightBlock.verify|verify} messages.
                 * @param message LightBlock message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.LightBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LightBlock message, length delimited. Does not implicitly {@link cometbft.types.v1.LightBlock.verify|verify} messages.
                 * @param message LightBlock message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.LightBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LightBlock message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape} LightBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape;

                /**
                 * Decodes a LightBlock message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape} LightBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape;

                /**
                 * Verifies a LightBlock message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LightBlock message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LightBlock
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.LightBlock;

                /**
                 * Creates a plain object from a LightBlock message. Also converts values to other types if specified.
                 * @param message LightBlock
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.LightBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LightBlock to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LightBlock
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LightBlock {

                /** Properties of a LightBlock. */
                interface $Properties {

                    /** LightBlock signedHeader */
                    signedHeader?: (cometbft.types.v1.SignedHeader.$Properties|null);

                    /** LightBlock validatorSet */
                    validatorSet?: (cometbft.types.v1.ValidatorSet.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LightBlock. */
                type $Shape = {
                  signedHeader?: cometbft.types.v1.SignedHeader.$Shape|null;
                  validatorSet?: cometbft.types.v1.ValidatorSet.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ValidatorSet.
             * @deprecated Use cometbft.types.v1.ValidatorSet.$Properties instead.
             */
            interface IValidatorSet extends cometbft.types.v1.ValidatorSet.$Properties {
            }

            /** Represents a ValidatorSet. */
            class ValidatorSet {

                /**
                 * Constructs a new ValidatorSet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.ValidatorSet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ValidatorSet validators. */
                validators: cometbft.types.v1.Validator.$Properties[];

                /** ValidatorSet proposer. */
                proposer?: (cometbft.types.v1.Validator.$Properties|null);

                /** ValidatorSet totalVotingPower. */
                totalVotingPower: (number|Long);

                /**
                 * Creates a new ValidatorSet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValidatorSet instance
                 */
                static create(properties: cometbft.types.v1.ValidatorSet.$Shape): cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape;
                static create(properties?: cometbft.types.v1.ValidatorSet.$Properties): cometbft.types.v1.ValidatorSet;

                /**
                 * Encodes the specified ValidatorSet message. Does not implicitly {@link cometbft.types.v1.ValidatorSet.verify|verify} messages.
                 * @param message ValidatorSet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.ValidatorSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ValidatorSet message, length delimited. Does not implicitly {@link cometbft.types.v1.ValidatorSet.verify|verify} messages.
                 * @param message ValidatorSet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.ValidatorSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape;

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape;

                /**
                 * Verifies a ValidatorSet message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ValidatorSet message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ValidatorSet
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.ValidatorSet;

                /**
                 * Creates a plain object from a ValidatorSet message. Also converts values to other types if specified.
                 * @param message ValidatorSet
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.ValidatorSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ValidatorSet to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ValidatorSet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidatorSet {

                /** Properties of a ValidatorSet. */
                interface $Properties {

                    /** ValidatorSet validators */
                    validators?: (cometbft.types.v1.Validator.$Properties[]|null);

                    /** ValidatorSet proposer */
                    proposer?: (cometbft.types.v1.Validator.$Properties|null);

                    /** ValidatorSet totalVotingPower */
                    totalVotingPower?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ValidatorSet. */
                type $Shape = {
                  validators?: cometbft.types.v1.Validator.$Shape[]|null;
                  proposer?: cometbft.types.v1.Validator.$Shape|null;
                  totalVotingPower?: number|Long|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a Validator.
             * @deprecated Use cometbft.types.v1.Validator.$Properties instead.
             */
            interface IValidator extends cometbft.types.v1.Validator.$Properties {
            }

            /** Represents a Validator. */
            class Validator {

                /**
                 * Constructs a new Validator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.Validator.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Validator address. */
                address: Uint8Array;

                /** Validator pubKey. */
                pubKey?: (cometbft.crypto.v1.PublicKey.$Properties|null);

                /** Validator votingPower. */
                votingPower: (number|Long);

                /** Validator proposerPriority. */
                proposerPriority: (number|Long);

                /**
                 * Creates a new Validator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Validator instance
                 */
                static create(properties: cometbft.types.v1.Validator.$Shape): cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape;
                static create(properties?: cometbft.types.v1.Validator.$Properties): cometbft.types.v1.Validator;

                /**
                 * Encodes the specified Validator message. Does not implicitly {@link cometbft.types.v1.Validator.verify|verify} messages.
                 * @param message Validator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Validator message, length delimited. Does not implicitly {@link cometbft.types.v1.Validator.verify|verify} messages.
                 * @param message Validator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Validator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape} Validator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape;

                /**
                 * Decodes a Validator message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape} Validator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape;

                /**
                 * Verifies a Validator message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Validator message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Validator
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.Validator;

                /**
                 * Creates a plain object from a Validator message. Also converts values to other types if specified.
                 * @param message Validator
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.Validator, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Validator to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Validator
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Validator {

                /** Properties of a Validator. */
                interface $Properties {

                    /** Validator address */
                    address?: (Uint8Array|null);

                    /** Validator pubKey */
                    pubKey?: (cometbft.crypto.v1.PublicKey.$Properties|null);

                    /** Validator votingPower */
                    votingPower?: (number|Long|null);

                    /** Validator proposerPriority */
                    proposerPriority?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Validator. */
                type $Shape = {
                  address?: Uint8Array|null;
                  pubKey?: cometbft.crypto.v1.PublicKey.$Shape|null;
                  votingPower?: number|Long|null;
                  proposerPriority?: number|Long|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a SimpleValidator.
             * @deprecated Use cometbft.types.v1.SimpleValidator.$Properties instead.
             */
            interface ISimpleValidator extends cometbft.types.v1.SimpleValidator.$Properties {
            }

            /** Represents a SimpleValidator. */
            class SimpleValidator {

                /**
                 * Constructs a new SimpleValidator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.types.v1.SimpleValidator.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SimpleValidator pubKey. */
                pubKey?: (cometbft.crypto.v1.PublicKey.$Properties|null);

                /** SimpleValidator votingPower. */
                votingPower: (number|Long);

                /**
                 * Creates a new SimpleValidator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SimpleValidator instance
                 */
                static create(properties: cometbft.types.v1.SimpleValidator.$Shape): cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape;
                static create(properties?: cometbft.types.v1.SimpleValidator.$Properties): cometbft.types.v1.SimpleValidator;

                /**
                 * Encodes the specified SimpleValidator message. Does not implicitly {@link cometbft.types.v1.SimpleValidator.verify|verify} messages.
                 * @param message SimpleValidator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.types.v1.SimpleValidator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SimpleValidator message, length delimited. Does not implicitly {@link cometbft.types.v1.SimpleValidator.verify|verify} messages.
                 * @param message SimpleValidator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.types.v1.SimpleValidator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SimpleValidator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape} SimpleValidator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape;

                /**
                 * Decodes a SimpleValidator message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape} SimpleValidator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape;

                /**
                 * Verifies a SimpleValidator message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SimpleValidator message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SimpleValidator
                 */
                static fromObject(object: { [k: string]: any }): cometbft.types.v1.SimpleValidator;

                /**
                 * Creates a plain object from a SimpleValidator message. Also converts values to other types if specified.
                 * @param message SimpleValidator
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.types.v1.SimpleValidator, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SimpleValidator to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SimpleValidator
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SimpleValidator {

                /** Properties of a SimpleValidator. */
                interface $Properties {

                    /** SimpleValidator pubKey */
                    pubKey?: (cometbft.crypto.v1.PublicKey.$Properties|null);

                    /** SimpleValidator votingPower */
                    votingPower?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SimpleValidator. */
                type $Shape = {
                  pubKey?: cometbft.crypto.v1.PublicKey.$Shape|null;
                  votingPower?: number|Long|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }

    /** Namespace version. */
    namespace version {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Consensus.
             * @deprecated Use cometbft.version.v1.Consensus.$Properties instead.
             */
            interface IConsensus extends cometbft.version.v1.Consensus.$Properties {
            }

            /** Represents a Consensus. */
            class Consensus {

                /**
                 * Constructs a new Consensus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cometbft.version.v1.Consensus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Consensus block. */
                block: (number|Long);

                /** Consensus app. */
                app: (number|Long);

                /**
                 * Creates a new Consensus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Consensus instance
                 */
                static create(properties: cometbft.version.v1.Consensus.$Shape): cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape;
                static create(properties?: cometbft.version.v1.Consensus.$Properties): cometbft.version.v1.Consensus;

                /**
                 * Encodes the specified Consensus message. Does not implicitly {@link cometbft.version.v1.Consensus.verify|verify} messages.
                 * @param message Consensus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cometbft.version.v1.Consensus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Consensus message, length delimited. Does not implicitly {@link cometbft.version.v1.Consensus.verify|verify} messages.
                 * @param message Consensus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cometbft.version.v1.Consensus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Consensus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape} Consensus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape;

                /**
                 * Decodes a Consensus message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape} Consensus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape;

                /**
                 * Verifies a Consensus message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Consensus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Consensus
                 */
                static fromObject(object: { [k: string]: any }): cometbft.version.v1.Consensus;

                /**
                 * Creates a plain object from a Consensus message. Also converts values to other types if specified.
                 * @param message Consensus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cometbft.version.v1.Consensus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Consensus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Consensus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Consensus {

                /** Properties of a Consensus. */
                interface $Properties {

                    /** Consensus block */
                    block?: (number|Long|null);

                    /** Consensus app */
                    app?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Consensus. */
                type $Shape = cometbft.version.v1.Consensus.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
