import * as $protobuf from "protobufjs";
import Long from "long";

/** Namespace cosmos. */
export namespace cosmos {

    /** Namespace ics23. */
    namespace ics23 {

        /** Namespace v1. */
        namespace v1 {

            /** HashOp enum. */
            enum HashOp {

                /** NO_HASH value */
                NO_HASH = 0,

                /** SHA256 value */
                SHA256 = 1,

                /** SHA512 value */
                SHA512 = 2,

                /** KECCAK256 value */
                KECCAK256 = 3,

                /** RIPEMD160 value */
                RIPEMD160 = 4,

                /** BITCOIN value */
                BITCOIN = 5,

                /** SHA512_256 value */
                SHA512_256 = 6,

                /** BLAKE2B_512 value */
                BLAKE2B_512 = 7,

                /** BLAKE2S_256 value */
                BLAKE2S_256 = 8,

                /** BLAKE3 value */
                BLAKE3 = 9
            }

            /** LengthOp enum. */
            enum LengthOp {

                /** NO_PREFIX value */
                NO_PREFIX = 0,

                /** VAR_PROTO value */
                VAR_PROTO = 1,

                /** VAR_RLP value */
                VAR_RLP = 2,

                /** FIXED32_BIG value */
                FIXED32_BIG = 3,

                /** FIXED32_LITTLE value */
                FIXED32_LITTLE = 4,

                /** FIXED64_BIG value */
                FIXED64_BIG = 5,

                /** FIXED64_LITTLE value */
                FIXED64_LITTLE = 6,

                /** REQUIRE_32_BYTES value */
                REQUIRE_32_BYTES = 7,

                /** REQUIRE_64_BYTES value */
                REQUIRE_64_BYTES = 8
            }

            /**
             * Properties of an ExistenceProof.
             * @deprecated Use cosmos.ics23.v1.ExistenceProof.$Properties instead.
             */
            interface IExistenceProof extends cosmos.ics23.v1.ExistenceProof.$Properties {
            }

            /** Represents an ExistenceProof. */
            class ExistenceProof {

                /**
                 * Constructs a new ExistenceProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.ExistenceProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExistenceProof key. */
                key: Uint8Array;

                /** ExistenceProof value. */
                value: Uint8Array;

                /** ExistenceProof leaf. */
                leaf?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                /** ExistenceProof path. */
                path: cosmos.ics23.v1.InnerOp.$Properties[];

                /**
                 * Creates a new ExistenceProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExistenceProof instance
                 */
                static create(properties: cosmos.ics23.v1.ExistenceProof.$Shape): cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape;
                static create(properties?: cosmos.ics23.v1.ExistenceProof.$Properties): cosmos.ics23.v1.ExistenceProof;

                /**
                 * Encodes the specified ExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.ExistenceProof.verify|verify} messages.
                 * @param message ExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.ExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ExistenceProof.verify|verify} messages.
                 * @param message ExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.ExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExistenceProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape} ExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape;

                /**
                 * Decodes an ExistenceProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape} ExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape;

                /**
                 * Verifies an ExistenceProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExistenceProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.ExistenceProof;

                /**
                 * Creates a plain object from an ExistenceProof message. Also converts values to other types if specified.
                 * @param message ExistenceProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.ExistenceProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExistenceProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExistenceProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExistenceProof {

                /** Properties of an ExistenceProof. */
                interface $Properties {

                    /** ExistenceProof key */
                    key?: (Uint8Array|null);

                    /** ExistenceProof value */
                    value?: (Uint8Array|null);

                    /** ExistenceProof leaf */
                    leaf?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                    /** ExistenceProof path */
                    path?: (cosmos.ics23.v1.InnerOp.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExistenceProof. */
                type $Shape = cosmos.ics23.v1.ExistenceProof.$Properties;
            }

            /**
             * Properties of a NonExistenceProof.
             * @deprecated Use cosmos.ics23.v1.NonExistenceProof.$Properties instead.
             */
            interface INonExistenceProof extends cosmos.ics23.v1.NonExistenceProof.$Properties {
            }

            /** Represents a NonExistenceProof. */
            class NonExistenceProof {

                /**
                 * Constructs a new NonExistenceProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.NonExistenceProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NonExistenceProof key. */
                key: Uint8Array;

                /** NonExistenceProof left. */
                left?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                /** NonExistenceProof right. */
                right?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                /**
                 * Creates a new NonExistenceProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NonExistenceProof instance
                 */
                static create(properties: cosmos.ics23.v1.NonExistenceProof.$Shape): cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape;
                static create(properties?: cosmos.ics23.v1.NonExistenceProof.$Properties): cosmos.ics23.v1.NonExistenceProof;

                /**
                 * Encodes the specified NonExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.NonExistenceProof.verify|verify} messages.
                 * @param message NonExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.NonExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NonExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.NonExistenceProof.verify|verify} messages.
                 * @param message NonExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.NonExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NonExistenceProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape} NonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape;

                /**
                 * Decodes a NonExistenceProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape} NonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape;

                /**
                 * Verifies a NonExistenceProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NonExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NonExistenceProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.NonExistenceProof;

                /**
                 * Creates a plain object from a NonExistenceProof message. Also converts values to other types if specified.
                 * @param message NonExistenceProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.NonExistenceProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NonExistenceProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NonExistenceProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NonExistenceProof {

                /** Properties of a NonExistenceProof. */
                interface $Properties {

                    /** NonExistenceProof key */
                    key?: (Uint8Array|null);

                    /** NonExistenceProof left */
                    left?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                    /** NonExistenceProof right */
                    right?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NonExistenceProof. */
                type $Shape = cosmos.ics23.v1.NonExistenceProof.$Properties;
            }

            /**
             * Properties of a CommitmentProof.
             * @deprecated Use cosmos.ics23.v1.CommitmentProof.$Properties instead.
             */
            interface ICommitmentProof extends cosmos.ics23.v1.CommitmentProof.$Properties {
            }

            /** Represents a CommitmentProof. */
            class CommitmentProof {

                /**
                 * Constructs a new CommitmentProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.CommitmentProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommitmentProof exist. */
                exist?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                /** CommitmentProof nonexist. */
                nonexist?: (cosmos.ics23.v1.NonExistenceProof.$Properties|null);

                /** CommitmentProof batch. */
                batch?: (cosmos.ics23.v1.BatchProof.$Properties|null);

                /** CommitmentProof compressed. */
                compressed?: (cosmos.ics23.v1.CompressedBatchProof.$Properties|null);

                /** CommitmentProof proof. */
                proof?: ("exist"|"nonexist"|"batch"|"compressed");

                /**
                 * Creates a new CommitmentProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommitmentProof instance
                 */
                static create(properties: cosmos.ics23.v1.CommitmentProof.$Shape): cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape;
                static create(properties?: cosmos.ics23.v1.CommitmentProof.$Properties): cosmos.ics23.v1.CommitmentProof;

                /**
                 * Encodes the specified CommitmentProof message. Does not implicitly {@link cosmos.ics23.v1.CommitmentProof.verify|verify} messages.
                 * @param message CommitmentProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.CommitmentProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommitmentProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CommitmentProof.verify|verify} messages.
                 * @param message CommitmentProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.CommitmentProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommitmentProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape} CommitmentProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape;

                /**
                 * Decodes a CommitmentProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape} CommitmentProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape;

                /**
                 * Verifies a CommitmentProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommitmentProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommitmentProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.CommitmentProof;

                /**
                 * Creates a plain object from a CommitmentProof message. Also converts values to other types if specified.
                 * @param message CommitmentProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.CommitmentProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommitmentProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommitmentProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitmentProof {

                /** Properties of a CommitmentProof. */
                interface $Properties {

                    /** CommitmentProof exist */
                    exist?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                    /** CommitmentProof nonexist */
                    nonexist?: (cosmos.ics23.v1.NonExistenceProof.$Properties|null);

                    /** CommitmentProof batch */
                    batch?: (cosmos.ics23.v1.BatchProof.$Properties|null);

                    /** CommitmentProof compressed */
                    compressed?: (cosmos.ics23.v1.CompressedBatchProof.$Properties|null);

                    /** CommitmentProof proof */
                    proof?: ("exist"|"nonexist"|"batch"|"compressed");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a CommitmentProof. */
                type $Shape = {
                  exist?: cosmos.ics23.v1.ExistenceProof.$Shape|null;
                  nonexist?: cosmos.ics23.v1.NonExistenceProof.$Shape|null;
                  batch?: cosmos.ics23.v1.BatchProof.$Shape|null;
                  compressed?: cosmos.ics23.v1.CompressedBatchProof.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ proof?: undefined; exist?: null; nonexist?: null; batch?: null; compressed?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.ExistenceProof.$Shape; nonexist?: null; batch?: null; compressed?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.NonExistenceProof.$Shape; batch?: null; compressed?: null }|{ proof?: "batch"; exist?: null; nonexist?: null; batch: cosmos.ics23.v1.BatchProof.$Shape; compressed?: null }|{ proof?: "compressed"; exist?: null; nonexist?: null; batch?: null; compressed: cosmos.ics23.v1.CompressedBatchProof.$Shape })
                );
            }

            /**
             * Properties of a LeafOp.
             * @deprecated Use cosmos.ics23.v1.LeafOp.$Properties instead.
             */
            interface ILeafOp extends cosmos.ics23.v1.LeafOp.$Properties {
            }

            /** Represents a LeafOp. */
            class LeafOp {

                /**
                 * Constructs a new LeafOp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.LeafOp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LeafOp hash. */
                hash: cosmos.ics23.v1.HashOp;

                /** LeafOp prehashKey. */
                prehashKey: cosmos.ics23.v1.HashOp;

                /** LeafOp prehashValue. */
                prehashValue: cosmos.ics23.v1.HashOp;

                /** LeafOp length. */
                length: cosmos.ics23.v1.LengthOp;

                /** LeafOp prefix. */
                prefix: Uint8Array;

                /**
                 * Creates a new LeafOp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LeafOp instance
                 */
                static create(properties: cosmos.ics23.v1.LeafOp.$Shape): cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape;
                static create(properties?: cosmos.ics23.v1.LeafOp.$Properties): cosmos.ics23.v1.LeafOp;

                /**
                 * Encodes the specified LeafOp message. Does not implicitly {@link cosmos.ics23.v1.LeafOp.verify|verify} messages.
                 * @param message LeafOp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.LeafOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LeafOp message, length delimited. Does not implicitly {@link cosmos.ics23.v1.LeafOp.verify|verify} messages.
                 * @param message LeafOp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.LeafOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LeafOp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape} LeafOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape;

                /**
                 * Decodes a LeafOp message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape} LeafOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape;

                /**
                 * Verifies a LeafOp message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LeafOp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LeafOp
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.LeafOp;

                /**
                 * Creates a plain object from a LeafOp message. Also converts values to other types if specified.
                 * @param message LeafOp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.LeafOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LeafOp to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LeafOp
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LeafOp {

                /** Properties of a LeafOp. */
                interface $Properties {

                    /** LeafOp hash */
                    hash?: (cosmos.ics23.v1.HashOp|null);

                    /** LeafOp prehashKey */
                    prehashKey?: (cosmos.ics23.v1.HashOp|null);

                    /** LeafOp prehashValue */
                    prehashValue?: (cosmos.ics23.v1.HashOp|null);

                    /** LeafOp length */
                    length?: (cosmos.ics23.v1.LengthOp|null);

                    /** LeafOp prefix */
                    prefix?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LeafOp. */
                type $Shape = cosmos.ics23.v1.LeafOp.$Properties;
            }

            /**
             * Properties of an InnerOp.
             * @deprecated Use cosmos.ics23.v1.InnerOp.$Properties instead.
             */
            interface IInnerOp extends cosmos.ics23.v1.InnerOp.$Properties {
            }

            /** Represents an InnerOp. */
            class InnerOp {

                /**
                 * Constructs a new InnerOp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.InnerOp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InnerOp hash. */
                hash: cosmos.ics23.v1.HashOp;

                /** InnerOp prefix. */
                prefix: Uint8Array;

                /** InnerOp suffix. */
                suffix: Uint8Array;

                /**
                 * Creates a new InnerOp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InnerOp instance
                 */
                static create(properties: cosmos.ics23.v1.InnerOp.$Shape): cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape;
                static create(properties?: cosmos.ics23.v1.InnerOp.$Properties): cosmos.ics23.v1.InnerOp;

                /**
                 * Encodes the specified InnerOp message. Does not implicitly {@link cosmos.ics23.v1.InnerOp.verify|verify} messages.
                 * @param message InnerOp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.InnerOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InnerOp message, length delimited. Does not implicitly {@link cosmos.ics23.v1.InnerOp.verify|verify} messages.
                 * @param message InnerOp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.InnerOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InnerOp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape} InnerOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape;

                /**
                 * Decodes an InnerOp message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape} InnerOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape;

                /**
                 * Verifies an InnerOp message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InnerOp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InnerOp
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.InnerOp;

                /**
                 * Creates a plain object from an InnerOp message. Also converts values to other types if specified.
                 * @param message InnerOp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.InnerOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InnerOp to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InnerOp
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InnerOp {

                /** Properties of an InnerOp. */
                interface $Properties {

                    /** InnerOp hash */
                    hash?: (cosmos.ics23.v1.HashOp|null);

                    /** InnerOp prefix */
                    prefix?: (Uint8Array|null);

                    /** InnerOp suffix */
                    suffix?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InnerOp. */
                type $Shape = cosmos.ics23.v1.InnerOp.$Properties;
            }

            /**
             * Properties of a ProofSpec.
             * @deprecated Use cosmos.ics23.v1.ProofSpec.$Properties instead.
             */
            interface IProofSpec extends cosmos.ics23.v1.ProofSpec.$Properties {
            }

            /** Represents a ProofSpec. */
            class ProofSpec {

                /**
                 * Constructs a new ProofSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.ProofSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProofSpec leafSpec. */
                leafSpec?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                /** ProofSpec innerSpec. */
                innerSpec?: (cosmos.ics23.v1.InnerSpec.$Properties|null);

                /** ProofSpec maxDepth. */
                maxDepth: number;

                /** ProofSpec minDepth. */
                minDepth: number;

                /** ProofSpec prehashKeyBeforeComparison. */
                prehashKeyBeforeComparison: boolean;

                /**
                 * Creates a new ProofSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProofSpec instance
                 */
                static create(properties: cosmos.ics23.v1.ProofSpec.$Shape): cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape;
                static create(properties?: cosmos.ics23.v1.ProofSpec.$Properties): cosmos.ics23.v1.ProofSpec;

                /**
                 * Encodes the specified ProofSpec message. Does not implicitly {@link cosmos.ics23.v1.ProofSpec.verify|verify} messages.
                 * @param message ProofSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.ProofSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProofSpec message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ProofSpec.verify|verify} messages.
                 * @param message ProofSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.ProofSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProofSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape} ProofSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape;

                /**
                 * Decodes a ProofSpec message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape} ProofSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape;

                /**
                 * Verifies a ProofSpec message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProofSpec message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProofSpec
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.ProofSpec;

                /**
                 * Creates a plain object from a ProofSpec message. Also converts values to other types if specified.
                 * @param message ProofSpec
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.ProofSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProofSpec to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProofSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProofSpec {

                /** Properties of a ProofSpec. */
                interface $Properties {

                    /** ProofSpec leafSpec */
                    leafSpec?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                    /** ProofSpec innerSpec */
                    innerSpec?: (cosmos.ics23.v1.InnerSpec.$Properties|null);

                    /** ProofSpec maxDepth */
                    maxDepth?: (number|null);

                    /** ProofSpec minDepth */
                    minDepth?: (number|null);

                    /** ProofSpec prehashKeyBeforeComparison */
                    prehashKeyBeforeComparison?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProofSpec. */
                type $Shape = cosmos.ics23.v1.ProofSpec.$Properties;
            }

            /**
             * Properties of an InnerSpec.
             * @deprecated Use cosmos.ics23.v1.InnerSpec.$Properties instead.
             */
            interface IInnerSpec extends cosmos.ics23.v1.InnerSpec.$Properties {
            }

            /** Represents an InnerSpec. */
            class InnerSpec {

                /**
                 * Constructs a new InnerSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.InnerSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InnerSpec childOrder. */
                childOrder: number[];

                /** InnerSpec childSize. */
                childSize: number;

                /** InnerSpec minPrefixLength. */
                minPrefixLength: number;

                /** InnerSpec maxPrefixLength. */
                maxPrefixLength: number;

                /** InnerSpec emptyChild. */
                emptyChild: Uint8Array;

                /** InnerSpec hash. */
                hash: cosmos.ics23.v1.HashOp;

                /**
                 * Creates a new InnerSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InnerSpec instance
                 */
                static create(properties: cosmos.ics23.v1.InnerSpec.$Shape): cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape;
                static create(properties?: cosmos.ics23.v1.InnerSpec.$Properties): cosmos.ics23.v1.InnerSpec;

                /**
                 * Encodes the specified InnerSpec message. Does not implicitly {@link cosmos.ics23.v1.InnerSpec.verify|verify} messages.
                 * @param message InnerSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.InnerSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InnerSpec message, length delimited. Does not implicitly {@link cosmos.ics23.v1.InnerSpec.verify|verify} messages.
                 * @param message InnerSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.InnerSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InnerSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape} InnerSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape;

                /**
                 * Decodes an InnerSpec message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape} InnerSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape;

                /**
                 * Verifies an InnerSpec message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InnerSpec message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InnerSpec
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.InnerSpec;

                /**
                 * Creates a plain object from an InnerSpec message. Also converts values to other types if specified.
                 * @param message InnerSpec
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.InnerSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InnerSpec to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InnerSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InnerSpec {

                /** Properties of an InnerSpec. */
                interface $Properties {

                    /** InnerSpec childOrder */
                    childOrder?: (number[]|null);

                    /** InnerSpec childSize */
                    childSize?: (number|null);

                    /** InnerSpec minPrefixLength */
                    minPrefixLength?: (number|null);

                    /** InnerSpec maxPrefixLength */
                    maxPrefixLength?: (number|null);

                    /** InnerSpec emptyChild */
                    emptyChild?: (Uint8Array|null);

                    /** InnerSpec hash */
                    hash?: (cosmos.ics23.v1.HashOp|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InnerSpec. */
                type $Shape = cosmos.ics23.v1.InnerSpec.$Properties;
            }

            /**
             * Properties of a BatchProof.
             * @deprecated Use cosmos.ics23.v1.BatchProof.$Properties instead.
             */
            interface IBatchProof extends cosmos.ics23.v1.BatchProof.$Properties {
            }

            /** Represents a BatchProof. */
            class BatchProof {

                /**
                 * Constructs a new BatchProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.BatchProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BatchProof entries. */
                entries: cosmos.ics23.v1.BatchEntry.$Properties[];

                /**
                 * Creates a new BatchProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BatchProof instance
                 */
                static create(properties: cosmos.ics23.v1.BatchProof.$Shape): cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape;
                static create(properties?: cosmos.ics23.v1.BatchProof.$Properties): cosmos.ics23.v1.BatchProof;

                /**
                 * Encodes the specified BatchProof message. Does not implicitly {@link cosmos.ics23.v1.BatchProof.verify|verify} messages.
                 * @param message BatchProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.BatchProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BatchProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.BatchProof.verify|verify} messages.
                 * @param message BatchProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.BatchProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BatchProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape} BatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape;

                /**
                 * Decodes a BatchProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape} BatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape;

                /**
                 * Verifies a BatchProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BatchProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BatchProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.BatchProof;

                /**
                 * Creates a plain object from a BatchProof message. Also converts values to other types if specified.
                 * @param message BatchProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.BatchProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BatchProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BatchProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BatchProof {

                /** Properties of a BatchProof. */
                interface $Properties {

                    /** BatchProof entries */
                    entries?: (cosmos.ics23.v1.BatchEntry.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BatchProof. */
                type $Shape = {
                  entries?: cosmos.ics23.v1.BatchEntry.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a BatchEntry.
             * @deprecated Use cosmos.ics23.v1.BatchEntry.$Properties instead.
             */
            interface IBatchEntry extends cosmos.ics23.v1.BatchEntry.$Properties {
            }

            /** Represents a BatchEntry. */
            class BatchEntry {

                /**
                 * Constructs a new BatchEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.BatchEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BatchEntry exist. */
                exist?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                /** BatchEntry nonexist. */
                nonexist?: (cosmos.ics23.v1.NonExistenceProof.$Properties|null);

                /** BatchEntry proof. */
                proof?: ("exist"|"nonexist");

                /**
                 * Creates a new BatchEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BatchEntry instance
                 */
                static create(properties: cosmos.ics23.v1.BatchEntry.$Shape): cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape;
                static create(properties?: cosmos.ics23.v1.BatchEntry.$Properties): cosmos.ics23.v1.BatchEntry;

                /**
                 * Encodes the specified BatchEntry message. Does not implicitly {@link cosmos.ics23.v1.BatchEntry.verify|verify} messages.
                 * @param message BatchEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.BatchEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BatchEntry message, length delimited. Does not implicitly {@link cosmos.ics23.v1.BatchEntry.verify|verify} messages.
                 * @param message BatchEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.BatchEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BatchEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape} BatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape;

                /**
                 * Decodes a BatchEntry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape} BatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape;

                /**
                 * Verifies a BatchEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BatchEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BatchEntry
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.BatchEntry;

                /**
                 * Creates a plain object from a BatchEntry message. Also converts values to other types if specified.
                 * @param message BatchEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.BatchEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BatchEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BatchEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BatchEntry {

                /** Properties of a BatchEntry. */
                interface $Properties {

                    /** BatchEntry exist */
                    exist?: (cosmos.ics23.v1.ExistenceProof.$Properties|null);

                    /** BatchEntry nonexist */
                    nonexist?: (cosmos.ics23.v1.NonExistenceProof.$Properties|null);

                    /** BatchEntry proof */
                    proof?: ("exist"|"nonexist");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a BatchEntry. */
                type $Shape = {
                  exist?: cosmos.ics23.v1.ExistenceProof.$Shape|null;
                  nonexist?: cosmos.ics23.v1.NonExistenceProof.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ proof?: undefined; exist?: null; nonexist?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.ExistenceProof.$Shape; nonexist?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.NonExistenceProof.$Shape })
                );
            }

            /**
             * Properties of a CompressedBatchProof.
             * @deprecated Use cosmos.ics23.v1.CompressedBatchProof.$Properties instead.
             */
            interface ICompressedBatchProof extends cosmos.ics23.v1.CompressedBatchProof.$Properties {
            }

            /** Represents a CompressedBatchProof. */
            class CompressedBatchProof {

                /**
                 * Constructs a new CompressedBatchProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.CompressedBatchProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompressedBatchProof entries. */
                entries: cosmos.ics23.v1.CompressedBatchEntry.$Properties[];

                /** CompressedBatchProof lookupInners. */
                lookupInners: cosmos.ics23.v1.InnerOp.$Properties[];

                /**
                 * Creates a new CompressedBatchProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompressedBatchProof instance
                 */
                static create(properties: cosmos.ics23.v1.CompressedBatchProof.$Shape): cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape;
                static create(properties?: cosmos.ics23.v1.CompressedBatchProof.$Properties): cosmos.ics23.v1.CompressedBatchProof;

                /**
                 * Encodes the specified CompressedBatchProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchProof.verify|verify} messages.
                 * @param message CompressedBatchProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.CompressedBatchProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CompressedBatchProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchProof.verify|verify} messages.
                 * @param message CompressedBatchProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.CompressedBatchProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompressedBatchProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape} CompressedBatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape;

                /**
                 * Decodes a CompressedBatchProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape} CompressedBatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape;

                /**
                 * Verifies a CompressedBatchProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompressedBatchProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompressedBatchProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.CompressedBatchProof;

                /**
                 * Creates a plain object from a CompressedBatchProof message. Also converts values to other types if specified.
                 * @param message CompressedBatchProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.CompressedBatchProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompressedBatchProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CompressedBatchProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompressedBatchProof {

                /** Properties of a CompressedBatchProof. */
                interface $Properties {

                    /** CompressedBatchProof entries */
                    entries?: (cosmos.ics23.v1.CompressedBatchEntry.$Properties[]|null);

                    /** CompressedBatchProof lookupInners */
                    lookupInners?: (cosmos.ics23.v1.InnerOp.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompressedBatchProof. */
                type $Shape = {
                  entries?: cosmos.ics23.v1.CompressedBatchEntry.$Shape[]|null;
                  lookupInners?: cosmos.ics23.v1.InnerOp.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a CompressedBatchEntry.
             * @deprecated Use cosmos.ics23.v1.CompressedBatchEntry.$Properties instead.
             */
            interface ICompressedBatchEntry extends cosmos.ics23.v1.CompressedBatchEntry.$Properties {
            }

            /** Represents a CompressedBatchEntry. */
            class CompressedBatchEntry {

                /**
                 * Constructs a new CompressedBatchEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.CompressedBatchEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompressedBatchEntry exist. */
                exist?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                /** CompressedBatchEntry nonexist. */
                nonexist?: (cosmos.ics23.v1.CompressedNonExistenceProof.$Properties|null);

                /** CompressedBatchEntry proof. */
                proof?: ("exist"|"nonexist");

                /**
                 * Creates a new CompressedBatchEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompressedBatchEntry instance
                 */
                static create(properties: cosmos.ics23.v1.CompressedBatchEntry.$Shape): cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape;
                static create(properties?: cosmos.ics23.v1.CompressedBatchEntry.$Properties): cosmos.ics23.v1.CompressedBatchEntry;

                /**
                 * Encodes the specified CompressedBatchEntry message. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchEntry.verify|verify} messages.
                 * @param message CompressedBatchEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.CompressedBatchEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CompressedBatchEntry message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchEntry.verify|verify} messages.
                 * @param message CompressedBatchEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.CompressedBatchEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompressedBatchEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape} CompressedBatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape;

                /**
                 * Decodes a CompressedBatchEntry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape} CompressedBatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape;

                /**
                 * Verifies a CompressedBatchEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompressedBatchEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompressedBatchEntry
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.CompressedBatchEntry;

                /**
                 * Creates a plain object from a CompressedBatchEntry message. Also converts values to other types if specified.
                 * @param message CompressedBatchEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.CompressedBatchEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompressedBatchEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CompressedBatchEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompressedBatchEntry {

                /** Properties of a CompressedBatchEntry. */
                interface $Properties {

                    /** CompressedBatchEntry exist */
                    exist?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                    /** CompressedBatchEntry nonexist */
                    nonexist?: (cosmos.ics23.v1.CompressedNonExistenceProof.$Properties|null);

                    /** CompressedBatchEntry proof */
                    proof?: ("exist"|"nonexist");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a CompressedBatchEntry. */
                type $Shape = {
                  exist?: cosmos.ics23.v1.CompressedExistenceProof.$Shape|null;
                  nonexist?: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ proof?: undefined; exist?: null; nonexist?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.CompressedExistenceProof.$Shape; nonexist?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape })
                );
            }

            /**
             * Properties of a CompressedExistenceProof.
             * @deprecated Use cosmos.ics23.v1.CompressedExistenceProof.$Properties instead.
             */
            interface ICompressedExistenceProof extends cosmos.ics23.v1.CompressedExistenceProof.$Properties {
            }

            /** Represents a CompressedExistenceProof. */
            class CompressedExistenceProof {

                /**
                 * Constructs a new CompressedExistenceProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.CompressedExistenceProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompressedExistenceProof key. */
                key: Uint8Array;

                /** CompressedExistenceProof value. */
                value: Uint8Array;

                /** CompressedExistenceProof leaf. */
                leaf?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                /** CompressedExistenceProof path. */
                path: number[];

                /**
                 * Creates a new CompressedExistenceProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompressedExistenceProof instance
                 */
                static create(properties: cosmos.ics23.v1.CompressedExistenceProof.$Shape): cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape;
                static create(properties?: cosmos.ics23.v1.CompressedExistenceProof.$Properties): cosmos.ics23.v1.CompressedExistenceProof;

                /**
                 * Encodes the specified CompressedExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedExistenceProof.verify|verify} messages.
                 * @param message CompressedExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.CompressedExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CompressedExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedExistenceProof.verify|verify} messages.
                 * @param message CompressedExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.CompressedExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompressedExistenceProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape} CompressedExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape;

                /**
                 * Decodes a CompressedExistenceProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape} CompressedExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape;

                /**
                 * Verifies a CompressedExistenceProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompressedExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompressedExistenceProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.CompressedExistenceProof;

                /**
                 * Creates a plain object from a CompressedExistenceProof message. Also converts values to other types if specified.
                 * @param message CompressedExistenceProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.CompressedExistenceProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompressedExistenceProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CompressedExistenceProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompressedExistenceProof {

                /** Properties of a CompressedExistenceProof. */
                interface $Properties {

                    /** CompressedExistenceProof key */
                    key?: (Uint8Array|null);

                    /** CompressedExistenceProof value */
                    value?: (Uint8Array|null);

                    /** CompressedExistenceProof leaf */
                    leaf?: (cosmos.ics23.v1.LeafOp.$Properties|null);

                    /** CompressedExistenceProof path */
                    path?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompressedExistenceProof. */
                type $Shape = cosmos.ics23.v1.CompressedExistenceProof.$Properties;
            }

            /**
             * Properties of a CompressedNonExistenceProof.
             * @deprecated Use cosmos.ics23.v1.CompressedNonExistenceProof.$Properties instead.
             */
            interface ICompressedNonExistenceProof extends cosmos.ics23.v1.CompressedNonExistenceProof.$Properties {
            }

            /** Represents a CompressedNonExistenceProof. */
            class CompressedNonExistenceProof {

                /**
                 * Constructs a new CompressedNonExistenceProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.CompressedNonExistenceProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompressedNonExistenceProof key. */
                key: Uint8Array;

                /** CompressedNonExistenceProof left. */
                left?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                /** CompressedNonExistenceProof right. */
                right?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                /**
                 * Creates a new CompressedNonExistenceProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompressedNonExistenceProof instance
                 */
                static create(properties: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape): cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape;
                static create(properties?: cosmos.ics23.v1.CompressedNonExistenceProof.$Properties): cosmos.ics23.v1.CompressedNonExistenceProof;

                /**
                 * Encodes the specified CompressedNonExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedNonExistenceProof.verify|verify} messages.
                 * @param message CompressedNonExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.CompressedNonExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CompressedNonExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedNonExistenceProof.verify|verify} messages.
                 * @param message CompressedNonExistenceProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.CompressedNonExistenceProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompressedNonExistenceProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape} CompressedNonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape;

                /**
                 * Decodes a CompressedNonExistenceProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape} CompressedNonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape;

                /**
                 * Verifies a CompressedNonExistenceProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompressedNonExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompressedNonExistenceProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.CompressedNonExistenceProof;

                /**
                 * Creates a plain object from a CompressedNonExistenceProof message. Also converts values to other types if specified.
                 * @param message CompressedNonExistenceProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.CompressedNonExistenceProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompressedNonExistenceProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CompressedNonExistenceProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompressedNonExistenceProof {

                /** Properties of a CompressedNonExistenceProof. */
                interface $Properties {

                    /** CompressedNonExistenceProof key */
                    key?: (Uint8Array|null);

                    /** CompressedNonExistenceProof left */
                    left?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                    /** CompressedNonExistenceProof right */
                    right?: (cosmos.ics23.v1.CompressedExistenceProof.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompressedNonExistenceProof. */
                type $Shape = cosmos.ics23.v1.CompressedNonExistenceProof.$Properties;
            }

            /**
             * Properties of a ChainedProof.
             * @deprecated Use cosmos.ics23.v1.ChainedProof.$Properties instead.
             */
            interface IChainedProof extends cosmos.ics23.v1.ChainedProof.$Properties {
            }

            /** Represents a ChainedProof. */
            class ChainedProof {

                /**
                 * Constructs a new ChainedProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.ics23.v1.ChainedProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChainedProof proofs. */
                proofs: cosmos.ics23.v1.CommitmentProof.$Properties[];

                /**
                 * Creates a new ChainedProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChainedProof instance
                 */
                static create(properties: cosmos.ics23.v1.ChainedProof.$Shape): cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape;
                static create(properties?: cosmos.ics23.v1.ChainedProof.$Properties): cosmos.ics23.v1.ChainedProof;

                /**
                 * Encodes the specified ChainedProof message. Does not implicitly {@link cosmos.ics23.v1.ChainedProof.verify|verify} messages.
                 * @param message ChainedProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.ics23.v1.ChainedProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ChainedProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ChainedProof.verify|verify} messages.
                 * @param message ChainedProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: cosmos.ics23.v1.ChainedProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChainedProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape} ChainedProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape;

                /**
                 * Decodes a ChainedProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape} ChainedProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape;

                /**
                 * Verifies a ChainedProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChainedProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChainedProof
                 */
                static fromObject(object: { [k: string]: any }): cosmos.ics23.v1.ChainedProof;

                /**
                 * Creates a plain object from a ChainedProof message. Also converts values to other types if specified.
                 * @param message ChainedProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.ics23.v1.ChainedProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChainedProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChainedProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChainedProof {

                /** Properties of a ChainedProof. */
                interface $Properties {

                    /** ChainedProof proofs */
                    proofs?: (cosmos.ics23.v1.CommitmentProof.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChainedProof. */
                type $Shape = {
                  proofs?: cosmos.ics23.v1.CommitmentProof.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }
}
