/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["cometbft"] || ($protobuf.roots["cometbft"] = {});

export const cometbft = $root.cometbft = (() => {

    /**
     * Namespace cometbft.
     * @exports cometbft
     * @namespace
     */
    const cometbft = {};

    cometbft.crypto = (function() {

        /**
         * Namespace crypto.
         * @memberof cometbft
         * @namespace
         */
        const crypto = {};

        crypto.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cometbft.crypto
             * @namespace
             */
            const v1 = {};

            v1.PublicKey = (function() {

                /**
                 * Properties of a PublicKey.
                 * @typedef {Object} cometbft.crypto.v1.PublicKey.$Properties
                 * @property {Uint8Array|null} [ed25519] PublicKey ed25519
                 * @property {Uint8Array|null} [secp256k1] PublicKey secp256k1
                 * @property {"ed25519"|"secp256k1"} [sum] PublicKey sum
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublicKey.
                 * @memberof cometbft.crypto.v1
                 * @interface IPublicKey
                 * @augments cometbft.crypto.v1.PublicKey.$Properties
                 * @deprecated Use cometbft.crypto.v1.PublicKey.$Properties instead.
                 */

                /**
                 * Narrowed shape of a PublicKey.
                 * @typedef {{
                 *   ed25519?: Uint8Array|null;
                 *   secp256k1?: Uint8Array|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ sum?: undefined; ed25519?: null; secp256k1?: null }|{ sum?: "ed25519"; ed25519: Uint8Array; secp256k1?: null }|{ sum?: "secp256k1"; ed25519?: null; secp256k1: Uint8Array })
                 * )} cometbft.crypto.v1.PublicKey.$Shape
                 */

                /**
                 * Constructs a new PublicKey.
                 * @memberof cometbft.crypto.v1
                 * @classdesc Represents a PublicKey.
                 * @constructor
                 * @param {cometbft.crypto.v1.PublicKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublicKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PublicKey ed25519.
                 * @member {Uint8Array|null|undefined} ed25519
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @instance
                 */
                PublicKey.prototype.ed25519 = null;

                /**
                 * PublicKey secp256k1.
                 * @member {Uint8Array|null|undefined} secp256k1
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @instance
                 */
                PublicKey.prototype.secp256k1 = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * PublicKey sum.
                 * @member {"ed25519"|"secp256k1"|undefined} sum
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @instance
                 */
                $Object.defineProperty(PublicKey.prototype, "sum", {
                    get: $util.oneOfGetter($oneOfFields = ["ed25519", "secp256k1"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PublicKey instance using the specified properties.
                 * @function create
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {cometbft.crypto.v1.PublicKey.$Properties=} [properties] Properties to set
                 * @returns {cometbft.crypto.v1.PublicKey} PublicKey instance
                 * @type {{
                 *   (properties: cometbft.crypto.v1.PublicKey.$Shape): cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape;
                 *   (properties?: cometbft.crypto.v1.PublicKey.$Properties): cometbft.crypto.v1.PublicKey;
                 * }}
                 */
                PublicKey.create = function(properties) {
                    return new PublicKey(properties);
                };

                /**
                 * Encodes the specified PublicKey message. Does not implicitly {@link cometbft.crypto.v1.PublicKey.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {cometbft.crypto.v1.PublicKey.$Properties} message PublicKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublicKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ed25519 != null && $Object.hasOwnProperty.call(message, "ed25519"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ed25519);
                    if (message.secp256k1 != null && $Object.hasOwnProperty.call(message, "secp256k1"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secp256k1);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PublicKey message, length delimited. Does not implicitly {@link cometbft.crypto.v1.PublicKey.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {cometbft.crypto.v1.PublicKey.$Properties} message PublicKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublicKey.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PublicKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublicKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.crypto.v1.PublicKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.ed25519 = reader.bytes();
                                message.sum = "ed25519";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.secp256k1 = reader.bytes();
                                message.sum = "secp256k1";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PublicKey message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.crypto.v1.PublicKey & cometbft.crypto.v1.PublicKey.$Shape} PublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublicKey.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PublicKey message.
                 * @function verify
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublicKey.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.ed25519 != null && $Object.hasOwnProperty.call(message, "ed25519")) {
                        properties.sum = 1;
                        if (!(message.ed25519 && typeof message.ed25519.length === "number" || $util.isString(message.ed25519)))
                            return "ed25519: buffer expected";
                    }
                    if (message.secp256k1 != null && $Object.hasOwnProperty.call(message, "secp256k1")) {
                        if (properties.sum === 1)
                            return "sum: multiple values";
                        properties.sum = 1;
                        if (!(message.secp256k1 && typeof message.secp256k1.length === "number" || $util.isString(message.secp256k1)))
                            return "secp256k1: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a PublicKey message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.crypto.v1.PublicKey} PublicKey
                 */
                PublicKey.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.crypto.v1.PublicKey)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.crypto.v1.PublicKey: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.crypto.v1.PublicKey();
                    if (object.ed25519 != null)
                        if (typeof object.ed25519 === "string")
                            $util.base64.decode(object.ed25519, message.ed25519 = $util.newBuffer($util.base64.length(object.ed25519)), 0);
                        else if (object.ed25519.length >= 0)
                            message.ed25519 = object.ed25519;
                    if (object.secp256k1 != null)
                        if (typeof object.secp256k1 === "string")
                            $util.base64.decode(object.secp256k1, message.secp256k1 = $util.newBuffer($util.base64.length(object.secp256k1)), 0);
                        else if (object.secp256k1.length >= 0)
                            message.secp256k1 = object.secp256k1;
                    return message;
                };

                /**
                 * Creates a plain object from a PublicKey message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {cometbft.crypto.v1.PublicKey} message PublicKey
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublicKey.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.ed25519 != null && $Object.hasOwnProperty.call(message, "ed25519")) {
                        object.ed25519 = options.bytes === $String ? $util.base64.encode(message.ed25519, 0, message.ed25519.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ed25519) : message.ed25519;
                        if (options.oneofs)
                            object.sum = "ed25519";
                    }
                    if (message.secp256k1 != null && $Object.hasOwnProperty.call(message, "secp256k1")) {
                        object.secp256k1 = options.bytes === $String ? $util.base64.encode(message.secp256k1, 0, message.secp256k1.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secp256k1) : message.secp256k1;
                        if (options.oneofs)
                            object.sum = "secp256k1";
                    }
                    return object;
                };

                /**
                 * Converts this PublicKey to JSON.
                 * @function toJSON
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublicKey.prototype.toJSON = function() {
                    return PublicKey.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublicKey
                 * @function getTypeUrl
                 * @memberof cometbft.crypto.v1.PublicKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublicKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.crypto.v1.PublicKey";
                };

                return PublicKey;
            })();

            return v1;
        })();

        return crypto;
    })();

    cometbft.types = (function() {

        /**
         * Namespace types.
         * @memberof cometbft
         * @namespace
         */
        const types = {};

        types.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cometbft.types
             * @namespace
             */
            const v1 = {};

            v1.CanonicalPartSetHeader = (function() {

                /**
                 * Properties of a CanonicalPartSetHeader.
                 * @typedef {Object} cometbft.types.v1.CanonicalPartSetHeader.$Properties
                 * @property {number|null} [total] CanonicalPartSetHeader total
                 * @property {Uint8Array|null} [hash] CanonicalPartSetHeader hash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanonicalPartSetHeader.
                 * @memberof cometbft.types.v1
                 * @interface ICanonicalPartSetHeader
                 * @augments cometbft.types.v1.CanonicalPartSetHeader.$Properties
                 * @deprecated Use cometbft.types.v1.CanonicalPartSetHeader.$Properties instead.
                 */

                /**
                 * Shape of a CanonicalPartSetHeader.
                 * @typedef {cometbft.types.v1.CanonicalPartSetHeader.$Properties} cometbft.types.v1.CanonicalPartSetHeader.$Shape
                 */

                /**
                 * Constructs a new CanonicalPartSetHeader.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a CanonicalPartSetHeader.
                 * @constructor
                 * @param {cometbft.types.v1.CanonicalPartSetHeader.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanonicalPartSetHeader = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanonicalPartSetHeader total.
                 * @member {number} total
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @instance
                 */
                CanonicalPartSetHeader.prototype.total = 0;

                /**
                 * CanonicalPartSetHeader hash.
                 * @member {Uint8Array} hash
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @instance
                 */
                CanonicalPartSetHeader.prototype.hash = $util.newBuffer([]);

                /**
                 * Creates a new CanonicalPartSetHeader instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {cometbft.types.v1.CanonicalPartSetHeader.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader} CanonicalPartSetHeader instance
                 * @type {{
                 *   (properties: cometbft.types.v1.CanonicalPartSetHeader.$Shape): cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape;
                 *   (properties?: cometbft.types.v1.CanonicalPartSetHeader.$Properties): cometbft.types.v1.CanonicalPartSetHeader;
                 * }}
                 */
                CanonicalPartSetHeader.create = function(properties) {
                    return new CanonicalPartSetHeader(properties);
                };

                /**
                 * Encodes the specified CanonicalPartSetHeader message. Does not implicitly {@link cometbft.types.v1.CanonicalPartSetHeader.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {cometbft.types.v1.CanonicalPartSetHeader.$Properties} message CanonicalPartSetHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalPartSetHeader.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.total);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CanonicalPartSetHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalPartSetHeader.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {cometbft.types.v1.CanonicalPartSetHeader.$Properties} message CanonicalPartSetHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalPartSetHeader.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CanonicalPartSetHeader message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape} CanonicalPartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalPartSetHeader.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.CanonicalPartSetHeader();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.total = value;
                                else
                                    delete message.total;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CanonicalPartSetHeader message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader & cometbft.types.v1.CanonicalPartSetHeader.$Shape} CanonicalPartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalPartSetHeader.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CanonicalPartSetHeader message.
                 * @function verify
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CanonicalPartSetHeader.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        if (!$util.isInteger(message.total))
                            return "total: integer expected";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                            return "hash: buffer expected";
                    return null;
                };

                /**
                 * Creates a CanonicalPartSetHeader message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.CanonicalPartSetHeader} CanonicalPartSetHeader
                 */
                CanonicalPartSetHeader.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.CanonicalPartSetHeader)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.CanonicalPartSetHeader: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.CanonicalPartSetHeader();
                    if (object.total != null)
                        if ($Number(object.total) !== 0)
                            message.total = object.total >>> 0;
                    if (object.hash != null)
                        if (object.hash.length)
                            if (typeof object.hash === "string")
                                $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                            else if (object.hash.length >= 0)
                                message.hash = object.hash;
                    return message;
                };

                /**
                 * Creates a plain object from a CanonicalPartSetHeader message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {cometbft.types.v1.CanonicalPartSetHeader} message CanonicalPartSetHeader
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanonicalPartSetHeader.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.total = 0;
                        if (options.bytes === $String)
                            object.hash = "";
                        else {
                            object.hash = [];
                            if (options.bytes !== $Array)
                                object.hash = $util.newBuffer(object.hash);
                        }
                    }
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        object.total = message.total;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                    return object;
                };

                /**
                 * Converts this CanonicalPartSetHeader to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanonicalPartSetHeader.prototype.toJSON = function() {
                    return CanonicalPartSetHeader.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CanonicalPartSetHeader
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.CanonicalPartSetHeader
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CanonicalPartSetHeader.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.CanonicalPartSetHeader";
                };

                return CanonicalPartSetHeader;
            })();

            v1.CanonicalBlockID = (function() {

                /**
                 * Properties of a CanonicalBlockID.
                 * @typedef {Object} cometbft.types.v1.CanonicalBlockID.$Properties
                 * @property {Uint8Array|null} [hash] CanonicalBlockID hash
                 * @property {cometbft.types.v1.CanonicalPartSetHeader.$Properties|null} [partSetHeader] CanonicalBlockID partSetHeader
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanonicalBlockID.
                 * @memberof cometbft.types.v1
                 * @interface ICanonicalBlockID
                 * @augments cometbft.types.v1.CanonicalBlockID.$Properties
                 * @deprecated Use cometbft.types.v1.CanonicalBlockID.$Properties instead.
                 */

                /**
                 * Shape of a CanonicalBlockID.
                 * @typedef {cometbft.types.v1.CanonicalBlockID.$Properties} cometbft.types.v1.CanonicalBlockID.$Shape
                 */

                /**
                 * Constructs a new CanonicalBlockID.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a CanonicalBlockID.
                 * @constructor
                 * @param {cometbft.types.v1.CanonicalBlockID.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanonicalBlockID = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanonicalBlockID hash.
                 * @member {Uint8Array} hash
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @instance
                 */
                CanonicalBlockID.prototype.hash = $util.newBuffer([]);

                /**
                 * CanonicalBlockID partSetHeader.
                 * @member {cometbft.types.v1.CanonicalPartSetHeader.$Properties|null|undefined} partSetHeader
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @instance
                 */
                CanonicalBlockID.prototype.partSetHeader = null;

                /**
                 * Creates a new CanonicalBlockID instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {cometbft.types.v1.CanonicalBlockID.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.CanonicalBlockID} CanonicalBlockID instance
                 * @type {{
                 *   (properties: cometbft.types.v1.CanonicalBlockID.$Shape): cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape;
                 *   (properties?: cometbft.types.v1.CanonicalBlockID.$Properties): cometbft.types.v1.CanonicalBlockID;
                 * }}
                 */
                CanonicalBlockID.create = function(properties) {
                    return new CanonicalBlockID(properties);
                };

                /**
                 * Encodes the specified CanonicalBlockID message. Does not implicitly {@link cometbft.types.v1.CanonicalBlockID.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {cometbft.types.v1.CanonicalBlockID.$Properties} message CanonicalBlockID message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalBlockID.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hash);
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader"))
                        $root.cometbft.types.v1.CanonicalPartSetHeader.encode(message.partSetHeader, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CanonicalBlockID message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalBlockID.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {cometbft.types.v1.CanonicalBlockID.$Properties} message CanonicalBlockID message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalBlockID.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CanonicalBlockID message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape} CanonicalBlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalBlockID.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.CanonicalBlockID();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.partSetHeader = $root.cometbft.types.v1.CanonicalPartSetHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.partSetHeader);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CanonicalBlockID message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalBlockID & cometbft.types.v1.CanonicalBlockID.$Shape} CanonicalBlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalBlockID.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CanonicalBlockID message.
                 * @function verify
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CanonicalBlockID.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                            return "hash: buffer expected";
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader")) {
                        let error = $root.cometbft.types.v1.CanonicalPartSetHeader.verify(message.partSetHeader, _depth + 1);
                        if (error)
                            return "partSetHeader." + error;
                    }
                    return null;
                };

                /**
                 * Creates a CanonicalBlockID message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.CanonicalBlockID} CanonicalBlockID
                 */
                CanonicalBlockID.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.CanonicalBlockID)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.CanonicalBlockID: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.CanonicalBlockID();
                    if (object.hash != null)
                        if (object.hash.length)
                            if (typeof object.hash === "string")
                                $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                            else if (object.hash.length >= 0)
                                message.hash = object.hash;
                    if (object.partSetHeader != null) {
                        if (!$util.isObject(object.partSetHeader))
                            throw $TypeError(".cometbft.types.v1.CanonicalBlockID.partSetHeader: object expected");
                        message.partSetHeader = $root.cometbft.types.v1.CanonicalPartSetHeader.fromObject(object.partSetHeader, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CanonicalBlockID message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {cometbft.types.v1.CanonicalBlockID} message CanonicalBlockID
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanonicalBlockID.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.hash = "";
                        else {
                            object.hash = [];
                            if (options.bytes !== $Array)
                                object.hash = $util.newBuffer(object.hash);
                        }
                        object.partSetHeader = null;
                    }
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader"))
                        object.partSetHeader = $root.cometbft.types.v1.CanonicalPartSetHeader.toObject(message.partSetHeader, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this CanonicalBlockID to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanonicalBlockID.prototype.toJSON = function() {
                    return CanonicalBlockID.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CanonicalBlockID
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.CanonicalBlockID
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CanonicalBlockID.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.CanonicalBlockID";
                };

                return CanonicalBlockID;
            })();

            v1.CanonicalVote = (function() {

                /**
                 * Properties of a CanonicalVote.
                 * @typedef {Object} cometbft.types.v1.CanonicalVote.$Properties
                 * @property {cometbft.types.v1.SignedMsgType|null} [type] CanonicalVote type
                 * @property {number|Long|null} [height] CanonicalVote height
                 * @property {number|Long|null} [round] CanonicalVote round
                 * @property {cometbft.types.v1.CanonicalBlockID.$Properties|null} [blockId] CanonicalVote blockId
                 * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] CanonicalVote timestamp
                 * @property {string|null} [chainId] CanonicalVote chainId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanonicalVote.
                 * @memberof cometbft.types.v1
                 * @interface ICanonicalVote
                 * @augments cometbft.types.v1.CanonicalVote.$Properties
                 * @deprecated Use cometbft.types.v1.CanonicalVote.$Properties instead.
                 */

                /**
                 * Shape of a CanonicalVote.
                 * @typedef {cometbft.types.v1.CanonicalVote.$Properties} cometbft.types.v1.CanonicalVote.$Shape
                 */

                /**
                 * Constructs a new CanonicalVote.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a CanonicalVote.
                 * @constructor
                 * @param {cometbft.types.v1.CanonicalVote.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanonicalVote = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanonicalVote type.
                 * @member {cometbft.types.v1.SignedMsgType} type
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.type = 0;

                /**
                 * CanonicalVote height.
                 * @member {number|Long} height
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CanonicalVote round.
                 * @member {number|Long} round
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.round = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CanonicalVote blockId.
                 * @member {cometbft.types.v1.CanonicalBlockID.$Properties|null|undefined} blockId
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.blockId = null;

                /**
                 * CanonicalVote timestamp.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.timestamp = null;

                /**
                 * CanonicalVote chainId.
                 * @member {string} chainId
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 */
                CanonicalVote.prototype.chainId = "";

                /**
                 * Creates a new CanonicalVote instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {cometbft.types.v1.CanonicalVote.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.CanonicalVote} CanonicalVote instance
                 * @type {{
                 *   (properties: cometbft.types.v1.CanonicalVote.$Shape): cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape;
                 *   (properties?: cometbft.types.v1.CanonicalVote.$Properties): cometbft.types.v1.CanonicalVote;
                 * }}
                 */
                CanonicalVote.create = function(properties) {
                    return new CanonicalVote(properties);
                };

                /**
                 * Encodes the specified CanonicalVote message. Does not implicitly {@link cometbft.types.v1.CanonicalVote.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {cometbft.types.v1.CanonicalVote.$Properties} message CanonicalVote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalVote.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).sfixed64(message.height);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && (typeof message.round === "object" ? message.round.low || message.round.high : message.round !== 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).sfixed64(message.round);
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                        $root.cometbft.types.v1.CanonicalBlockID.encode(message.blockId, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.chainId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CanonicalVote message, length delimited. Does not implicitly {@link cometbft.types.v1.CanonicalVote.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {cometbft.types.v1.CanonicalVote.$Properties} message CanonicalVote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalVote.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CanonicalVote message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape} CanonicalVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalVote.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.CanonicalVote();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (typeof (value = reader.sfixed64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (typeof (value = reader.sfixed64()) === "object" ? value.low || value.high : value !== 0)
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.blockId = $root.cometbft.types.v1.CanonicalBlockID.decode(reader, reader.size(), $undefined, _depth + 1, message.blockId);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.chainId = value;
                                else
                                    delete message.chainId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CanonicalVote message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CanonicalVote & cometbft.types.v1.CanonicalVote.$Shape} CanonicalVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalVote.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CanonicalVote message.
                 * @function verify
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CanonicalVote.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height) && !(message.height && $util.isInteger(message.height.low) && $util.isInteger(message.height.high)))
                            return "height: integer|Long expected";
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        if (!$util.isInteger(message.round) && !(message.round && $util.isInteger(message.round.low) && $util.isInteger(message.round.high)))
                            return "round: integer|Long expected";
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId")) {
                        let error = $root.cometbft.types.v1.CanonicalBlockID.verify(message.blockId, _depth + 1);
                        if (error)
                            return "blockId." + error;
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        if (!$util.isString(message.chainId))
                            return "chainId: string expected";
                    return null;
                };

                /**
                 * Creates a CanonicalVote message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.CanonicalVote} CanonicalVote
                 */
                CanonicalVote.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.CanonicalVote)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.CanonicalVote: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.CanonicalVote();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.cometbft.types.v1.SignedMsgType[object.type] !== 0))
                        switch (object.type) {
                        case "SIGNED_MSG_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "SIGNED_MSG_TYPE_PREVOTE":
                        case 1:
                            message.type = 1;
                            break;
                        case "SIGNED_MSG_TYPE_PRECOMMIT":
                        case 2:
                            message.type = 2;
                            break;
                        case "SIGNED_MSG_TYPE_PROPOSAL":
                        case 32:
                            message.type = 32;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    if (object.round != null)
                        if (typeof object.round === "object" ? object.round.low || object.round.high : $Number(object.round) !== 0)
                            if ($util.Long)
                                message.round = $util.Long.fromValue(object.round, false);
                            else if (typeof object.round === "string")
                                message.round = $parseInt(object.round, 10);
                            else if (typeof object.round === "number")
                                message.round = object.round;
                            else if (typeof object.round === "object")
                                message.round = new $util.LongBits(object.round.low >>> 0, object.round.high >>> 0).toNumber();
                    if (object.blockId != null) {
                        if (!$util.isObject(object.blockId))
                            throw $TypeError(".cometbft.types.v1.CanonicalVote.blockId: object expected");
                        message.blockId = $root.cometbft.types.v1.CanonicalBlockID.fromObject(object.blockId, _depth + 1);
                    }
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".cometbft.types.v1.CanonicalVote.timestamp: object expected");
                        message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.chainId != null)
                        if (typeof object.chainId !== "string" || object.chainId.length)
                            message.chainId = $String(object.chainId);
                    return message;
                };

                /**
                 * Creates a plain object from a CanonicalVote message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {cometbft.types.v1.CanonicalVote} message CanonicalVote
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanonicalVote.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "SIGNED_MSG_TYPE_UNKNOWN" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.round = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.round = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.blockId = null;
                        object.timestamp = null;
                        object.chainId = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.cometbft.types.v1.SignedMsgType[message.type] === $undefined ? message.type : $root.cometbft.types.v1.SignedMsgType[message.type] : message.type;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.round = typeof message.round === "number" ? $BigInt(message.round) : $util.Long.fromBits(message.round.low >>> 0, message.round.high >>> 0, false).toBigInt();
                        else if (typeof message.round === "number")
                            object.round = options.longs === $String ? $String(message.round) : message.round;
                        else
                            object.round = options.longs === $String ? $util.Long.prototype.toString.call(message.round) : options.longs === $Number ? new $util.LongBits(message.round.low >>> 0, message.round.high >>> 0).toNumber() : message.round;
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                        object.blockId = $root.cometbft.types.v1.CanonicalBlockID.toObject(message.blockId, options, _depth + 1);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        object.chainId = message.chainId;
                    return object;
                };

                /**
                 * Converts this CanonicalVote to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanonicalVote.prototype.toJSON = function() {
                    return CanonicalVote.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CanonicalVote
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.CanonicalVote
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CanonicalVote.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.CanonicalVote";
                };

                return CanonicalVote;
            })();

            /**
             * SignedMsgType enum.
             * @name cometbft.types.v1.SignedMsgType
             * @enum {number}
             * @property {number} SIGNED_MSG_TYPE_UNKNOWN=0 SIGNED_MSG_TYPE_UNKNOWN value
             * @property {number} SIGNED_MSG_TYPE_PREVOTE=1 SIGNED_MSG_TYPE_PREVOTE value
             * @property {number} SIGNED_MSG_TYPE_PRECOMMIT=2 SIGNED_MSG_TYPE_PRECOMMIT value
             * @property {number} SIGNED_MSG_TYPE_PROPOSAL=32 SIGNED_MSG_TYPE_PROPOSAL value
             */
            v1.SignedMsgType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SIGNED_MSG_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "SIGNED_MSG_TYPE_PREVOTE"] = 1;
                values[valuesById[2] = "SIGNED_MSG_TYPE_PRECOMMIT"] = 2;
                values[valuesById[32] = "SIGNED_MSG_TYPE_PROPOSAL"] = 32;
                return values;
            })();

            /**
             * BlockIDFlag enum.
             * @name cometbft.types.v1.BlockIDFlag
             * @enum {number}
             * @property {number} BLOCK_ID_FLAG_UNKNOWN=0 BLOCK_ID_FLAG_UNKNOWN value
             * @property {number} BLOCK_ID_FLAG_ABSENT=1 BLOCK_ID_FLAG_ABSENT value
             * @property {number} BLOCK_ID_FLAG_COMMIT=2 BLOCK_ID_FLAG_COMMIT value
             * @property {number} BLOCK_ID_FLAG_NIL=3 BLOCK_ID_FLAG_NIL value
             */
            v1.BlockIDFlag = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BLOCK_ID_FLAG_UNKNOWN"] = 0;
                values[valuesById[1] = "BLOCK_ID_FLAG_ABSENT"] = 1;
                values[valuesById[2] = "BLOCK_ID_FLAG_COMMIT"] = 2;
                values[valuesById[3] = "BLOCK_ID_FLAG_NIL"] = 3;
                return values;
            })();

            v1.PartSetHeader = (function() {

                /**
                 * Properties of a PartSetHeader.
                 * @typedef {Object} cometbft.types.v1.PartSetHeader.$Properties
                 * @property {number|null} [total] PartSetHeader total
                 * @property {Uint8Array|null} [hash] PartSetHeader hash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PartSetHeader.
                 * @memberof cometbft.types.v1
                 * @interface IPartSetHeader
                 * @augments cometbft.types.v1.PartSetHeader.$Properties
                 * @deprecated Use cometbft.types.v1.PartSetHeader.$Properties instead.
                 */

                /**
                 * Shape of a PartSetHeader.
                 * @typedef {cometbft.types.v1.PartSetHeader.$Properties} cometbft.types.v1.PartSetHeader.$Shape
                 */

                /**
                 * Constructs a new PartSetHeader.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a PartSetHeader.
                 * @constructor
                 * @param {cometbft.types.v1.PartSetHeader.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PartSetHeader = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PartSetHeader total.
                 * @member {number} total
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @instance
                 */
                PartSetHeader.prototype.total = 0;

                /**
                 * PartSetHeader hash.
                 * @member {Uint8Array} hash
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @instance
                 */
                PartSetHeader.prototype.hash = $util.newBuffer([]);

                /**
                 * Creates a new PartSetHeader instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {cometbft.types.v1.PartSetHeader.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.PartSetHeader} PartSetHeader instance
                 * @type {{
                 *   (properties: cometbft.types.v1.PartSetHeader.$Shape): cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape;
                 *   (properties?: cometbft.types.v1.PartSetHeader.$Properties): cometbft.types.v1.PartSetHeader;
                 * }}
                 */
                PartSetHeader.create = function(properties) {
                    return new PartSetHeader(properties);
                };

                /**
                 * Encodes the specified PartSetHeader message. Does not implicitly {@link cometbft.types.v1.PartSetHeader.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {cometbft.types.v1.PartSetHeader.$Properties} message PartSetHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PartSetHeader.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.total);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PartSetHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.PartSetHeader.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {cometbft.types.v1.PartSetHeader.$Properties} message PartSetHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PartSetHeader.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PartSetHeader message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape} PartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PartSetHeader.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.PartSetHeader();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.total = value;
                                else
                                    delete message.total;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PartSetHeader message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.PartSetHeader & cometbft.types.v1.PartSetHeader.$Shape} PartSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PartSetHeader.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PartSetHeader message.
                 * @function verify
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PartSetHeader.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        if (!$util.isInteger(message.total))
                            return "total: integer expected";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                            return "hash: buffer expected";
                    return null;
                };

                /**
                 * Creates a PartSetHeader message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.PartSetHeader} PartSetHeader
                 */
                PartSetHeader.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.PartSetHeader)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.PartSetHeader: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.PartSetHeader();
                    if (object.total != null)
                        if ($Number(object.total) !== 0)
                            message.total = object.total >>> 0;
                    if (object.hash != null)
                        if (object.hash.length)
                            if (typeof object.hash === "string")
                                $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                            else if (object.hash.length >= 0)
                                message.hash = object.hash;
                    return message;
                };

                /**
                 * Creates a plain object from a PartSetHeader message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {cometbft.types.v1.PartSetHeader} message PartSetHeader
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PartSetHeader.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.total = 0;
                        if (options.bytes === $String)
                            object.hash = "";
                        else {
                            object.hash = [];
                            if (options.bytes !== $Array)
                                object.hash = $util.newBuffer(object.hash);
                        }
                    }
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        object.total = message.total;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                    return object;
                };

                /**
                 * Converts this PartSetHeader to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PartSetHeader.prototype.toJSON = function() {
                    return PartSetHeader.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PartSetHeader
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.PartSetHeader
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PartSetHeader.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.PartSetHeader";
                };

                return PartSetHeader;
            })();

            v1.BlockID = (function() {

                /**
                 * Properties of a BlockID.
                 * @typedef {Object} cometbft.types.v1.BlockID.$Properties
                 * @property {Uint8Array|null} [hash] BlockID hash
                 * @property {cometbft.types.v1.PartSetHeader.$Properties|null} [partSetHeader] BlockID partSetHeader
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BlockID.
                 * @memberof cometbft.types.v1
                 * @interface IBlockID
                 * @augments cometbft.types.v1.BlockID.$Properties
                 * @deprecated Use cometbft.types.v1.BlockID.$Properties instead.
                 */

                /**
                 * Shape of a BlockID.
                 * @typedef {cometbft.types.v1.BlockID.$Properties} cometbft.types.v1.BlockID.$Shape
                 */

                /**
                 * Constructs a new BlockID.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a BlockID.
                 * @constructor
                 * @param {cometbft.types.v1.BlockID.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BlockID = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BlockID hash.
                 * @member {Uint8Array} hash
                 * @memberof cometbft.types.v1.BlockID
                 * @instance
                 */
                BlockID.prototype.hash = $util.newBuffer([]);

                /**
                 * BlockID partSetHeader.
                 * @member {cometbft.types.v1.PartSetHeader.$Properties|null|undefined} partSetHeader
                 * @memberof cometbft.types.v1.BlockID
                 * @instance
                 */
                BlockID.prototype.partSetHeader = null;

                /**
                 * Creates a new BlockID instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {cometbft.types.v1.BlockID.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.BlockID} BlockID instance
                 * @type {{
                 *   (properties: cometbft.types.v1.BlockID.$Shape): cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape;
                 *   (properties?: cometbft.types.v1.BlockID.$Properties): cometbft.types.v1.BlockID;
                 * }}
                 */
                BlockID.create = function(properties) {
                    return new BlockID(properties);
                };

                /**
                 * Encodes the specified BlockID message. Does not implicitly {@link cometbft.types.v1.BlockID.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {cometbft.types.v1.BlockID.$Properties} message BlockID message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockID.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hash);
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader"))
                        $root.cometbft.types.v1.PartSetHeader.encode(message.partSetHeader, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BlockID message, length delimited. Does not implicitly {@link cometbft.types.v1.BlockID.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {cometbft.types.v1.BlockID.$Properties} message BlockID message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockID.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BlockID message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape} BlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockID.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.BlockID();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.partSetHeader = $root.cometbft.types.v1.PartSetHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.partSetHeader);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a BlockID message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.BlockID & cometbft.types.v1.BlockID.$Shape} BlockID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockID.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BlockID message.
                 * @function verify
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BlockID.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                            return "hash: buffer expected";
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader")) {
                        let error = $root.cometbft.types.v1.PartSetHeader.verify(message.partSetHeader, _depth + 1);
                        if (error)
                            return "partSetHeader." + error;
                    }
                    return null;
                };

                /**
                 * Creates a BlockID message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.BlockID} BlockID
                 */
                BlockID.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.BlockID)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.BlockID: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.BlockID();
                    if (object.hash != null)
                        if (object.hash.length)
                            if (typeof object.hash === "string")
                                $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                            else if (object.hash.length >= 0)
                                message.hash = object.hash;
                    if (object.partSetHeader != null) {
                        if (!$util.isObject(object.partSetHeader))
                            throw $TypeError(".cometbft.types.v1.BlockID.partSetHeader: object expected");
                        message.partSetHeader = $root.cometbft.types.v1.PartSetHeader.fromObject(object.partSetHeader, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BlockID message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {cometbft.types.v1.BlockID} message BlockID
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BlockID.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.hash = "";
                        else {
                            object.hash = [];
                            if (options.bytes !== $Array)
                                object.hash = $util.newBuffer(object.hash);
                        }
                        object.partSetHeader = null;
                    }
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                    if (message.partSetHeader != null && $Object.hasOwnProperty.call(message, "partSetHeader"))
                        object.partSetHeader = $root.cometbft.types.v1.PartSetHeader.toObject(message.partSetHeader, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this BlockID to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.BlockID
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BlockID.prototype.toJSON = function() {
                    return BlockID.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BlockID
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.BlockID
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BlockID.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.BlockID";
                };

                return BlockID;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @typedef {Object} cometbft.types.v1.Header.$Properties
                 * @property {cometbft.version.v1.Consensus.$Properties|null} [version] Header version
                 * @property {string|null} [chainId] Header chainId
                 * @property {number|Long|null} [height] Header height
                 * @property {google.protobuf.Timestamp.$Properties|null} [time] Header time
                 * @property {cometbft.types.v1.BlockID.$Properties|null} [lastBlockId] Header lastBlockId
                 * @property {Uint8Array|null} [lastCommitHash] Header lastCommitHash
                 * @property {Uint8Array|null} [dataHash] Header dataHash
                 * @property {Uint8Array|null} [validatorsHash] Header validatorsHash
                 * @property {Uint8Array|null} [nextValidatorsHash] Header nextValidatorsHash
                 * @property {Uint8Array|null} [consensusHash] Header consensusHash
                 * @property {Uint8Array|null} [appHash] Header appHash
                 * @property {Uint8Array|null} [lastResultsHash] Header lastResultsHash
                 * @property {Uint8Array|null} [evidenceHash] Header evidenceHash
                 * @property {Uint8Array|null} [proposerAddress] Header proposerAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Header.
                 * @memberof cometbft.types.v1
                 * @interface IHeader
                 * @augments cometbft.types.v1.Header.$Properties
                 * @deprecated Use cometbft.types.v1.Header.$Properties instead.
                 */

                /**
                 * Shape of a Header.
                 * @typedef {cometbft.types.v1.Header.$Properties} cometbft.types.v1.Header.$Shape
                 */

                /**
                 * Constructs a new Header.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a Header.
                 * @constructor
                 * @param {cometbft.types.v1.Header.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Header = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header version.
                 * @member {cometbft.version.v1.Consensus.$Properties|null|undefined} version
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.version = null;

                /**
                 * Header chainId.
                 * @member {string} chainId
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.chainId = "";

                /**
                 * Header height.
                 * @member {number|Long} height
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Header time.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.time = null;

                /**
                 * Header lastBlockId.
                 * @member {cometbft.types.v1.BlockID.$Properties|null|undefined} lastBlockId
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastBlockId = null;

                /**
                 * Header lastCommitHash.
                 * @member {Uint8Array} lastCommitHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastCommitHash = $util.newBuffer([]);

                /**
                 * Header dataHash.
                 * @member {Uint8Array} dataHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.dataHash = $util.newBuffer([]);

                /**
                 * Header validatorsHash.
                 * @member {Uint8Array} validatorsHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.validatorsHash = $util.newBuffer([]);

                /**
                 * Header nextValidatorsHash.
                 * @member {Uint8Array} nextValidatorsHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.nextValidatorsHash = $util.newBuffer([]);

                /**
                 * Header consensusHash.
                 * @member {Uint8Array} consensusHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.consensusHash = $util.newBuffer([]);

                /**
                 * Header appHash.
                 * @member {Uint8Array} appHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.appHash = $util.newBuffer([]);

                /**
                 * Header lastResultsHash.
                 * @member {Uint8Array} lastResultsHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastResultsHash = $util.newBuffer([]);

                /**
                 * Header evidenceHash.
                 * @member {Uint8Array} evidenceHash
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.evidenceHash = $util.newBuffer([]);

                /**
                 * Header proposerAddress.
                 * @member {Uint8Array} proposerAddress
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 */
                Header.prototype.proposerAddress = $util.newBuffer([]);

                /**
                 * Creates a new Header instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {cometbft.types.v1.Header.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.Header} Header instance
                 * @type {{
                 *   (properties: cometbft.types.v1.Header.$Shape): cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape;
                 *   (properties?: cometbft.types.v1.Header.$Properties): cometbft.types.v1.Header;
                 * }}
                 */
                Header.create = function(properties) {
                    return new Header(properties);
                };

                /**
                 * Encodes the specified Header message. Does not implicitly {@link cometbft.types.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {cometbft.types.v1.Header.$Properties} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        $root.cometbft.version.v1.Consensus.encode(message.version, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.chainId);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.height);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.lastBlockId != null && $Object.hasOwnProperty.call(message, "lastBlockId"))
                        $root.cometbft.types.v1.BlockID.encode(message.lastBlockId, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.lastCommitHash);
                    if (message.dataHash != null && $Object.hasOwnProperty.call(message, "dataHash") && message.dataHash.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.dataHash);
                    if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash") && message.validatorsHash.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.validatorsHash);
                    if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.nextValidatorsHash);
                    if (message.consensusHash != null && $Object.hasOwnProperty.call(message, "consensusHash") && message.consensusHash.length)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.consensusHash);
                    if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash") && message.appHash.length)
                        writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.appHash);
                    if (message.lastResultsHash != null && $Object.hasOwnProperty.call(message, "lastResultsHash") && message.lastResultsHash.length)
                        writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.lastResultsHash);
                    if (message.evidenceHash != null && $Object.hasOwnProperty.call(message, "evidenceHash") && message.evidenceHash.length)
                        writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.evidenceHash);
                    if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress") && message.proposerAddress.length)
                        writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.proposerAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Header message, length delimited. Does not implicitly {@link cometbft.types.v1.Header.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {cometbft.types.v1.Header.$Properties} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.Header();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.version = $root.cometbft.version.v1.Consensus.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.chainId = value;
                                else
                                    delete message.chainId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.lastBlockId = $root.cometbft.types.v1.BlockID.decode(reader, reader.size(), $undefined, _depth + 1, message.lastBlockId);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.lastCommitHash = value;
                                else
                                    delete message.lastCommitHash;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.dataHash = value;
                                else
                                    delete message.dataHash;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.validatorsHash = value;
                                else
                                    delete message.validatorsHash;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nextValidatorsHash = value;
                                else
                                    delete message.nextValidatorsHash;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.consensusHash = value;
                                else
                                    delete message.consensusHash;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.appHash = value;
                                else
                                    delete message.appHash;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.lastResultsHash = value;
                                else
                                    delete message.lastResultsHash;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.evidenceHash = value;
                                else
                                    delete message.evidenceHash;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proposerAddress = value;
                                else
                                    delete message.proposerAddress;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Header message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Header & cometbft.types.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Header message.
                 * @function verify
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Header.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version")) {
                        let error = $root.cometbft.version.v1.Consensus.verify(message.version, _depth + 1);
                        if (error)
                            return "version." + error;
                    }
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        if (!$util.isString(message.chainId))
                            return "chainId: string expected";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height) && !(message.height && $util.isInteger(message.height.low) && $util.isInteger(message.height.high)))
                            return "height: integer|Long expected";
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.time, _depth + 1);
                        if (error)
                            return "time." + error;
                    }
                    if (message.lastBlockId != null && $Object.hasOwnProperty.call(message, "lastBlockId")) {
                        let error = $root.cometbft.types.v1.BlockID.verify(message.lastBlockId, _depth + 1);
                        if (error)
                            return "lastBlockId." + error;
                    }
                    if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash"))
                        if (!(message.lastCommitHash && typeof message.lastCommitHash.length === "number" || $util.isString(message.lastCommitHash)))
                            return "lastCommitHash: buffer expected";
                    if (message.dataHash != null && $Object.hasOwnProperty.call(message, "dataHash"))
                        if (!(message.dataHash && typeof message.dataHash.length === "number" || $util.isString(message.dataHash)))
                            return "dataHash: buffer expected";
                    if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash"))
                        if (!(message.validatorsHash && typeof message.validatorsHash.length === "number" || $util.isString(message.validatorsHash)))
                            return "validatorsHash: buffer expected";
                    if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                        if (!(message.nextValidatorsHash && typeof message.nextValidatorsHash.length === "number" || $util.isString(message.nextValidatorsHash)))
                            return "nextValidatorsHash: buffer expected";
                    if (message.consensusHash != null && $Object.hasOwnProperty.call(message, "consensusHash"))
                        if (!(message.consensusHash && typeof message.consensusHash.length === "number" || $util.isString(message.consensusHash)))
                            return "consensusHash: buffer expected";
                    if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash"))
                        if (!(message.appHash && typeof message.appHash.length === "number" || $util.isString(message.appHash)))
                            return "appHash: buffer expected";
                    if (message.lastResultsHash != null && $Object.hasOwnProperty.call(message, "lastResultsHash"))
                        if (!(message.lastResultsHash && typeof message.lastResultsHash.length === "number" || $util.isString(message.lastResultsHash)))
                            return "lastResultsHash: buffer expected";
                    if (message.evidenceHash != null && $Object.hasOwnProperty.call(message, "evidenceHash"))
                        if (!(message.evidenceHash && typeof message.evidenceHash.length === "number" || $util.isString(message.evidenceHash)))
                            return "evidenceHash: buffer expected";
                    if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                        if (!(message.proposerAddress && typeof message.proposerAddress.length === "number" || $util.isString(message.proposerAddress)))
                            return "proposerAddress: buffer expected";
                    return null;
                };

                /**
                 * Creates a Header message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.Header} Header
                 */
                Header.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.Header)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.Header: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.Header();
                    if (object.version != null) {
                        if (!$util.isObject(object.version))
                            throw $TypeError(".cometbft.types.v1.Header.version: object expected");
                        message.version = $root.cometbft.version.v1.Consensus.fromObject(object.version, _depth + 1);
                    }
                    if (object.chainId != null)
                        if (typeof object.chainId !== "string" || object.chainId.length)
                            message.chainId = $String(object.chainId);
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    if (object.time != null) {
                        if (!$util.isObject(object.time))
                            throw $TypeError(".cometbft.types.v1.Header.time: object expected");
                        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                    }
                    if (object.lastBlockId != null) {
                        if (!$util.isObject(object.lastBlockId))
                            throw $TypeError(".cometbft.types.v1.Header.lastBlockId: object expected");
                        message.lastBlockId = $root.cometbft.types.v1.BlockID.fromObject(object.lastBlockId, _depth + 1);
                    }
                    if (object.lastCommitHash != null)
                        if (object.lastCommitHash.length)
                            if (typeof object.lastCommitHash === "string")
                                $util.base64.decode(object.lastCommitHash, message.lastCommitHash = $util.newBuffer($util.base64.length(object.lastCommitHash)), 0);
                            else if (object.lastCommitHash.length >= 0)
                                message.lastCommitHash = object.lastCommitHash;
                    if (object.dataHash != null)
                        if (object.dataHash.length)
                            if (typeof object.dataHash === "string")
                                $util.base64.decode(object.dataHash, message.dataHash = $util.newBuffer($util.base64.length(object.dataHash)), 0);
                            else if (object.dataHash.length >= 0)
                                message.dataHash = object.dataHash;
                    if (object.validatorsHash != null)
                        if (object.validatorsHash.length)
                            if (typeof object.validatorsHash === "string")
                                $util.base64.decode(object.validatorsHash, message.validatorsHash = $util.newBuffer($util.base64.length(object.validatorsHash)), 0);
                            else if (object.validatorsHash.length >= 0)
                                message.validatorsHash = object.validatorsHash;
                    if (object.nextValidatorsHash != null)
                        if (object.nextValidatorsHash.length)
                            if (typeof object.nextValidatorsHash === "string")
                                $util.base64.decode(object.nextValidatorsHash, message.nextValidatorsHash = $util.newBuffer($util.base64.length(object.nextValidatorsHash)), 0);
                            else if (object.nextValidatorsHash.length >= 0)
                                message.nextValidatorsHash = object.nextValidatorsHash;
                    if (object.consensusHash != null)
                        if (object.consensusHash.length)
                            if (typeof object.consensusHash === "string")
                                $util.base64.decode(object.consensusHash, message.consensusHash = $util.newBuffer($util.base64.length(object.consensusHash)), 0);
                            else if (object.consensusHash.length >= 0)
                                message.consensusHash = object.consensusHash;
                    if (object.appHash != null)
                        if (object.appHash.length)
                            if (typeof object.appHash === "string")
                                $util.base64.decode(object.appHash, message.appHash = $util.newBuffer($util.base64.length(object.appHash)), 0);
                            else if (object.appHash.length >= 0)
                                message.appHash = object.appHash;
                    if (object.lastResultsHash != null)
                        if (object.lastResultsHash.length)
                            if (typeof object.lastResultsHash === "string")
                                $util.base64.decode(object.lastResultsHash, message.lastResultsHash = $util.newBuffer($util.base64.length(object.lastResultsHash)), 0);
                            else if (object.lastResultsHash.length >= 0)
                                message.lastResultsHash = object.lastResultsHash;
                    if (object.evidenceHash != null)
                        if (object.evidenceHash.length)
                            if (typeof object.evidenceHash === "string")
                                $util.base64.decode(object.evidenceHash, message.evidenceHash = $util.newBuffer($util.base64.length(object.evidenceHash)), 0);
                            else if (object.evidenceHash.length >= 0)
                                message.evidenceHash = object.evidenceHash;
                    if (object.proposerAddress != null)
                        if (object.proposerAddress.length)
                            if (typeof object.proposerAddress === "string")
                                $util.base64.decode(object.proposerAddress, message.proposerAddress = $util.newBuffer($util.base64.length(object.proposerAddress)), 0);
                            else if (object.proposerAddress.length >= 0)
                                message.proposerAddress = object.proposerAddress;
                    return message;
                };

                /**
                 * Creates a plain object from a Header message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {cometbft.types.v1.Header} message Header
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Header.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.version = null;
                        object.chainId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.time = null;
                        object.lastBlockId = null;
                        if (options.bytes === $String)
                            object.lastCommitHash = "";
                        else {
                            object.lastCommitHash = [];
                            if (options.bytes !== $Array)
                                object.lastCommitHash = $util.newBuffer(object.lastCommitHash);
                        }
                        if (options.bytes === $String)
                            object.dataHash = "";
                        else {
                            object.dataHash = [];
                            if (options.bytes !== $Array)
                                object.dataHash = $util.newBuffer(object.dataHash);
                        }
                        if (options.bytes === $String)
                            object.validatorsHash = "";
                        else {
                            object.validatorsHash = [];
                            if (options.bytes !== $Array)
                                object.validatorsHash = $util.newBuffer(object.validatorsHash);
                        }
                        if (options.bytes === $String)
                            object.nextValidatorsHash = "";
                        else {
                            object.nextValidatorsHash = [];
                            if (options.bytes !== $Array)
                                object.nextValidatorsHash = $util.newBuffer(object.nextValidatorsHash);
                        }
                        if (options.bytes === $String)
                            object.consensusHash = "";
                        else {
                            object.consensusHash = [];
                            if (options.bytes !== $Array)
                                object.consensusHash = $util.newBuffer(object.consensusHash);
                        }
                        if (options.bytes === $String)
                            object.appHash = "";
                        else {
                            object.appHash = [];
                            if (options.bytes !== $Array)
                                object.appHash = $util.newBuffer(object.appHash);
                        }
                        if (options.bytes === $String)
                            object.lastResultsHash = "";
                        else {
                            object.lastResultsHash = [];
                            if (options.bytes !== $Array)
                                object.lastResultsHash = $util.newBuffer(object.lastResultsHash);
                        }
                        if (options.bytes === $String)
                            object.evidenceHash = "";
                        else {
                            object.evidenceHash = [];
                            if (options.bytes !== $Array)
                                object.evidenceHash = $util.newBuffer(object.evidenceHash);
                        }
                        if (options.bytes === $String)
                            object.proposerAddress = "";
                        else {
                            object.proposerAddress = [];
                            if (options.bytes !== $Array)
                                object.proposerAddress = $util.newBuffer(object.proposerAddress);
                        }
                    }
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = $root.cometbft.version.v1.Consensus.toObject(message.version, options, _depth + 1);
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        object.chainId = message.chainId;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                    if (message.lastBlockId != null && $Object.hasOwnProperty.call(message, "lastBlockId"))
                        object.lastBlockId = $root.cometbft.types.v1.BlockID.toObject(message.lastBlockId, options, _depth + 1);
                    if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash"))
                        object.lastCommitHash = options.bytes === $String ? $util.base64.encode(message.lastCommitHash, 0, message.lastCommitHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lastCommitHash) : message.lastCommitHash;
                    if (message.dataHash != null && $Object.hasOwnProperty.call(message, "dataHash"))
                        object.dataHash = options.bytes === $String ? $util.base64.encode(message.dataHash, 0, message.dataHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataHash) : message.dataHash;
                    if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash"))
                        object.validatorsHash = options.bytes === $String ? $util.base64.encode(message.validatorsHash, 0, message.validatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validatorsHash) : message.validatorsHash;
                    if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                        object.nextValidatorsHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorsHash, 0, message.nextValidatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorsHash) : message.nextValidatorsHash;
                    if (message.consensusHash != null && $Object.hasOwnProperty.call(message, "consensusHash"))
                        object.consensusHash = options.bytes === $String ? $util.base64.encode(message.consensusHash, 0, message.consensusHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusHash) : message.consensusHash;
                    if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash"))
                        object.appHash = options.bytes === $String ? $util.base64.encode(message.appHash, 0, message.appHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appHash) : message.appHash;
                    if (message.lastResultsHash != null && $Object.hasOwnProperty.call(message, "lastResultsHash"))
                        object.lastResultsHash = options.bytes === $String ? $util.base64.encode(message.lastResultsHash, 0, message.lastResultsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lastResultsHash) : message.lastResultsHash;
                    if (message.evidenceHash != null && $Object.hasOwnProperty.call(message, "evidenceHash"))
                        object.evidenceHash = options.bytes === $String ? $util.base64.encode(message.evidenceHash, 0, message.evidenceHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.evidenceHash) : message.evidenceHash;
                    if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                        object.proposerAddress = options.bytes === $String ? $util.base64.encode(message.proposerAddress, 0, message.proposerAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposerAddress) : message.proposerAddress;
                    return object;
                };

                /**
                 * Converts this Header to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.Header
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Header.prototype.toJSON = function() {
                    return Header.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Header
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.Header
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Header.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.Header";
                };

                return Header;
            })();

            v1.CommitSig = (function() {

                /**
                 * Properties of a CommitSig.
                 * @typedef {Object} cometbft.types.v1.CommitSig.$Properties
                 * @property {cometbft.types.v1.BlockIDFlag|null} [blockIdFlag] CommitSig blockIdFlag
                 * @property {Uint8Array|null} [validatorAddress] CommitSig validatorAddress
                 * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] CommitSig timestamp
                 * @property {Uint8Array|null} [signature] CommitSig signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitSig.
                 * @memberof cometbft.types.v1
                 * @interface ICommitSig
                 * @augments cometbft.types.v1.CommitSig.$Properties
                 * @deprecated Use cometbft.types.v1.CommitSig.$Properties instead.
                 */

                /**
                 * Shape of a CommitSig.
                 * @typedef {cometbft.types.v1.CommitSig.$Properties} cometbft.types.v1.CommitSig.$Shape
                 */

                /**
                 * Constructs a new CommitSig.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a CommitSig.
                 * @constructor
                 * @param {cometbft.types.v1.CommitSig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommitSig = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommitSig blockIdFlag.
                 * @member {cometbft.types.v1.BlockIDFlag} blockIdFlag
                 * @memberof cometbft.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.blockIdFlag = 0;

                /**
                 * CommitSig validatorAddress.
                 * @member {Uint8Array} validatorAddress
                 * @memberof cometbft.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.validatorAddress = $util.newBuffer([]);

                /**
                 * CommitSig timestamp.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof cometbft.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.timestamp = null;

                /**
                 * CommitSig signature.
                 * @member {Uint8Array} signature
                 * @memberof cometbft.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new CommitSig instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {cometbft.types.v1.CommitSig.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.CommitSig} CommitSig instance
                 * @type {{
                 *   (properties: cometbft.types.v1.CommitSig.$Shape): cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape;
                 *   (properties?: cometbft.types.v1.CommitSig.$Properties): cometbft.types.v1.CommitSig;
                 * }}
                 */
                CommitSig.create = function(properties) {
                    return new CommitSig(properties);
                };

                /**
                 * Encodes the specified CommitSig message. Does not implicitly {@link cometbft.types.v1.CommitSig.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {cometbft.types.v1.CommitSig.$Properties} message CommitSig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag") && message.blockIdFlag !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.blockIdFlag);
                    if (message.validatorAddress != null && $Object.hasOwnProperty.call(message, "validatorAddress") && message.validatorAddress.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.validatorAddress);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CommitSig message, length delimited. Does not implicitly {@link cometbft.types.v1.CommitSig.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {cometbft.types.v1.CommitSig.$Properties} message CommitSig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSig.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CommitSig message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.CommitSig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.blockIdFlag = value;
                                else
                                    delete message.blockIdFlag;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.validatorAddress = value;
                                else
                                    delete message.validatorAddress;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CommitSig message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.CommitSig & cometbft.types.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSig.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CommitSig message.
                 * @function verify
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CommitSig.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag"))
                        if (typeof message.blockIdFlag !== "number" || (message.blockIdFlag | 0) !== message.blockIdFlag)
                            return "blockIdFlag: enum value expected";
                    if (message.validatorAddress != null && $Object.hasOwnProperty.call(message, "validatorAddress"))
                        if (!(message.validatorAddress && typeof message.validatorAddress.length === "number" || $util.isString(message.validatorAddress)))
                            return "validatorAddress: buffer expected";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                            return "signature: buffer expected";
                    return null;
                };

                /**
                 * Creates a CommitSig message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.CommitSig} CommitSig
                 */
                CommitSig.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.CommitSig)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.CommitSig: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.CommitSig();
                    if (object.blockIdFlag !== 0 && (typeof object.blockIdFlag !== "string" || $root.cometbft.types.v1.BlockIDFlag[object.blockIdFlag] !== 0))
                        switch (object.blockIdFlag) {
                        case "BLOCK_ID_FLAG_UNKNOWN":
                        case 0:
                            message.blockIdFlag = 0;
                            break;
                        case "BLOCK_ID_FLAG_ABSENT":
                        case 1:
                            message.blockIdFlag = 1;
                            break;
                        case "BLOCK_ID_FLAG_COMMIT":
                        case 2:
                            message.blockIdFlag = 2;
                            break;
                        case "BLOCK_ID_FLAG_NIL":
                        case 3:
                            message.blockIdFlag = 3;
                            break;
                        default:
                            if (typeof object.blockIdFlag === "number" && (object.blockIdFlag | 0) === object.blockIdFlag)
                                message.blockIdFlag = object.blockIdFlag;
                        }
                    if (object.validatorAddress != null)
                        if (object.validatorAddress.length)
                            if (typeof object.validatorAddress === "string")
                                $util.base64.decode(object.validatorAddress, message.validatorAddress = $util.newBuffer($util.base64.length(object.validatorAddress)), 0);
                            else if (object.validatorAddress.length >= 0)
                                message.validatorAddress = object.validatorAddress;
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".cometbft.types.v1.CommitSig.timestamp: object expected");
                        message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.signature != null)
                        if (object.signature.length)
                            if (typeof object.signature === "string")
                                $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                            else if (object.signature.length >= 0)
                                message.signature = object.signature;
                    return message;
                };

                /**
                 * Creates a plain object from a CommitSig message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {cometbft.types.v1.CommitSig} message CommitSig
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommitSig.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.blockIdFlag = options.enums === $String ? "BLOCK_ID_FLAG_UNKNOWN" : 0;
                        if (options.bytes === $String)
                            object.validatorAddress = "";
                        else {
                            object.validatorAddress = [];
                            if (options.bytes !== $Array)
                                object.validatorAddress = $util.newBuffer(object.validatorAddress);
                        }
                        object.timestamp = null;
                        if (options.bytes === $String)
                            object.signature = "";
                        else {
                            object.signature = [];
                            if (options.bytes !== $Array)
                                object.signature = $util.newBuffer(object.signature);
                        }
                    }
                    if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag"))
                        object.blockIdFlag = options.enums === $String ? $root.cometbft.types.v1.BlockIDFlag[message.blockIdFlag] === $undefined ? message.blockIdFlag : $root.cometbft.types.v1.BlockIDFlag[message.blockIdFlag] : message.blockIdFlag;
                    if (message.validatorAddress != null && $Object.hasOwnProperty.call(message, "validatorAddress"))
                        object.validatorAddress = options.bytes === $String ? $util.base64.encode(message.validatorAddress, 0, message.validatorAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validatorAddress) : message.validatorAddress;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                    return object;
                };

                /**
                 * Converts this CommitSig to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.CommitSig
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommitSig.prototype.toJSON = function() {
                    return CommitSig.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommitSig
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.CommitSig
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitSig.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.CommitSig";
                };

                return CommitSig;
            })();

            v1.Commit = (function() {

                /**
                 * Properties of a Commit.
                 * @typedef {Object} cometbft.types.v1.Commit.$Properties
                 * @property {number|Long|null} [height] Commit height
                 * @property {number|null} [round] Commit round
                 * @property {cometbft.types.v1.BlockID.$Properties|null} [blockId] Commit blockId
                 * @property {Array.<cometbft.types.v1.CommitSig.$Properties>|null} [signatures] Commit signatures
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Commit.
                 * @memberof cometbft.types.v1
                 * @interface ICommit
                 * @augments cometbft.types.v1.Commit.$Properties
                 * @deprecated Use cometbft.types.v1.Commit.$Properties instead.
                 */

                /**
                 * Shape of a Commit.
                 * @typedef {cometbft.types.v1.Commit.$Properties} cometbft.types.v1.Commit.$Shape
                 */

                /**
                 * Constructs a new Commit.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a Commit.
                 * @constructor
                 * @param {cometbft.types.v1.Commit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Commit = function (properties) {
                    this.signatures = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Commit height.
                 * @member {number|Long} height
                 * @memberof cometbft.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Commit round.
                 * @member {number} round
                 * @memberof cometbft.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.round = 0;

                /**
                 * Commit blockId.
                 * @member {cometbft.types.v1.BlockID.$Properties|null|undefined} blockId
                 * @memberof cometbft.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.blockId = null;

                /**
                 * Commit signatures.
                 * @member {Array.<cometbft.types.v1.CommitSig.$Properties>} signatures
                 * @memberof cometbft.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.signatures = $util.emptyArray;

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {cometbft.types.v1.Commit.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.Commit} Commit instance
                 * @type {{
                 *   (properties: cometbft.types.v1.Commit.$Shape): cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape;
                 *   (properties?: cometbft.types.v1.Commit.$Properties): cometbft.types.v1.Commit;
                 * }}
                 */
                Commit.create = function(properties) {
                    return new Commit(properties);
                };

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link cometbft.types.v1.Commit.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {cometbft.types.v1.Commit.$Properties} message Commit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Commit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.height);
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.round);
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                        $root.cometbft.types.v1.BlockID.encode(message.blockId, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.signatures != null && message.signatures.length)
                        for (let i = 0; i < message.signatures.length; ++i)
                            $root.cometbft.types.v1.CommitSig.encode(message.signatures[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Commit message, length delimited. Does not implicitly {@link cometbft.types.v1.Commit.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {cometbft.types.v1.Commit.$Properties} message Commit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Commit.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Commit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.Commit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.round = value;
                                else
                                    delete message.round;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.blockId = $root.cometbft.types.v1.BlockID.decode(reader, reader.size(), $undefined, _depth + 1, message.blockId);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.signatures && message.signatures.length))
                                    message.signatures = [];
                                message.signatures.push($root.cometbft.types.v1.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Commit message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Commit & cometbft.types.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Commit.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Commit message.
                 * @function verify
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Commit.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height) && !(message.height && $util.isInteger(message.height.low) && $util.isInteger(message.height.high)))
                            return "height: integer|Long expected";
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        if (!$util.isInteger(message.round))
                            return "round: integer expected";
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId")) {
                        let error = $root.cometbft.types.v1.BlockID.verify(message.blockId, _depth + 1);
                        if (error)
                            return "blockId." + error;
                    }
                    if (message.signatures != null && $Object.hasOwnProperty.call(message, "signatures")) {
                        if (!$Array.isArray(message.signatures))
                            return "signatures: array expected";
                        for (let i = 0; i < message.signatures.length; ++i) {
                            let error = $root.cometbft.types.v1.CommitSig.verify(message.signatures[i], _depth + 1);
                            if (error)
                                return "signatures." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Commit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.Commit} Commit
                 */
                Commit.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.Commit)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.Commit: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.Commit();
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    if (object.round != null)
                        if ($Number(object.round) !== 0)
                            message.round = object.round | 0;
                    if (object.blockId != null) {
                        if (!$util.isObject(object.blockId))
                            throw $TypeError(".cometbft.types.v1.Commit.blockId: object expected");
                        message.blockId = $root.cometbft.types.v1.BlockID.fromObject(object.blockId, _depth + 1);
                    }
                    if (object.signatures) {
                        if (!$Array.isArray(object.signatures))
                            throw $TypeError(".cometbft.types.v1.Commit.signatures: array expected");
                        message.signatures = $Array(object.signatures.length);
                        for (let i = 0; i < object.signatures.length; ++i) {
                            if (!$util.isObject(object.signatures[i]))
                                throw $TypeError(".cometbft.types.v1.Commit.signatures: object expected");
                            message.signatures[i] = $root.cometbft.types.v1.CommitSig.fromObject(object.signatures[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Commit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {cometbft.types.v1.Commit} message Commit
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Commit.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.signatures = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.round = 0;
                        object.blockId = null;
                    }
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        object.round = message.round;
                    if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                        object.blockId = $root.cometbft.types.v1.BlockID.toObject(message.blockId, options, _depth + 1);
                    if (message.signatures && message.signatures.length) {
                        object.signatures = $Array(message.signatures.length);
                        for (let j = 0; j < message.signatures.length; ++j)
                            object.signatures[j] = $root.cometbft.types.v1.CommitSig.toObject(message.signatures[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this Commit to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.Commit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Commit.prototype.toJSON = function() {
                    return Commit.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Commit
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.Commit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Commit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.Commit";
                };

                return Commit;
            })();

            v1.SignedHeader = (function() {

                /**
                 * Properties of a SignedHeader.
                 * @typedef {Object} cometbft.types.v1.SignedHeader.$Properties
                 * @property {cometbft.types.v1.Header.$Properties|null} [header] SignedHeader header
                 * @property {cometbft.types.v1.Commit.$Properties|null} [commit] SignedHeader commit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedHeader.
                 * @memberof cometbft.types.v1
                 * @interface ISignedHeader
                 * @augments cometbft.types.v1.SignedHeader.$Properties
                 * @deprecated Use cometbft.types.v1.SignedHeader.$Properties instead.
                 */

                /**
                 * Shape of a SignedHeader.
                 * @typedef {cometbft.types.v1.SignedHeader.$Properties} cometbft.types.v1.SignedHeader.$Shape
                 */

                /**
                 * Constructs a new SignedHeader.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a SignedHeader.
                 * @constructor
                 * @param {cometbft.types.v1.SignedHeader.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedHeader = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignedHeader header.
                 * @member {cometbft.types.v1.Header.$Properties|null|undefined} header
                 * @memberof cometbft.types.v1.SignedHeader
                 * @instance
                 */
                SignedHeader.prototype.header = null;

                /**
                 * SignedHeader commit.
                 * @member {cometbft.types.v1.Commit.$Properties|null|undefined} commit
                 * @memberof cometbft.types.v1.SignedHeader
                 * @instance
                 */
                SignedHeader.prototype.commit = null;

                /**
                 * Creates a new SignedHeader instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {cometbft.types.v1.SignedHeader.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.SignedHeader} SignedHeader instance
                 * @type {{
                 *   (properties: cometbft.types.v1.SignedHeader.$Shape): cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape;
                 *   (properties?: cometbft.types.v1.SignedHeader.$Properties): cometbft.types.v1.SignedHeader;
                 * }}
                 */
                SignedHeader.create = function(properties) {
                    return new SignedHeader(properties);
                };

                /**
                 * Encodes the specified SignedHeader message. Does not implicitly {@link cometbft.types.v1.SignedHeader.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {cometbft.types.v1.SignedHeader.$Properties} message SignedHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedHeader.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                        $root.cometbft.types.v1.Header.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        $root.cometbft.types.v1.Commit.encode(message.commit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SignedHeader message, length delimited. Does not implicitly {@link cometbft.types.v1.SignedHeader.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {cometbft.types.v1.SignedHeader.$Properties} message SignedHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedHeader.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SignedHeader message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape} SignedHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedHeader.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.SignedHeader();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.header = $root.cometbft.types.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.commit = $root.cometbft.types.v1.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SignedHeader message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.SignedHeader & cometbft.types.v1.SignedHeader.$Shape} SignedHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedHeader.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SignedHeader message.
                 * @function verify
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SignedHeader.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                        let error = $root.cometbft.types.v1.Header.verify(message.header, _depth + 1);
                        if (error)
                            return "header." + error;
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                        let error = $root.cometbft.types.v1.Commit.verify(message.commit, _depth + 1);
                        if (error)
                            return "commit." + error;
                    }
                    return null;
                };

                /**
                 * Creates a SignedHeader message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.SignedHeader} SignedHeader
                 */
                SignedHeader.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.SignedHeader)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.SignedHeader: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.SignedHeader();
                    if (object.header != null) {
                        if (!$util.isObject(object.header))
                            throw $TypeError(".cometbft.types.v1.SignedHeader.header: object expected");
                        message.header = $root.cometbft.types.v1.Header.fromObject(object.header, _depth + 1);
                    }
                    if (object.commit != null) {
                        if (!$util.isObject(object.commit))
                            throw $TypeError(".cometbft.types.v1.SignedHeader.commit: object expected");
                        message.commit = $root.cometbft.types.v1.Commit.fromObject(object.commit, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SignedHeader message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {cometbft.types.v1.SignedHeader} message SignedHeader
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SignedHeader.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.header = null;
                        object.commit = null;
                    }
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                        object.header = $root.cometbft.types.v1.Header.toObject(message.header, options, _depth + 1);
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        object.commit = $root.cometbft.types.v1.Commit.toObject(message.commit, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SignedHeader to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.SignedHeader
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SignedHeader.prototype.toJSON = function() {
                    return SignedHeader.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SignedHeader
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.SignedHeader
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SignedHeader.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.SignedHeader";
                };

                return SignedHeader;
            })();

            v1.LightBlock = (function() {

                /**
                 * Properties of a LightBlock.
                 * @typedef {Object} cometbft.types.v1.LightBlock.$Properties
                 * @property {cometbft.types.v1.SignedHeader.$Properties|null} [signedHeader] LightBlock signedHeader
                 * @property {cometbft.types.v1.ValidatorSet.$Properties|null} [validatorSet] LightBlock validatorSet
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LightBlock.
                 * @memberof cometbft.types.v1
                 * @interface ILightBlock
                 * @augments cometbft.types.v1.LightBlock.$Properties
                 * @deprecated Use cometbft.types.v1.LightBlock.$Properties instead.
                 */

                /**
                 * Shape of a LightBlock.
                 * @typedef {{
                 *   signedHeader?: cometbft.types.v1.SignedHeader.$Shape|null;
                 *   validatorSet?: cometbft.types.v1.ValidatorSet.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cometbft.types.v1.LightBlock.$Shape
                 */

                /**
                 * Constructs a new LightBlock.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a LightBlock.
                 * @constructor
                 * @param {cometbft.types.v1.LightBlock.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LightBlock = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LightBlock signedHeader.
                 * @member {cometbft.types.v1.SignedHeader.$Properties|null|undefined} signedHeader
                 * @memberof cometbft.types.v1.LightBlock
                 * @instance
                 */
                LightBlock.prototype.signedHeader = null;

                /**
                 * LightBlock validatorSet.
                 * @member {cometbft.types.v1.ValidatorSet.$Properties|null|undefined} validatorSet
                 * @memberof cometbft.types.v1.LightBlock
                 * @instance
                 */
                LightBlock.prototype.validatorSet = null;

                /**
                 * Creates a new LightBlock instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {cometbft.types.v1.LightBlock.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.LightBlock} LightBlock instance
                 * @type {{
                 *   (properties: cometbft.types.v1.LightBlock.$Shape): cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape;
                 *   (properties?: cometbft.types.v1.LightBlock.$Properties): cometbft.types.v1.LightBlock;
                 * }}
                 */
                LightBlock.create = function(properties) {
                    return new LightBlock(properties);
                };

                /**
                 * Encodes the specified LightBlock message. Does not implicitly {@link cometbft.types.v1.LightBlock.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {cometbft.types.v1.LightBlock.$Properties} message LightBlock message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LightBlock.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.signedHeader != null && $Object.hasOwnProperty.call(message, "signedHeader"))
                        $root.cometbft.types.v1.SignedHeader.encode(message.signedHeader, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.validatorSet != null && $Object.hasOwnProperty.call(message, "validatorSet"))
                        $root.cometbft.types.v1.ValidatorSet.encode(message.validatorSet, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LightBlock message, length delimited. Does not implicitly {@link cometbft.types.v1.LightBlock.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {cometbft.types.v1.LightBlock.$Properties} message LightBlock message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LightBlock.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LightBlock message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape} LightBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LightBlock.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.LightBlock();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.signedHeader = $root.cometbft.types.v1.SignedHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.signedHeader);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.validatorSet = $root.cometbft.types.v1.ValidatorSet.decode(reader, reader.size(), $undefined, _depth + 1, message.validatorSet);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a LightBlock message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.LightBlock & cometbft.types.v1.LightBlock.$Shape} LightBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LightBlock.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LightBlock message.
                 * @function verify
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LightBlock.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.signedHeader != null && $Object.hasOwnProperty.call(message, "signedHeader")) {
                        let error = $root.cometbft.types.v1.SignedHeader.verify(message.signedHeader, _depth + 1);
                        if (error)
                            return "signedHeader." + error;
                    }
                    if (message.validatorSet != null && $Object.hasOwnProperty.call(message, "validatorSet")) {
                        let error = $root.cometbft.types.v1.ValidatorSet.verify(message.validatorSet, _depth + 1);
                        if (error)
                            return "validatorSet." + error;
                    }
                    return null;
                };

                /**
                 * Creates a LightBlock message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.LightBlock} LightBlock
                 */
                LightBlock.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.LightBlock)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.LightBlock: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.LightBlock();
                    if (object.signedHeader != null) {
                        if (!$util.isObject(object.signedHeader))
                            throw $TypeError(".cometbft.types.v1.LightBlock.signedHeader: object expected");
                        message.signedHeader = $root.cometbft.types.v1.SignedHeader.fromObject(object.signedHeader, _depth + 1);
                    }
                    if (object.validatorSet != null) {
                        if (!$util.isObject(object.validatorSet))
                            throw $TypeError(".cometbft.types.v1.LightBlock.validatorSet: object expected");
                        message.validatorSet = $root.cometbft.types.v1.ValidatorSet.fromObject(object.validatorSet, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a LightBlock message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {cometbft.types.v1.LightBlock} message LightBlock
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LightBlock.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.signedHeader = null;
                        object.validatorSet = null;
                    }
                    if (message.signedHeader != null && $Object.hasOwnProperty.call(message, "signedHeader"))
                        object.signedHeader = $root.cometbft.types.v1.SignedHeader.toObject(message.signedHeader, options, _depth + 1);
                    if (message.validatorSet != null && $Object.hasOwnProperty.call(message, "validatorSet"))
                        object.validatorSet = $root.cometbft.types.v1.ValidatorSet.toObject(message.validatorSet, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this LightBlock to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.LightBlock
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LightBlock.prototype.toJSON = function() {
                    return LightBlock.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LightBlock
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.LightBlock
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LightBlock.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.LightBlock";
                };

                return LightBlock;
            })();

            v1.ValidatorSet = (function() {

                /**
                 * Properties of a ValidatorSet.
                 * @typedef {Object} cometbft.types.v1.ValidatorSet.$Properties
                 * @property {Array.<cometbft.types.v1.Validator.$Properties>|null} [validators] ValidatorSet validators
                 * @property {cometbft.types.v1.Validator.$Properties|null} [proposer] ValidatorSet proposer
                 * @property {number|Long|null} [totalVotingPower] ValidatorSet totalVotingPower
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ValidatorSet.
                 * @memberof cometbft.types.v1
                 * @interface IValidatorSet
                 * @augments cometbft.types.v1.ValidatorSet.$Properties
                 * @deprecated Use cometbft.types.v1.ValidatorSet.$Properties instead.
                 */

                /**
                 * Shape of a ValidatorSet.
                 * @typedef {{
                 *   validators?: Array.<cometbft.types.v1.Validator.$Shape>|null;
                 *   proposer?: cometbft.types.v1.Validator.$Shape|null;
                 *   totalVotingPower?: number|Long|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cometbft.types.v1.ValidatorSet.$Shape
                 */

                /**
                 * Constructs a new ValidatorSet.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a ValidatorSet.
                 * @constructor
                 * @param {cometbft.types.v1.ValidatorSet.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ValidatorSet = function (properties) {
                    this.validators = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ValidatorSet validators.
                 * @member {Array.<cometbft.types.v1.Validator.$Properties>} validators
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @instance
                 */
                ValidatorSet.prototype.validators = $util.emptyArray;

                /**
                 * ValidatorSet proposer.
                 * @member {cometbft.types.v1.Validator.$Properties|null|undefined} proposer
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @instance
                 */
                ValidatorSet.prototype.proposer = null;

                /**
                 * ValidatorSet totalVotingPower.
                 * @member {number|Long} totalVotingPower
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @instance
                 */
                ValidatorSet.prototype.totalVotingPower = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new ValidatorSet instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {cometbft.types.v1.ValidatorSet.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.ValidatorSet} ValidatorSet instance
                 * @type {{
                 *   (properties: cometbft.types.v1.ValidatorSet.$Shape): cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape;
                 *   (properties?: cometbft.types.v1.ValidatorSet.$Properties): cometbft.types.v1.ValidatorSet;
                 * }}
                 */
                ValidatorSet.create = function(properties) {
                    return new ValidatorSet(properties);
                };

                /**
                 * Encodes the specified ValidatorSet message. Does not implicitly {@link cometbft.types.v1.ValidatorSet.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {cometbft.types.v1.ValidatorSet.$Properties} message ValidatorSet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValidatorSet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.validators != null && message.validators.length)
                        for (let i = 0; i < message.validators.length; ++i)
                            $root.cometbft.types.v1.Validator.encode(message.validators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                        $root.cometbft.types.v1.Validator.encode(message.proposer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.totalVotingPower != null && $Object.hasOwnProperty.call(message, "totalVotingPower") && (typeof message.totalVotingPower === "object" ? message.totalVotingPower.low || message.totalVotingPower.high : message.totalVotingPower !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.totalVotingPower);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ValidatorSet message, length delimited. Does not implicitly {@link cometbft.types.v1.ValidatorSet.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {cometbft.types.v1.ValidatorSet.$Properties} message ValidatorSet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValidatorSet.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValidatorSet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.ValidatorSet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.validators && message.validators.length))
                                    message.validators = [];
                                message.validators.push($root.cometbft.types.v1.Validator.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.proposer = $root.cometbft.types.v1.Validator.decode(reader, reader.size(), $undefined, _depth + 1, message.proposer);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalVotingPower = value;
                                else
                                    delete message.totalVotingPower;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ValidatorSet message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.ValidatorSet & cometbft.types.v1.ValidatorSet.$Shape} ValidatorSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValidatorSet.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ValidatorSet message.
                 * @function verify
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ValidatorSet.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.validators != null && $Object.hasOwnProperty.call(message, "validators")) {
                        if (!$Array.isArray(message.validators))
                            return "validators: array expected";
                        for (let i = 0; i < message.validators.length; ++i) {
                            let error = $root.cometbft.types.v1.Validator.verify(message.validators[i], _depth + 1);
                            if (error)
                                return "validators." + error;
                        }
                    }
                    if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer")) {
                        let error = $root.cometbft.types.v1.Validator.verify(message.proposer, _depth + 1);
                        if (error)
                            return "proposer." + error;
                    }
                    if (message.totalVotingPower != null && $Object.hasOwnProperty.call(message, "totalVotingPower"))
                        if (!$util.isInteger(message.totalVotingPower) && !(message.totalVotingPower && $util.isInteger(message.totalVotingPower.low) && $util.isInteger(message.totalVotingPower.high)))
                            return "totalVotingPower: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ValidatorSet message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.ValidatorSet} ValidatorSet
                 */
                ValidatorSet.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.ValidatorSet)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.ValidatorSet: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.ValidatorSet();
                    if (object.validators) {
                        if (!$Array.isArray(object.validators))
                            throw $TypeError(".cometbft.types.v1.ValidatorSet.validators: array expected");
                        message.validators = $Array(object.validators.length);
                        for (let i = 0; i < object.validators.length; ++i) {
                            if (!$util.isObject(object.validators[i]))
                                throw $TypeError(".cometbft.types.v1.ValidatorSet.validators: object expected");
                            message.validators[i] = $root.cometbft.types.v1.Validator.fromObject(object.validators[i], _depth + 1);
                        }
                    }
                    if (object.proposer != null) {
                        if (!$util.isObject(object.proposer))
                            throw $TypeError(".cometbft.types.v1.ValidatorSet.proposer: object expected");
                        message.proposer = $root.cometbft.types.v1.Validator.fromObject(object.proposer, _depth + 1);
                    }
                    if (object.totalVotingPower != null)
                        if (typeof object.totalVotingPower === "object" ? object.totalVotingPower.low || object.totalVotingPower.high : $Number(object.totalVotingPower) !== 0)
                            if ($util.Long)
                                message.totalVotingPower = $util.Long.fromValue(object.totalVotingPower, false);
                            else if (typeof object.totalVotingPower === "string")
                                message.totalVotingPower = $parseInt(object.totalVotingPower, 10);
                            else if (typeof object.totalVotingPower === "number")
                                message.totalVotingPower = object.totalVotingPower;
                            else if (typeof object.totalVotingPower === "object")
                                message.totalVotingPower = new $util.LongBits(object.totalVotingPower.low >>> 0, object.totalVotingPower.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a ValidatorSet message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {cometbft.types.v1.ValidatorSet} message ValidatorSet
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ValidatorSet.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.validators = [];
                    if (options.defaults) {
                        object.proposer = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.totalVotingPower = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalVotingPower = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.validators && message.validators.length) {
                        object.validators = $Array(message.validators.length);
                        for (let j = 0; j < message.validators.length; ++j)
                            object.validators[j] = $root.cometbft.types.v1.Validator.toObject(message.validators[j], options, _depth + 1);
                    }
                    if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                        object.proposer = $root.cometbft.types.v1.Validator.toObject(message.proposer, options, _depth + 1);
                    if (message.totalVotingPower != null && $Object.hasOwnProperty.call(message, "totalVotingPower"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalVotingPower = typeof message.totalVotingPower === "number" ? $BigInt(message.totalVotingPower) : $util.Long.fromBits(message.totalVotingPower.low >>> 0, message.totalVotingPower.high >>> 0, false).toBigInt();
                        else if (typeof message.totalVotingPower === "number")
                            object.totalVotingPower = options.longs === $String ? $String(message.totalVotingPower) : message.totalVotingPower;
                        else
                            object.totalVotingPower = options.longs === $String ? $util.Long.prototype.toString.call(message.totalVotingPower) : options.longs === $Number ? new $util.LongBits(message.totalVotingPower.low >>> 0, message.totalVotingPower.high >>> 0).toNumber() : message.totalVotingPower;
                    return object;
                };

                /**
                 * Converts this ValidatorSet to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ValidatorSet.prototype.toJSON = function() {
                    return ValidatorSet.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ValidatorSet
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.ValidatorSet
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ValidatorSet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.ValidatorSet";
                };

                return ValidatorSet;
            })();

            v1.Validator = (function() {

                /**
                 * Properties of a Validator.
                 * @typedef {Object} cometbft.types.v1.Validator.$Properties
                 * @property {Uint8Array|null} [address] Validator address
                 * @property {cometbft.crypto.v1.PublicKey.$Properties|null} [pubKey] Validator pubKey
                 * @property {number|Long|null} [votingPower] Validator votingPower
                 * @property {number|Long|null} [proposerPriority] Validator proposerPriority
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Validator.
                 * @memberof cometbft.types.v1
                 * @interface IValidator
                 * @augments cometbft.types.v1.Validator.$Properties
                 * @deprecated Use cometbft.types.v1.Validator.$Properties instead.
                 */

                /**
                 * Shape of a Validator.
                 * @typedef {{
                 *   address?: Uint8Array|null;
                 *   pubKey?: cometbft.crypto.v1.PublicKey.$Shape|null;
                 *   votingPower?: number|Long|null;
                 *   proposerPriority?: number|Long|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cometbft.types.v1.Validator.$Shape
                 */

                /**
                 * Constructs a new Validator.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a Validator.
                 * @constructor
                 * @param {cometbft.types.v1.Validator.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Validator = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Validator address.
                 * @member {Uint8Array} address
                 * @memberof cometbft.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.address = $util.newBuffer([]);

                /**
                 * Validator pubKey.
                 * @member {cometbft.crypto.v1.PublicKey.$Properties|null|undefined} pubKey
                 * @memberof cometbft.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.pubKey = null;

                /**
                 * Validator votingPower.
                 * @member {number|Long} votingPower
                 * @memberof cometbft.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.votingPower = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Validator proposerPriority.
                 * @member {number|Long} proposerPriority
                 * @memberof cometbft.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.proposerPriority = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Validator instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {cometbft.types.v1.Validator.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.Validator} Validator instance
                 * @type {{
                 *   (properties: cometbft.types.v1.Validator.$Shape): cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape;
                 *   (properties?: cometbft.types.v1.Validator.$Properties): cometbft.types.v1.Validator;
                 * }}
                 */
                Validator.create = function(properties) {
                    return new Validator(properties);
                };

                /**
                 * Encodes the specified Validator message. Does not implicitly {@link cometbft.types.v1.Validator.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {cometbft.types.v1.Validator.$Properties} message Validator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Validator.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.address);
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        $root.cometbft.crypto.v1.PublicKey.encode(message.pubKey, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower") && (typeof message.votingPower === "object" ? message.votingPower.low || message.votingPower.high : message.votingPower !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.votingPower);
                    if (message.proposerPriority != null && $Object.hasOwnProperty.call(message, "proposerPriority") && (typeof message.proposerPriority === "object" ? message.proposerPriority.low || message.proposerPriority.high : message.proposerPriority !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.proposerPriority);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Validator message, length delimited. Does not implicitly {@link cometbft.types.v1.Validator.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {cometbft.types.v1.Validator.$Properties} message Validator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Validator.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Validator message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape} Validator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Validator.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.Validator();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pubKey = $root.cometbft.crypto.v1.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.pubKey);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.votingPower = value;
                                else
                                    delete message.votingPower;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.proposerPriority = value;
                                else
                                    delete message.proposerPriority;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Validator message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.Validator & cometbft.types.v1.Validator.$Shape} Validator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Validator.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Validator message.
                 * @function verify
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Validator.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        if (!(message.address && typeof message.address.length === "number" || $util.isString(message.address)))
                            return "address: buffer expected";
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey")) {
                        let error = $root.cometbft.crypto.v1.PublicKey.verify(message.pubKey, _depth + 1);
                        if (error)
                            return "pubKey." + error;
                    }
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower"))
                        if (!$util.isInteger(message.votingPower) && !(message.votingPower && $util.isInteger(message.votingPower.low) && $util.isInteger(message.votingPower.high)))
                            return "votingPower: integer|Long expected";
                    if (message.proposerPriority != null && $Object.hasOwnProperty.call(message, "proposerPriority"))
                        if (!$util.isInteger(message.proposerPriority) && !(message.proposerPriority && $util.isInteger(message.proposerPriority.low) && $util.isInteger(message.proposerPriority.high)))
                            return "proposerPriority: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Validator message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.Validator} Validator
                 */
                Validator.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.Validator)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.Validator: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.Validator();
                    if (object.address != null)
                        if (object.address.length)
                            if (typeof object.address === "string")
                                $util.base64.decode(object.address, message.address = $util.newBuffer($util.base64.length(object.address)), 0);
                            else if (object.address.length >= 0)
                                message.address = object.address;
                    if (object.pubKey != null) {
                        if (!$util.isObject(object.pubKey))
                            throw $TypeError(".cometbft.types.v1.Validator.pubKey: object expected");
                        message.pubKey = $root.cometbft.crypto.v1.PublicKey.fromObject(object.pubKey, _depth + 1);
                    }
                    if (object.votingPower != null)
                        if (typeof object.votingPower === "object" ? object.votingPower.low || object.votingPower.high : $Number(object.votingPower) !== 0)
                            if ($util.Long)
                                message.votingPower = $util.Long.fromValue(object.votingPower, false);
                            else if (typeof object.votingPower === "string")
                                message.votingPower = $parseInt(object.votingPower, 10);
                            else if (typeof object.votingPower === "number")
                                message.votingPower = object.votingPower;
                            else if (typeof object.votingPower === "object")
                                message.votingPower = new $util.LongBits(object.votingPower.low >>> 0, object.votingPower.high >>> 0).toNumber();
                    if (object.proposerPriority != null)
                        if (typeof object.proposerPriority === "object" ? object.proposerPriority.low || object.proposerPriority.high : $Number(object.proposerPriority) !== 0)
                            if ($util.Long)
                                message.proposerPriority = $util.Long.fromValue(object.proposerPriority, false);
                            else if (typeof object.proposerPriority === "string")
                                message.proposerPriority = $parseInt(object.proposerPriority, 10);
                            else if (typeof object.proposerPriority === "number")
                                message.proposerPriority = object.proposerPriority;
                            else if (typeof object.proposerPriority === "object")
                                message.proposerPriority = new $util.LongBits(object.proposerPriority.low >>> 0, object.proposerPriority.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Validator message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {cometbft.types.v1.Validator} message Validator
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Validator.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.address = "";
                        else {
                            object.address = [];
                            if (options.bytes !== $Array)
                                object.address = $util.newBuffer(object.address);
                        }
                        object.pubKey = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.votingPower = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.votingPower = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.proposerPriority = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.proposerPriority = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = options.bytes === $String ? $util.base64.encode(message.address, 0, message.address.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.address) : message.address;
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        object.pubKey = $root.cometbft.crypto.v1.PublicKey.toObject(message.pubKey, options, _depth + 1);
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.votingPower = typeof message.votingPower === "number" ? $BigInt(message.votingPower) : $util.Long.fromBits(message.votingPower.low >>> 0, message.votingPower.high >>> 0, false).toBigInt();
                        else if (typeof message.votingPower === "number")
                            object.votingPower = options.longs === $String ? $String(message.votingPower) : message.votingPower;
                        else
                            object.votingPower = options.longs === $String ? $util.Long.prototype.toString.call(message.votingPower) : options.longs === $Number ? new $util.LongBits(message.votingPower.low >>> 0, message.votingPower.high >>> 0).toNumber() : message.votingPower;
                    if (message.proposerPriority != null && $Object.hasOwnProperty.call(message, "proposerPriority"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.proposerPriority = typeof message.proposerPriority === "number" ? $BigInt(message.proposerPriority) : $util.Long.fromBits(message.proposerPriority.low >>> 0, message.proposerPriority.high >>> 0, false).toBigInt();
                        else if (typeof message.proposerPriority === "number")
                            object.proposerPriority = options.longs === $String ? $String(message.proposerPriority) : message.proposerPriority;
                        else
                            object.proposerPriority = options.longs === $String ? $util.Long.prototype.toString.call(message.proposerPriority) : options.longs === $Number ? new $util.LongBits(message.proposerPriority.low >>> 0, message.proposerPriority.high >>> 0).toNumber() : message.proposerPriority;
                    return object;
                };

                /**
                 * Converts this Validator to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.Validator
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Validator.prototype.toJSON = function() {
                    return Validator.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Validator
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.Validator
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Validator.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.Validator";
                };

                return Validator;
            })();

            v1.SimpleValidator = (function() {

                /**
                 * Properties of a SimpleValidator.
                 * @typedef {Object} cometbft.types.v1.SimpleValidator.$Properties
                 * @property {cometbft.crypto.v1.PublicKey.$Properties|null} [pubKey] SimpleValidator pubKey
                 * @property {number|Long|null} [votingPower] SimpleValidator votingPower
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SimpleValidator.
                 * @memberof cometbft.types.v1
                 * @interface ISimpleValidator
                 * @augments cometbft.types.v1.SimpleValidator.$Properties
                 * @deprecated Use cometbft.types.v1.SimpleValidator.$Properties instead.
                 */

                /**
                 * Shape of a SimpleValidator.
                 * @typedef {{
                 *   pubKey?: cometbft.crypto.v1.PublicKey.$Shape|null;
                 *   votingPower?: number|Long|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cometbft.types.v1.SimpleValidator.$Shape
                 */

                /**
                 * Constructs a new SimpleValidator.
                 * @memberof cometbft.types.v1
                 * @classdesc Represents a SimpleValidator.
                 * @constructor
                 * @param {cometbft.types.v1.SimpleValidator.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SimpleValidator = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SimpleValidator pubKey.
                 * @member {cometbft.crypto.v1.PublicKey.$Properties|null|undefined} pubKey
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @instance
                 */
                SimpleValidator.prototype.pubKey = null;

                /**
                 * SimpleValidator votingPower.
                 * @member {number|Long} votingPower
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @instance
                 */
                SimpleValidator.prototype.votingPower = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new SimpleValidator instance using the specified properties.
                 * @function create
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {cometbft.types.v1.SimpleValidator.$Properties=} [properties] Properties to set
                 * @returns {cometbft.types.v1.SimpleValidator} SimpleValidator instance
                 * @type {{
                 *   (properties: cometbft.types.v1.SimpleValidator.$Shape): cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape;
                 *   (properties?: cometbft.types.v1.SimpleValidator.$Properties): cometbft.types.v1.SimpleValidator;
                 * }}
                 */
                SimpleValidator.create = function(properties) {
                    return new SimpleValidator(properties);
                };

                /**
                 * Encodes the specified SimpleValidator message. Does not implicitly {@link cometbft.types.v1.SimpleValidator.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {cometbft.types.v1.SimpleValidator.$Properties} message SimpleValidator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SimpleValidator.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        $root.cometbft.crypto.v1.PublicKey.encode(message.pubKey, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower") && (typeof message.votingPower === "object" ? message.votingPower.low || message.votingPower.high : message.votingPower !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.votingPower);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SimpleValidator message, length delimited. Does not implicitly {@link cometbft.types.v1.SimpleValidator.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {cometbft.types.v1.SimpleValidator.$Properties} message SimpleValidator message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SimpleValidator.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SimpleValidator message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape} SimpleValidator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SimpleValidator.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.types.v1.SimpleValidator();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.pubKey = $root.cometbft.crypto.v1.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.pubKey);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.votingPower = value;
                                else
                                    delete message.votingPower;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SimpleValidator message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.types.v1.SimpleValidator & cometbft.types.v1.SimpleValidator.$Shape} SimpleValidator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SimpleValidator.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SimpleValidator message.
                 * @function verify
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SimpleValidator.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey")) {
                        let error = $root.cometbft.crypto.v1.PublicKey.verify(message.pubKey, _depth + 1);
                        if (error)
                            return "pubKey." + error;
                    }
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower"))
                        if (!$util.isInteger(message.votingPower) && !(message.votingPower && $util.isInteger(message.votingPower.low) && $util.isInteger(message.votingPower.high)))
                            return "votingPower: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SimpleValidator message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.types.v1.SimpleValidator} SimpleValidator
                 */
                SimpleValidator.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.types.v1.SimpleValidator)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.types.v1.SimpleValidator: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.types.v1.SimpleValidator();
                    if (object.pubKey != null) {
                        if (!$util.isObject(object.pubKey))
                            throw $TypeError(".cometbft.types.v1.SimpleValidator.pubKey: object expected");
                        message.pubKey = $root.cometbft.crypto.v1.PublicKey.fromObject(object.pubKey, _depth + 1);
                    }
                    if (object.votingPower != null)
                        if (typeof object.votingPower === "object" ? object.votingPower.low || object.votingPower.high : $Number(object.votingPower) !== 0)
                            if ($util.Long)
                                message.votingPower = $util.Long.fromValue(object.votingPower, false);
                            else if (typeof object.votingPower === "string")
                                message.votingPower = $parseInt(object.votingPower, 10);
                            else if (typeof object.votingPower === "number")
                                message.votingPower = object.votingPower;
                            else if (typeof object.votingPower === "object")
                                message.votingPower = new $util.LongBits(object.votingPower.low >>> 0, object.votingPower.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a SimpleValidator message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {cometbft.types.v1.SimpleValidator} message SimpleValidator
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SimpleValidator.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.pubKey = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.votingPower = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.votingPower = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        object.pubKey = $root.cometbft.crypto.v1.PublicKey.toObject(message.pubKey, options, _depth + 1);
                    if (message.votingPower != null && $Object.hasOwnProperty.call(message, "votingPower"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.votingPower = typeof message.votingPower === "number" ? $BigInt(message.votingPower) : $util.Long.fromBits(message.votingPower.low >>> 0, message.votingPower.high >>> 0, false).toBigInt();
                        else if (typeof message.votingPower === "number")
                            object.votingPower = options.longs === $String ? $String(message.votingPower) : message.votingPower;
                        else
                            object.votingPower = options.longs === $String ? $util.Long.prototype.toString.call(message.votingPower) : options.longs === $Number ? new $util.LongBits(message.votingPower.low >>> 0, message.votingPower.high >>> 0).toNumber() : message.votingPower;
                    return object;
                };

                /**
                 * Converts this SimpleValidator to JSON.
                 * @function toJSON
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SimpleValidator.prototype.toJSON = function() {
                    return SimpleValidator.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SimpleValidator
                 * @function getTypeUrl
                 * @memberof cometbft.types.v1.SimpleValidator
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SimpleValidator.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.types.v1.SimpleValidator";
                };

                return SimpleValidator;
            })();

            return v1;
        })();

        return types;
    })();

    cometbft.version = (function() {

        /**
         * Namespace version.
         * @memberof cometbft
         * @namespace
         */
        const version = {};

        version.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cometbft.version
             * @namespace
             */
            const v1 = {};

            v1.Consensus = (function() {

                /**
                 * Properties of a Consensus.
                 * @typedef {Object} cometbft.version.v1.Consensus.$Properties
                 * @property {number|Long|null} [block] Consensus block
                 * @property {number|Long|null} [app] Consensus app
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Consensus.
                 * @memberof cometbft.version.v1
                 * @interface IConsensus
                 * @augments cometbft.version.v1.Consensus.$Properties
                 * @deprecated Use cometbft.version.v1.Consensus.$Properties instead.
                 */

                /**
                 * Shape of a Consensus.
                 * @typedef {cometbft.version.v1.Consensus.$Properties} cometbft.version.v1.Consensus.$Shape
                 */

                /**
                 * Constructs a new Consensus.
                 * @memberof cometbft.version.v1
                 * @classdesc Represents a Consensus.
                 * @constructor
                 * @param {cometbft.version.v1.Consensus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Consensus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Consensus block.
                 * @member {number|Long} block
                 * @memberof cometbft.version.v1.Consensus
                 * @instance
                 */
                Consensus.prototype.block = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Consensus app.
                 * @member {number|Long} app
                 * @memberof cometbft.version.v1.Consensus
                 * @instance
                 */
                Consensus.prototype.app = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Consensus instance using the specified properties.
                 * @function create
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {cometbft.version.v1.Consensus.$Properties=} [properties] Properties to set
                 * @returns {cometbft.version.v1.Consensus} Consensus instance
                 * @type {{
                 *   (properties: cometbft.version.v1.Consensus.$Shape): cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape;
                 *   (properties?: cometbft.version.v1.Consensus.$Properties): cometbft.version.v1.Consensus;
                 * }}
                 */
                Consensus.create = function(properties) {
                    return new Consensus(properties);
                };

                /**
                 * Encodes the specified Consensus message. Does not implicitly {@link cometbft.version.v1.Consensus.verify|verify} messages.
                 * @function encode
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {cometbft.version.v1.Consensus.$Properties} message Consensus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Consensus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.block != null && $Object.hasOwnProperty.call(message, "block") && (typeof message.block === "object" ? message.block.low || message.block.high : message.block !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.block);
                    if (message.app != null && $Object.hasOwnProperty.call(message, "app") && (typeof message.app === "object" ? message.app.low || message.app.high : message.app !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.app);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Consensus message, length delimited. Does not implicitly {@link cometbft.version.v1.Consensus.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {cometbft.version.v1.Consensus.$Properties} message Consensus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Consensus.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Consensus message from the specified reader or buffer.
                 * @function decode
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape} Consensus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Consensus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cometbft.version.v1.Consensus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.block = value;
                                else
                                    delete message.block;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.app = value;
                                else
                                    delete message.app;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Consensus message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cometbft.version.v1.Consensus & cometbft.version.v1.Consensus.$Shape} Consensus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Consensus.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Consensus message.
                 * @function verify
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Consensus.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                        if (!$util.isInteger(message.block) && !(message.block && $util.isInteger(message.block.low) && $util.isInteger(message.block.high)))
                            return "block: integer|Long expected";
                    if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                        if (!$util.isInteger(message.app) && !(message.app && $util.isInteger(message.app.low) && $util.isInteger(message.app.high)))
                            return "app: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Consensus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cometbft.version.v1.Consensus} Consensus
                 */
                Consensus.fromObject = function (object, _depth) {
                    if (object instanceof $root.cometbft.version.v1.Consensus)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cometbft.version.v1.Consensus: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cometbft.version.v1.Consensus();
                    if (object.block != null)
                        if (typeof object.block === "object" ? object.block.low || object.block.high : $Number(object.block) !== 0)
                            if ($util.Long)
                                message.block = $util.Long.fromValue(object.block, true);
                            else if (typeof object.block === "string")
                                message.block = $parseInt(object.block, 10);
                            else if (typeof object.block === "number")
                                message.block = object.block;
                            else if (typeof object.block === "object")
                                message.block = new $util.LongBits(object.block.low >>> 0, object.block.high >>> 0).toNumber(true);
                    if (object.app != null)
                        if (typeof object.app === "object" ? object.app.low || object.app.high : $Number(object.app) !== 0)
                            if ($util.Long)
                                message.app = $util.Long.fromValue(object.app, true);
                            else if (typeof object.app === "string")
                                message.app = $parseInt(object.app, 10);
                            else if (typeof object.app === "number")
                                message.app = object.app;
                            else if (typeof object.app === "object")
                                message.app = new $util.LongBits(object.app.low >>> 0, object.app.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Consensus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {cometbft.version.v1.Consensus} message Consensus
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Consensus.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.block = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.block = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.app = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.app = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.block = typeof message.block === "number" ? $BigInt(message.block) : $util.Long.fromBits(message.block.low >>> 0, message.block.high >>> 0, true).toBigInt();
                        else if (typeof message.block === "number")
                            object.block = options.longs === $String ? $String(message.block) : message.block;
                        else
                            object.block = options.longs === $String ? $util.Long.prototype.toString.call(message.block) : options.longs === $Number ? new $util.LongBits(message.block.low >>> 0, message.block.high >>> 0).toNumber(true) : message.block;
                    if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.app = typeof message.app === "number" ? $BigInt(message.app) : $util.Long.fromBits(message.app.low >>> 0, message.app.high >>> 0, true).toBigInt();
                        else if (typeof message.app === "number")
                            object.app = options.longs === $String ? $String(message.app) : message.app;
                        else
                            object.app = options.longs === $String ? $util.Long.prototype.toString.call(message.app) : options.longs === $Number ? new $util.LongBits(message.app.low >>> 0, message.app.high >>> 0).toNumber(true) : message.app;
                    return object;
                };

                /**
                 * Converts this Consensus to JSON.
                 * @function toJSON
                 * @memberof cometbft.version.v1.Consensus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Consensus.prototype.toJSON = function() {
                    return Consensus.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Consensus
                 * @function getTypeUrl
                 * @memberof cometbft.version.v1.Consensus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Consensus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cometbft.version.v1.Consensus";
                };

                return Consensus;
            })();

            return v1;
        })();

        return version;
    })();

    return cometbft;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
