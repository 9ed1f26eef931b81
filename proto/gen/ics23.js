/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["ics23"] || ($protobuf.roots["ics23"] = {});

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.ics23 = (function() {

        /**
         * Namespace ics23.
         * @memberof cosmos
         * @namespace
         */
        const ics23 = {};

        ics23.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cosmos.ics23
             * @namespace
             */
            const v1 = {};

            /**
             * HashOp enum.
             * @name cosmos.ics23.v1.HashOp
             * @enum {number}
             * @property {number} NO_HASH=0 NO_HASH value
             * @property {number} SHA256=1 SHA256 value
             * @property {number} SHA512=2 SHA512 value
             * @property {number} KECCAK256=3 KECCAK256 value
             * @property {number} RIPEMD160=4 RIPEMD160 value
             * @property {number} BITCOIN=5 BITCOIN value
             * @property {number} SHA512_256=6 SHA512_256 value
             * @property {number} BLAKE2B_512=7 BLAKE2B_512 value
             * @property {number} BLAKE2S_256=8 BLAKE2S_256 value
             * @property {number} BLAKE3=9 BLAKE3 value
             */
            v1.HashOp = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NO_HASH"] = 0;
                values[valuesById[1] = "SHA256"] = 1;
                values[valuesById[2] = "SHA512"] = 2;
                values[valuesById[3] = "KECCAK256"] = 3;
                values[valuesById[4] = "RIPEMD160"] = 4;
                values[valuesById[5] = "BITCOIN"] = 5;
                values[valuesById[6] = "SHA512_256"] = 6;
                values[valuesById[7] = "BLAKE2B_512"] = 7;
                values[valuesById[8] = "BLAKE2S_256"] = 8;
                values[valuesById[9] = "BLAKE3"] = 9;
                return values;
            })();

            /**
             * LengthOp enum.
             * @name cosmos.ics23.v1.LengthOp
             * @enum {number}
             * @property {number} NO_PREFIX=0 NO_PREFIX value
             * @property {number} VAR_PROTO=1 VAR_PROTO value
             * @property {number} VAR_RLP=2 VAR_RLP value
             * @property {number} FIXED32_BIG=3 FIXED32_BIG value
             * @property {number} FIXED32_LITTLE=4 FIXED32_LITTLE value
             * @property {number} FIXED64_BIG=5 FIXED64_BIG value
             * @property {number} FIXED64_LITTLE=6 FIXED64_LITTLE value
             * @property {number} REQUIRE_32_BYTES=7 REQUIRE_32_BYTES value
             * @property {number} REQUIRE_64_BYTES=8 REQUIRE_64_BYTES value
             */
            v1.LengthOp = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NO_PREFIX"] = 0;
                values[valuesById[1] = "VAR_PROTO"] = 1;
                values[valuesById[2] = "VAR_RLP"] = 2;
                values[valuesById[3] = "FIXED32_BIG"] = 3;
                values[valuesById[4] = "FIXED32_LITTLE"] = 4;
                values[valuesById[5] = "FIXED64_BIG"] = 5;
                values[valuesById[6] = "FIXED64_LITTLE"] = 6;
                values[valuesById[7] = "REQUIRE_32_BYTES"] = 7;
                values[valuesById[8] = "REQUIRE_64_BYTES"] = 8;
                return values;
            })();

            v1.ExistenceProof = (function() {

                /**
                 * Properties of an ExistenceProof.
                 * @typedef {Object} cosmos.ics23.v1.ExistenceProof.$Properties
                 * @property {Uint8Array|null} [key] ExistenceProof key
                 * @property {Uint8Array|null} [value] ExistenceProof value
                 * @property {cosmos.ics23.v1.LeafOp.$Properties|null} [leaf] ExistenceProof leaf
                 * @property {Array.<cosmos.ics23.v1.InnerOp.$Properties>|null} [path] ExistenceProof path
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @interface IExistenceProof
                 * @augments cosmos.ics23.v1.ExistenceProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.ExistenceProof.$Properties instead.
                 */

                /**
                 * Shape of an ExistenceProof.
                 * @typedef {cosmos.ics23.v1.ExistenceProof.$Properties} cosmos.ics23.v1.ExistenceProof.$Shape
                 */

                /**
                 * Constructs a new ExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents an ExistenceProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.ExistenceProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExistenceProof = function (properties) {
                    this.path = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExistenceProof key.
                 * @member {Uint8Array} key
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @instance
                 */
                ExistenceProof.prototype.key = $util.newBuffer([]);

                /**
                 * ExistenceProof value.
                 * @member {Uint8Array} value
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @instance
                 */
                ExistenceProof.prototype.value = $util.newBuffer([]);

                /**
                 * ExistenceProof leaf.
                 * @member {cosmos.ics23.v1.LeafOp.$Properties|null|undefined} leaf
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @instance
                 */
                ExistenceProof.prototype.leaf = null;

                /**
                 * ExistenceProof path.
                 * @member {Array.<cosmos.ics23.v1.InnerOp.$Properties>} path
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @instance
                 */
                ExistenceProof.prototype.path = $util.emptyArray;

                /**
                 * Creates a new ExistenceProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.ExistenceProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.ExistenceProof} ExistenceProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.ExistenceProof.$Shape): cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.ExistenceProof.$Properties): cosmos.ics23.v1.ExistenceProof;
                 * }}
                 */
                ExistenceProof.create = function(properties) {
                    return new ExistenceProof(properties);
                };

                /**
                 * Encodes the specified ExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.ExistenceProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.ExistenceProof.$Properties} message ExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExistenceProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf"))
                        $root.cosmos.ics23.v1.LeafOp.encode(message.leaf, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.path != null && message.path.length)
                        for (let i = 0; i < message.path.length; ++i)
                            $root.cosmos.ics23.v1.InnerOp.encode(message.path[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ExistenceProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.ExistenceProof.$Properties} message ExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExistenceProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ExistenceProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape} ExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExistenceProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.ExistenceProof();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.leaf = $root.cosmos.ics23.v1.LeafOp.decode(reader, reader.size(), $undefined, _depth + 1, message.leaf);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                message.path.push($root.cosmos.ics23.v1.InnerOp.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes an ExistenceProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ExistenceProof & cosmos.ics23.v1.ExistenceProof.$Shape} ExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExistenceProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ExistenceProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExistenceProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf")) {
                        let error = $root.cosmos.ics23.v1.LeafOp.verify(message.leaf, _depth + 1);
                        if (error)
                            return "leaf." + error;
                    }
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path")) {
                        if (!$Array.isArray(message.path))
                            return "path: array expected";
                        for (let i = 0; i < message.path.length; ++i) {
                            let error = $root.cosmos.ics23.v1.InnerOp.verify(message.path[i], _depth + 1);
                            if (error)
                                return "path." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an ExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.ExistenceProof} ExistenceProof
                 */
                ExistenceProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.ExistenceProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.ExistenceProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.ExistenceProof();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    if (object.leaf != null) {
                        if (!$util.isObject(object.leaf))
                            throw $TypeError(".cosmos.ics23.v1.ExistenceProof.leaf: object expected");
                        message.leaf = $root.cosmos.ics23.v1.LeafOp.fromObject(object.leaf, _depth + 1);
                    }
                    if (object.path) {
                        if (!$Array.isArray(object.path))
                            throw $TypeError(".cosmos.ics23.v1.ExistenceProof.path: array expected");
                        message.path = $Array(object.path.length);
                        for (let i = 0; i < object.path.length; ++i) {
                            if (!$util.isObject(object.path[i]))
                                throw $TypeError(".cosmos.ics23.v1.ExistenceProof.path: object expected");
                            message.path[i] = $root.cosmos.ics23.v1.InnerOp.fromObject(object.path[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ExistenceProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.ExistenceProof} message ExistenceProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExistenceProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.path = [];
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                        object.leaf = null;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf"))
                        object.leaf = $root.cosmos.ics23.v1.LeafOp.toObject(message.leaf, options, _depth + 1);
                    if (message.path && message.path.length) {
                        object.path = $Array(message.path.length);
                        for (let j = 0; j < message.path.length; ++j)
                            object.path[j] = $root.cosmos.ics23.v1.InnerOp.toObject(message.path[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ExistenceProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExistenceProof.prototype.toJSON = function() {
                    return ExistenceProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExistenceProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.ExistenceProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExistenceProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.ExistenceProof";
                };

                return ExistenceProof;
            })();

            v1.NonExistenceProof = (function() {

                /**
                 * Properties of a NonExistenceProof.
                 * @typedef {Object} cosmos.ics23.v1.NonExistenceProof.$Properties
                 * @property {Uint8Array|null} [key] NonExistenceProof key
                 * @property {cosmos.ics23.v1.ExistenceProof.$Properties|null} [left] NonExistenceProof left
                 * @property {cosmos.ics23.v1.ExistenceProof.$Properties|null} [right] NonExistenceProof right
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NonExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @interface INonExistenceProof
                 * @augments cosmos.ics23.v1.NonExistenceProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.NonExistenceProof.$Properties instead.
                 */

                /**
                 * Shape of a NonExistenceProof.
                 * @typedef {cosmos.ics23.v1.NonExistenceProof.$Properties} cosmos.ics23.v1.NonExistenceProof.$Shape
                 */

                /**
                 * Constructs a new NonExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a NonExistenceProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.NonExistenceProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NonExistenceProof = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NonExistenceProof key.
                 * @member {Uint8Array} key
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @instance
                 */
                NonExistenceProof.prototype.key = $util.newBuffer([]);

                /**
                 * NonExistenceProof left.
                 * @member {cosmos.ics23.v1.ExistenceProof.$Properties|null|undefined} left
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @instance
                 */
                NonExistenceProof.prototype.left = null;

                /**
                 * NonExistenceProof right.
                 * @member {cosmos.ics23.v1.ExistenceProof.$Properties|null|undefined} right
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @instance
                 */
                NonExistenceProof.prototype.right = null;

                /**
                 * Creates a new NonExistenceProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.NonExistenceProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.NonExistenceProof} NonExistenceProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.NonExistenceProof.$Shape): cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.NonExistenceProof.$Properties): cosmos.ics23.v1.NonExistenceProof;
                 * }}
                 */
                NonExistenceProof.create = function(properties) {
                    return new NonExistenceProof(properties);
                };

                /**
                 * Encodes the specified NonExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.NonExistenceProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.NonExistenceProof.$Properties} message NonExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonExistenceProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                        $root.cosmos.ics23.v1.ExistenceProof.encode(message.left, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        $root.cosmos.ics23.v1.ExistenceProof.encode(message.right, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified NonExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.NonExistenceProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.NonExistenceProof.$Properties} message NonExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonExistenceProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a NonExistenceProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape} NonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonExistenceProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.NonExistenceProof();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.left = $root.cosmos.ics23.v1.ExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.left);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.right = $root.cosmos.ics23.v1.ExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.right);
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
                 * Decodes a NonExistenceProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.NonExistenceProof & cosmos.ics23.v1.NonExistenceProof.$Shape} NonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonExistenceProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a NonExistenceProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NonExistenceProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left")) {
                        let error = $root.cosmos.ics23.v1.ExistenceProof.verify(message.left, _depth + 1);
                        if (error)
                            return "left." + error;
                    }
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right")) {
                        let error = $root.cosmos.ics23.v1.ExistenceProof.verify(message.right, _depth + 1);
                        if (error)
                            return "right." + error;
                    }
                    return null;
                };

                /**
                 * Creates a NonExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.NonExistenceProof} NonExistenceProof
                 */
                NonExistenceProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.NonExistenceProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.NonExistenceProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.NonExistenceProof();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.left != null) {
                        if (!$util.isObject(object.left))
                            throw $TypeError(".cosmos.ics23.v1.NonExistenceProof.left: object expected");
                        message.left = $root.cosmos.ics23.v1.ExistenceProof.fromObject(object.left, _depth + 1);
                    }
                    if (object.right != null) {
                        if (!$util.isObject(object.right))
                            throw $TypeError(".cosmos.ics23.v1.NonExistenceProof.right: object expected");
                        message.right = $root.cosmos.ics23.v1.ExistenceProof.fromObject(object.right, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a NonExistenceProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.NonExistenceProof} message NonExistenceProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NonExistenceProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        object.left = null;
                        object.right = null;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                        object.left = $root.cosmos.ics23.v1.ExistenceProof.toObject(message.left, options, _depth + 1);
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        object.right = $root.cosmos.ics23.v1.ExistenceProof.toObject(message.right, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this NonExistenceProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NonExistenceProof.prototype.toJSON = function() {
                    return NonExistenceProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NonExistenceProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.NonExistenceProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NonExistenceProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.NonExistenceProof";
                };

                return NonExistenceProof;
            })();

            v1.CommitmentProof = (function() {

                /**
                 * Properties of a CommitmentProof.
                 * @typedef {Object} cosmos.ics23.v1.CommitmentProof.$Properties
                 * @property {cosmos.ics23.v1.ExistenceProof.$Properties|null} [exist] CommitmentProof exist
                 * @property {cosmos.ics23.v1.NonExistenceProof.$Properties|null} [nonexist] CommitmentProof nonexist
                 * @property {cosmos.ics23.v1.BatchProof.$Properties|null} [batch] CommitmentProof batch
                 * @property {cosmos.ics23.v1.CompressedBatchProof.$Properties|null} [compressed] CommitmentProof compressed
                 * @property {"exist"|"nonexist"|"batch"|"compressed"} [proof] CommitmentProof proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitmentProof.
                 * @memberof cosmos.ics23.v1
                 * @interface ICommitmentProof
                 * @augments cosmos.ics23.v1.CommitmentProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.CommitmentProof.$Properties instead.
                 */

                /**
                 * Narrowed shape of a CommitmentProof.
                 * @typedef {{
                 *   exist?: cosmos.ics23.v1.ExistenceProof.$Shape|null;
                 *   nonexist?: cosmos.ics23.v1.NonExistenceProof.$Shape|null;
                 *   batch?: cosmos.ics23.v1.BatchProof.$Shape|null;
                 *   compressed?: cosmos.ics23.v1.CompressedBatchProof.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ proof?: undefined; exist?: null; nonexist?: null; batch?: null; compressed?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.ExistenceProof.$Shape; nonexist?: null; batch?: null; compressed?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.NonExistenceProof.$Shape; batch?: null; compressed?: null }|{ proof?: "batch"; exist?: null; nonexist?: null; batch: cosmos.ics23.v1.BatchProof.$Shape; compressed?: null }|{ proof?: "compressed"; exist?: null; nonexist?: null; batch?: null; compressed: cosmos.ics23.v1.CompressedBatchProof.$Shape })
                 * )} cosmos.ics23.v1.CommitmentProof.$Shape
                 */

                /**
                 * Constructs a new CommitmentProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a CommitmentProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.CommitmentProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommitmentProof = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommitmentProof exist.
                 * @member {cosmos.ics23.v1.ExistenceProof.$Properties|null|undefined} exist
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 */
                CommitmentProof.prototype.exist = null;

                /**
                 * CommitmentProof nonexist.
                 * @member {cosmos.ics23.v1.NonExistenceProof.$Properties|null|undefined} nonexist
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 */
                CommitmentProof.prototype.nonexist = null;

                /**
                 * CommitmentProof batch.
                 * @member {cosmos.ics23.v1.BatchProof.$Properties|null|undefined} batch
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 */
                CommitmentProof.prototype.batch = null;

                /**
                 * CommitmentProof compressed.
                 * @member {cosmos.ics23.v1.CompressedBatchProof.$Properties|null|undefined} compressed
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 */
                CommitmentProof.prototype.compressed = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * CommitmentProof proof.
                 * @member {"exist"|"nonexist"|"batch"|"compressed"|undefined} proof
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 */
                $Object.defineProperty(CommitmentProof.prototype, "proof", {
                    get: $util.oneOfGetter($oneOfFields = ["exist", "nonexist", "batch", "compressed"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new CommitmentProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {cosmos.ics23.v1.CommitmentProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.CommitmentProof} CommitmentProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.CommitmentProof.$Shape): cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.CommitmentProof.$Properties): cosmos.ics23.v1.CommitmentProof;
                 * }}
                 */
                CommitmentProof.create = function(properties) {
                    return new CommitmentProof(properties);
                };

                /**
                 * Encodes the specified CommitmentProof message. Does not implicitly {@link cosmos.ics23.v1.CommitmentProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {cosmos.ics23.v1.CommitmentProof.$Properties} message CommitmentProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitmentProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist"))
                        $root.cosmos.ics23.v1.ExistenceProof.encode(message.exist, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist"))
                        $root.cosmos.ics23.v1.NonExistenceProof.encode(message.nonexist, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                        $root.cosmos.ics23.v1.BatchProof.encode(message.batch, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.compressed != null && $Object.hasOwnProperty.call(message, "compressed"))
                        $root.cosmos.ics23.v1.CompressedBatchProof.encode(message.compressed, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CommitmentProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CommitmentProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {cosmos.ics23.v1.CommitmentProof.$Properties} message CommitmentProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitmentProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CommitmentProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape} CommitmentProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitmentProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.CommitmentProof();
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
                                message.exist = $root.cosmos.ics23.v1.ExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.exist);
                                message.proof = "exist";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.nonexist);
                                message.proof = "nonexist";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.batch = $root.cosmos.ics23.v1.BatchProof.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                                message.proof = "batch";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.compressed = $root.cosmos.ics23.v1.CompressedBatchProof.decode(reader, reader.size(), $undefined, _depth + 1, message.compressed);
                                message.proof = "compressed";
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
                 * Decodes a CommitmentProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CommitmentProof & cosmos.ics23.v1.CommitmentProof.$Shape} CommitmentProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitmentProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CommitmentProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CommitmentProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.ExistenceProof.verify(message.exist, _depth + 1);
                            if (error)
                                return "exist." + error;
                        }
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        if (properties.proof === 1)
                            return "proof: multiple values";
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.NonExistenceProof.verify(message.nonexist, _depth + 1);
                            if (error)
                                return "nonexist." + error;
                        }
                    }
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                        if (properties.proof === 1)
                            return "proof: multiple values";
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.BatchProof.verify(message.batch, _depth + 1);
                            if (error)
                                return "batch." + error;
                        }
                    }
                    if (message.compressed != null && $Object.hasOwnProperty.call(message, "compressed")) {
                        if (properties.proof === 1)
                            return "proof: multiple values";
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.CompressedBatchProof.verify(message.compressed, _depth + 1);
                            if (error)
                                return "compressed." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a CommitmentProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.CommitmentProof} CommitmentProof
                 */
                CommitmentProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.CommitmentProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.CommitmentProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.CommitmentProof();
                    if (object.exist != null) {
                        if (!$util.isObject(object.exist))
                            throw $TypeError(".cosmos.ics23.v1.CommitmentProof.exist: object expected");
                        message.exist = $root.cosmos.ics23.v1.ExistenceProof.fromObject(object.exist, _depth + 1);
                    }
                    if (object.nonexist != null) {
                        if (!$util.isObject(object.nonexist))
                            throw $TypeError(".cosmos.ics23.v1.CommitmentProof.nonexist: object expected");
                        message.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.fromObject(object.nonexist, _depth + 1);
                    }
                    if (object.batch != null) {
                        if (!$util.isObject(object.batch))
                            throw $TypeError(".cosmos.ics23.v1.CommitmentProof.batch: object expected");
                        message.batch = $root.cosmos.ics23.v1.BatchProof.fromObject(object.batch, _depth + 1);
                    }
                    if (object.compressed != null) {
                        if (!$util.isObject(object.compressed))
                            throw $TypeError(".cosmos.ics23.v1.CommitmentProof.compressed: object expected");
                        message.compressed = $root.cosmos.ics23.v1.CompressedBatchProof.fromObject(object.compressed, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CommitmentProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {cosmos.ics23.v1.CommitmentProof} message CommitmentProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommitmentProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        object.exist = $root.cosmos.ics23.v1.ExistenceProof.toObject(message.exist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "exist";
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        object.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.toObject(message.nonexist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "nonexist";
                    }
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                        object.batch = $root.cosmos.ics23.v1.BatchProof.toObject(message.batch, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "batch";
                    }
                    if (message.compressed != null && $Object.hasOwnProperty.call(message, "compressed")) {
                        object.compressed = $root.cosmos.ics23.v1.CompressedBatchProof.toObject(message.compressed, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "compressed";
                    }
                    return object;
                };

                /**
                 * Converts this CommitmentProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommitmentProof.prototype.toJSON = function() {
                    return CommitmentProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommitmentProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.CommitmentProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitmentProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.CommitmentProof";
                };

                return CommitmentProof;
            })();

            v1.LeafOp = (function() {

                /**
                 * Properties of a LeafOp.
                 * @typedef {Object} cosmos.ics23.v1.LeafOp.$Properties
                 * @property {cosmos.ics23.v1.HashOp|null} [hash] LeafOp hash
                 * @property {cosmos.ics23.v1.HashOp|null} [prehashKey] LeafOp prehashKey
                 * @property {cosmos.ics23.v1.HashOp|null} [prehashValue] LeafOp prehashValue
                 * @property {cosmos.ics23.v1.LengthOp|null} [length] LeafOp length
                 * @property {Uint8Array|null} [prefix] LeafOp prefix
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LeafOp.
                 * @memberof cosmos.ics23.v1
                 * @interface ILeafOp
                 * @augments cosmos.ics23.v1.LeafOp.$Properties
                 * @deprecated Use cosmos.ics23.v1.LeafOp.$Properties instead.
                 */

                /**
                 * Shape of a LeafOp.
                 * @typedef {cosmos.ics23.v1.LeafOp.$Properties} cosmos.ics23.v1.LeafOp.$Shape
                 */

                /**
                 * Constructs a new LeafOp.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a LeafOp.
                 * @constructor
                 * @param {cosmos.ics23.v1.LeafOp.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LeafOp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LeafOp hash.
                 * @member {cosmos.ics23.v1.HashOp} hash
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 */
                LeafOp.prototype.hash = 0;

                /**
                 * LeafOp prehashKey.
                 * @member {cosmos.ics23.v1.HashOp} prehashKey
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 */
                LeafOp.prototype.prehashKey = 0;

                /**
                 * LeafOp prehashValue.
                 * @member {cosmos.ics23.v1.HashOp} prehashValue
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 */
                LeafOp.prototype.prehashValue = 0;

                /**
                 * LeafOp length.
                 * @member {cosmos.ics23.v1.LengthOp} length
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 */
                LeafOp.prototype.length = 0;

                /**
                 * LeafOp prefix.
                 * @member {Uint8Array} prefix
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 */
                LeafOp.prototype.prefix = $util.newBuffer([]);

                /**
                 * Creates a new LeafOp instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {cosmos.ics23.v1.LeafOp.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.LeafOp} LeafOp instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.LeafOp.$Shape): cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape;
                 *   (properties?: cosmos.ics23.v1.LeafOp.$Properties): cosmos.ics23.v1.LeafOp;
                 * }}
                 */
                LeafOp.create = function(properties) {
                    return new LeafOp(properties);
                };

                /**
                 * Encodes the specified LeafOp message. Does not implicitly {@link cosmos.ics23.v1.LeafOp.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {cosmos.ics23.v1.LeafOp.$Properties} message LeafOp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LeafOp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.hash);
                    if (message.prehashKey != null && $Object.hasOwnProperty.call(message, "prehashKey") && message.prehashKey !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.prehashKey);
                    if (message.prehashValue != null && $Object.hasOwnProperty.call(message, "prehashValue") && message.prehashValue !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.prehashValue);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.length);
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.prefix);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LeafOp message, length delimited. Does not implicitly {@link cosmos.ics23.v1.LeafOp.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {cosmos.ics23.v1.LeafOp.$Properties} message LeafOp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LeafOp.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LeafOp message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape} LeafOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LeafOp.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.LeafOp();
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
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.prehashKey = value;
                                else
                                    delete message.prehashKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.prehashValue = value;
                                else
                                    delete message.prehashValue;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.length = value;
                                else
                                    delete message.length;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
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
                 * Decodes a LeafOp message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.LeafOp & cosmos.ics23.v1.LeafOp.$Shape} LeafOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LeafOp.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LeafOp message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LeafOp.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (typeof message.hash !== "number" || (message.hash | 0) !== message.hash)
                            return "hash: enum value expected";
                    if (message.prehashKey != null && $Object.hasOwnProperty.call(message, "prehashKey"))
                        if (typeof message.prehashKey !== "number" || (message.prehashKey | 0) !== message.prehashKey)
                            return "prehashKey: enum value expected";
                    if (message.prehashValue != null && $Object.hasOwnProperty.call(message, "prehashValue"))
                        if (typeof message.prehashValue !== "number" || (message.prehashValue | 0) !== message.prehashValue)
                            return "prehashValue: enum value expected";
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        if (typeof message.length !== "number" || (message.length | 0) !== message.length)
                            return "length: enum value expected";
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        if (!(message.prefix && typeof message.prefix.length === "number" || $util.isString(message.prefix)))
                            return "prefix: buffer expected";
                    return null;
                };

                /**
                 * Creates a LeafOp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.LeafOp} LeafOp
                 */
                LeafOp.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.LeafOp)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.LeafOp: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.LeafOp();
                    if (object.hash !== 0 && (typeof object.hash !== "string" || $root.cosmos.ics23.v1.HashOp[object.hash] !== 0))
                        switch (object.hash) {
                        case "NO_HASH":
                        case 0:
                            message.hash = 0;
                            break;
                        case "SHA256":
                        case 1:
                            message.hash = 1;
                            break;
                        case "SHA512":
                        case 2:
                            message.hash = 2;
                            break;
                        case "KECCAK256":
                        case 3:
                            message.hash = 3;
                            break;
                        case "RIPEMD160":
                        case 4:
                            message.hash = 4;
                            break;
                        case "BITCOIN":
                        case 5:
                            message.hash = 5;
                            break;
                        case "SHA512_256":
                        case 6:
                            message.hash = 6;
                            break;
                        case "BLAKE2B_512":
                        case 7:
                            message.hash = 7;
                            break;
                        case "BLAKE2S_256":
                        case 8:
                            message.hash = 8;
                            break;
                        case "BLAKE3":
                        case 9:
                            message.hash = 9;
                            break;
                        default:
                            if (typeof object.hash === "number" && (object.hash | 0) === object.hash)
                                message.hash = object.hash;
                        }
                    if (object.prehashKey !== 0 && (typeof object.prehashKey !== "string" || $root.cosmos.ics23.v1.HashOp[object.prehashKey] !== 0))
                        switch (object.prehashKey) {
                        case "NO_HASH":
                        case 0:
                            message.prehashKey = 0;
                            break;
                        case "SHA256":
                        case 1:
                            message.prehashKey = 1;
                            break;
                        case "SHA512":
                        case 2:
                            message.prehashKey = 2;
                            break;
                        case "KECCAK256":
                        case 3:
                            message.prehashKey = 3;
                            break;
                        case "RIPEMD160":
                        case 4:
                            message.prehashKey = 4;
                            break;
                        case "BITCOIN":
                        case 5:
                            message.prehashKey = 5;
                            break;
                        case "SHA512_256":
                        case 6:
                            message.prehashKey = 6;
                            break;
                        case "BLAKE2B_512":
                        case 7:
                            message.prehashKey = 7;
                            break;
                        case "BLAKE2S_256":
                        case 8:
                            message.prehashKey = 8;
                            break;
                        case "BLAKE3":
                        case 9:
                            message.prehashKey = 9;
                            break;
                        default:
                            if (typeof object.prehashKey === "number" && (object.prehashKey | 0) === object.prehashKey)
                                message.prehashKey = object.prehashKey;
                        }
                    if (object.prehashValue !== 0 && (typeof object.prehashValue !== "string" || $root.cosmos.ics23.v1.HashOp[object.prehashValue] !== 0))
                        switch (object.prehashValue) {
                        case "NO_HASH":
                        case 0:
                            message.prehashValue = 0;
                            break;
                        case "SHA256":
                        case 1:
                            message.prehashValue = 1;
                            break;
                        case "SHA512":
                        case 2:
                            message.prehashValue = 2;
                            break;
                        case "KECCAK256":
                        case 3:
                            message.prehashValue = 3;
                            break;
                        case "RIPEMD160":
                        case 4:
                            message.prehashValue = 4;
                            break;
                        case "BITCOIN":
                        case 5:
                            message.prehashValue = 5;
                            break;
                        case "SHA512_256":
                        case 6:
                            message.prehashValue = 6;
                            break;
                        case "BLAKE2B_512":
                        case 7:
                            message.prehashValue = 7;
                            break;
                        case "BLAKE2S_256":
                        case 8:
                            message.prehashValue = 8;
                            break;
                        case "BLAKE3":
                        case 9:
                            message.prehashValue = 9;
                            break;
                        default:
                            if (typeof object.prehashValue === "number" && (object.prehashValue | 0) === object.prehashValue)
                                message.prehashValue = object.prehashValue;
                        }
                    if (object.length !== 0 && (typeof object.length !== "string" || $root.cosmos.ics23.v1.LengthOp[object.length] !== 0))
                        switch (object.length) {
                        case "NO_PREFIX":
                        case 0:
                            message.length = 0;
                            break;
                        case "VAR_PROTO":
                        case 1:
                            message.length = 1;
                            break;
                        case "VAR_RLP":
                        case 2:
                            message.length = 2;
                            break;
                        case "FIXED32_BIG":
                        case 3:
                            message.length = 3;
                            break;
                        case "FIXED32_LITTLE":
                        case 4:
                            message.length = 4;
                            break;
                        case "FIXED64_BIG":
                        case 5:
                            message.length = 5;
                            break;
                        case "FIXED64_LITTLE":
                        case 6:
                            message.length = 6;
                            break;
                        case "REQUIRE_32_BYTES":
                        case 7:
                            message.length = 7;
                            break;
                        case "REQUIRE_64_BYTES":
                        case 8:
                            message.length = 8;
                            break;
                        default:
                            if (typeof object.length === "number" && (object.length | 0) === object.length)
                                message.length = object.length;
                        }
                    if (object.prefix != null)
                        if (object.prefix.length)
                            if (typeof object.prefix === "string")
                                $util.base64.decode(object.prefix, message.prefix = $util.newBuffer($util.base64.length(object.prefix)), 0);
                            else if (object.prefix.length >= 0)
                                message.prefix = object.prefix;
                    return message;
                };

                /**
                 * Creates a plain object from a LeafOp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {cosmos.ics23.v1.LeafOp} message LeafOp
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LeafOp.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.hash = options.enums === $String ? "NO_HASH" : 0;
                        object.prehashKey = options.enums === $String ? "NO_HASH" : 0;
                        object.prehashValue = options.enums === $String ? "NO_HASH" : 0;
                        object.length = options.enums === $String ? "NO_PREFIX" : 0;
                        if (options.bytes === $String)
                            object.prefix = "";
                        else {
                            object.prefix = [];
                            if (options.bytes !== $Array)
                                object.prefix = $util.newBuffer(object.prefix);
                        }
                    }
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.enums === $String ? $root.cosmos.ics23.v1.HashOp[message.hash] === $undefined ? message.hash : $root.cosmos.ics23.v1.HashOp[message.hash] : message.hash;
                    if (message.prehashKey != null && $Object.hasOwnProperty.call(message, "prehashKey"))
                        object.prehashKey = options.enums === $String ? $root.cosmos.ics23.v1.HashOp[message.prehashKey] === $undefined ? message.prehashKey : $root.cosmos.ics23.v1.HashOp[message.prehashKey] : message.prehashKey;
                    if (message.prehashValue != null && $Object.hasOwnProperty.call(message, "prehashValue"))
                        object.prehashValue = options.enums === $String ? $root.cosmos.ics23.v1.HashOp[message.prehashValue] === $undefined ? message.prehashValue : $root.cosmos.ics23.v1.HashOp[message.prehashValue] : message.prehashValue;
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        object.length = options.enums === $String ? $root.cosmos.ics23.v1.LengthOp[message.length] === $undefined ? message.length : $root.cosmos.ics23.v1.LengthOp[message.length] : message.length;
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        object.prefix = options.bytes === $String ? $util.base64.encode(message.prefix, 0, message.prefix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prefix) : message.prefix;
                    return object;
                };

                /**
                 * Converts this LeafOp to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LeafOp.prototype.toJSON = function() {
                    return LeafOp.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LeafOp
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.LeafOp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LeafOp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.LeafOp";
                };

                return LeafOp;
            })();

            v1.InnerOp = (function() {

                /**
                 * Properties of an InnerOp.
                 * @typedef {Object} cosmos.ics23.v1.InnerOp.$Properties
                 * @property {cosmos.ics23.v1.HashOp|null} [hash] InnerOp hash
                 * @property {Uint8Array|null} [prefix] InnerOp prefix
                 * @property {Uint8Array|null} [suffix] InnerOp suffix
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InnerOp.
                 * @memberof cosmos.ics23.v1
                 * @interface IInnerOp
                 * @augments cosmos.ics23.v1.InnerOp.$Properties
                 * @deprecated Use cosmos.ics23.v1.InnerOp.$Properties instead.
                 */

                /**
                 * Shape of an InnerOp.
                 * @typedef {cosmos.ics23.v1.InnerOp.$Properties} cosmos.ics23.v1.InnerOp.$Shape
                 */

                /**
                 * Constructs a new InnerOp.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents an InnerOp.
                 * @constructor
                 * @param {cosmos.ics23.v1.InnerOp.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InnerOp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InnerOp hash.
                 * @member {cosmos.ics23.v1.HashOp} hash
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @instance
                 */
                InnerOp.prototype.hash = 0;

                /**
                 * InnerOp prefix.
                 * @member {Uint8Array} prefix
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @instance
                 */
                InnerOp.prototype.prefix = $util.newBuffer([]);

                /**
                 * InnerOp suffix.
                 * @member {Uint8Array} suffix
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @instance
                 */
                InnerOp.prototype.suffix = $util.newBuffer([]);

                /**
                 * Creates a new InnerOp instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {cosmos.ics23.v1.InnerOp.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.InnerOp} InnerOp instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.InnerOp.$Shape): cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape;
                 *   (properties?: cosmos.ics23.v1.InnerOp.$Properties): cosmos.ics23.v1.InnerOp;
                 * }}
                 */
                InnerOp.create = function(properties) {
                    return new InnerOp(properties);
                };

                /**
                 * Encodes the specified InnerOp message. Does not implicitly {@link cosmos.ics23.v1.InnerOp.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {cosmos.ics23.v1.InnerOp.$Properties} message InnerOp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InnerOp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.hash);
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.prefix);
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix") && message.suffix.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.suffix);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified InnerOp message, length delimited. Does not implicitly {@link cosmos.ics23.v1.InnerOp.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {cosmos.ics23.v1.InnerOp.$Properties} message InnerOp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InnerOp.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an InnerOp message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape} InnerOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InnerOp.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.InnerOp();
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
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.suffix = value;
                                else
                                    delete message.suffix;
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
                 * Decodes an InnerOp message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.InnerOp & cosmos.ics23.v1.InnerOp.$Shape} InnerOp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InnerOp.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an InnerOp message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InnerOp.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (typeof message.hash !== "number" || (message.hash | 0) !== message.hash)
                            return "hash: enum value expected";
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        if (!(message.prefix && typeof message.prefix.length === "number" || $util.isString(message.prefix)))
                            return "prefix: buffer expected";
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                        if (!(message.suffix && typeof message.suffix.length === "number" || $util.isString(message.suffix)))
                            return "suffix: buffer expected";
                    return null;
                };

                /**
                 * Creates an InnerOp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.InnerOp} InnerOp
                 */
                InnerOp.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.InnerOp)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.InnerOp: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.InnerOp();
                    if (object.hash !== 0 && (typeof object.hash !== "string" || $root.cosmos.ics23.v1.HashOp[object.hash] !== 0))
                        switch (object.hash) {
                        case "NO_HASH":
                        case 0:
                            message.hash = 0;
                            break;
                        case "SHA256":
                        case 1:
                            message.hash = 1;
                            break;
                        case "SHA512":
                        case 2:
                            message.hash = 2;
                            break;
                        case "KECCAK256":
                        case 3:
                            message.hash = 3;
                            break;
                        case "RIPEMD160":
                        case 4:
                            message.hash = 4;
                            break;
                        case "BITCOIN":
                        case 5:
                            message.hash = 5;
                            break;
                        case "SHA512_256":
                        case 6:
                            message.hash = 6;
                            break;
                        case "BLAKE2B_512":
                        case 7:
                            message.hash = 7;
                            break;
                        case "BLAKE2S_256":
                        case 8:
                            message.hash = 8;
                            break;
                        case "BLAKE3":
                        case 9:
                            message.hash = 9;
                            break;
                        default:
                            if (typeof object.hash === "number" && (object.hash | 0) === object.hash)
                                message.hash = object.hash;
                        }
                    if (object.prefix != null)
                        if (object.prefix.length)
                            if (typeof object.prefix === "string")
                                $util.base64.decode(object.prefix, message.prefix = $util.newBuffer($util.base64.length(object.prefix)), 0);
                            else if (object.prefix.length >= 0)
                                message.prefix = object.prefix;
                    if (object.suffix != null)
                        if (object.suffix.length)
                            if (typeof object.suffix === "string")
                                $util.base64.decode(object.suffix, message.suffix = $util.newBuffer($util.base64.length(object.suffix)), 0);
                            else if (object.suffix.length >= 0)
                                message.suffix = object.suffix;
                    return message;
                };

                /**
                 * Creates a plain object from an InnerOp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {cosmos.ics23.v1.InnerOp} message InnerOp
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InnerOp.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.hash = options.enums === $String ? "NO_HASH" : 0;
                        if (options.bytes === $String)
                            object.prefix = "";
                        else {
                            object.prefix = [];
                            if (options.bytes !== $Array)
                                object.prefix = $util.newBuffer(object.prefix);
                        }
                        if (options.bytes === $String)
                            object.suffix = "";
                        else {
                            object.suffix = [];
                            if (options.bytes !== $Array)
                                object.suffix = $util.newBuffer(object.suffix);
                        }
                    }
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.enums === $String ? $root.cosmos.ics23.v1.HashOp[message.hash] === $undefined ? message.hash : $root.cosmos.ics23.v1.HashOp[message.hash] : message.hash;
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        object.prefix = options.bytes === $String ? $util.base64.encode(message.prefix, 0, message.prefix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prefix) : message.prefix;
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                        object.suffix = options.bytes === $String ? $util.base64.encode(message.suffix, 0, message.suffix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.suffix) : message.suffix;
                    return object;
                };

                /**
                 * Converts this InnerOp to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InnerOp.prototype.toJSON = function() {
                    return InnerOp.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InnerOp
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.InnerOp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InnerOp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.InnerOp";
                };

                return InnerOp;
            })();

            v1.ProofSpec = (function() {

                /**
                 * Properties of a ProofSpec.
                 * @typedef {Object} cosmos.ics23.v1.ProofSpec.$Properties
                 * @property {cosmos.ics23.v1.LeafOp.$Properties|null} [leafSpec] ProofSpec leafSpec
                 * @property {cosmos.ics23.v1.InnerSpec.$Properties|null} [innerSpec] ProofSpec innerSpec
                 * @property {number|null} [maxDepth] ProofSpec maxDepth
                 * @property {number|null} [minDepth] ProofSpec minDepth
                 * @property {boolean|null} [prehashKeyBeforeComparison] ProofSpec prehashKeyBeforeComparison
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProofSpec.
                 * @memberof cosmos.ics23.v1
                 * @interface IProofSpec
                 * @augments cosmos.ics23.v1.ProofSpec.$Properties
                 * @deprecated Use cosmos.ics23.v1.ProofSpec.$Properties instead.
                 */

                /**
                 * Shape of a ProofSpec.
                 * @typedef {cosmos.ics23.v1.ProofSpec.$Properties} cosmos.ics23.v1.ProofSpec.$Shape
                 */

                /**
                 * Constructs a new ProofSpec.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a ProofSpec.
                 * @constructor
                 * @param {cosmos.ics23.v1.ProofSpec.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProofSpec = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProofSpec leafSpec.
                 * @member {cosmos.ics23.v1.LeafOp.$Properties|null|undefined} leafSpec
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 */
                ProofSpec.prototype.leafSpec = null;

                /**
                 * ProofSpec innerSpec.
                 * @member {cosmos.ics23.v1.InnerSpec.$Properties|null|undefined} innerSpec
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 */
                ProofSpec.prototype.innerSpec = null;

                /**
                 * ProofSpec maxDepth.
                 * @member {number} maxDepth
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 */
                ProofSpec.prototype.maxDepth = 0;

                /**
                 * ProofSpec minDepth.
                 * @member {number} minDepth
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 */
                ProofSpec.prototype.minDepth = 0;

                /**
                 * ProofSpec prehashKeyBeforeComparison.
                 * @member {boolean} prehashKeyBeforeComparison
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 */
                ProofSpec.prototype.prehashKeyBeforeComparison = false;

                /**
                 * Creates a new ProofSpec instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {cosmos.ics23.v1.ProofSpec.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.ProofSpec} ProofSpec instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.ProofSpec.$Shape): cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape;
                 *   (properties?: cosmos.ics23.v1.ProofSpec.$Properties): cosmos.ics23.v1.ProofSpec;
                 * }}
                 */
                ProofSpec.create = function(properties) {
                    return new ProofSpec(properties);
                };

                /**
                 * Encodes the specified ProofSpec message. Does not implicitly {@link cosmos.ics23.v1.ProofSpec.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {cosmos.ics23.v1.ProofSpec.$Properties} message ProofSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProofSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.leafSpec != null && $Object.hasOwnProperty.call(message, "leafSpec"))
                        $root.cosmos.ics23.v1.LeafOp.encode(message.leafSpec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.innerSpec != null && $Object.hasOwnProperty.call(message, "innerSpec"))
                        $root.cosmos.ics23.v1.InnerSpec.encode(message.innerSpec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.maxDepth != null && $Object.hasOwnProperty.call(message, "maxDepth") && message.maxDepth !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.maxDepth);
                    if (message.minDepth != null && $Object.hasOwnProperty.call(message, "minDepth") && message.minDepth !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.minDepth);
                    if (message.prehashKeyBeforeComparison != null && $Object.hasOwnProperty.call(message, "prehashKeyBeforeComparison") && message.prehashKeyBeforeComparison !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.prehashKeyBeforeComparison);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ProofSpec message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ProofSpec.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {cosmos.ics23.v1.ProofSpec.$Properties} message ProofSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProofSpec.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ProofSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape} ProofSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProofSpec.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.ProofSpec();
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
                                message.leafSpec = $root.cosmos.ics23.v1.LeafOp.decode(reader, reader.size(), $undefined, _depth + 1, message.leafSpec);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.innerSpec = $root.cosmos.ics23.v1.InnerSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.innerSpec);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.maxDepth = value;
                                else
                                    delete message.maxDepth;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.minDepth = value;
                                else
                                    delete message.minDepth;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.prehashKeyBeforeComparison = value;
                                else
                                    delete message.prehashKeyBeforeComparison;
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
                 * Decodes a ProofSpec message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ProofSpec & cosmos.ics23.v1.ProofSpec.$Shape} ProofSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProofSpec.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ProofSpec message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProofSpec.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.leafSpec != null && $Object.hasOwnProperty.call(message, "leafSpec")) {
                        let error = $root.cosmos.ics23.v1.LeafOp.verify(message.leafSpec, _depth + 1);
                        if (error)
                            return "leafSpec." + error;
                    }
                    if (message.innerSpec != null && $Object.hasOwnProperty.call(message, "innerSpec")) {
                        let error = $root.cosmos.ics23.v1.InnerSpec.verify(message.innerSpec, _depth + 1);
                        if (error)
                            return "innerSpec." + error;
                    }
                    if (message.maxDepth != null && $Object.hasOwnProperty.call(message, "maxDepth"))
                        if (!$util.isInteger(message.maxDepth))
                            return "maxDepth: integer expected";
                    if (message.minDepth != null && $Object.hasOwnProperty.call(message, "minDepth"))
                        if (!$util.isInteger(message.minDepth))
                            return "minDepth: integer expected";
                    if (message.prehashKeyBeforeComparison != null && $Object.hasOwnProperty.call(message, "prehashKeyBeforeComparison"))
                        if (typeof message.prehashKeyBeforeComparison !== "boolean")
                            return "prehashKeyBeforeComparison: boolean expected";
                    return null;
                };

                /**
                 * Creates a ProofSpec message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.ProofSpec} ProofSpec
                 */
                ProofSpec.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.ProofSpec)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.ProofSpec: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.ProofSpec();
                    if (object.leafSpec != null) {
                        if (!$util.isObject(object.leafSpec))
                            throw $TypeError(".cosmos.ics23.v1.ProofSpec.leafSpec: object expected");
                        message.leafSpec = $root.cosmos.ics23.v1.LeafOp.fromObject(object.leafSpec, _depth + 1);
                    }
                    if (object.innerSpec != null) {
                        if (!$util.isObject(object.innerSpec))
                            throw $TypeError(".cosmos.ics23.v1.ProofSpec.innerSpec: object expected");
                        message.innerSpec = $root.cosmos.ics23.v1.InnerSpec.fromObject(object.innerSpec, _depth + 1);
                    }
                    if (object.maxDepth != null)
                        if ($Number(object.maxDepth) !== 0)
                            message.maxDepth = object.maxDepth | 0;
                    if (object.minDepth != null)
                        if ($Number(object.minDepth) !== 0)
                            message.minDepth = object.minDepth | 0;
                    if (object.prehashKeyBeforeComparison != null)
                        if (object.prehashKeyBeforeComparison)
                            message.prehashKeyBeforeComparison = $Boolean(object.prehashKeyBeforeComparison);
                    return message;
                };

                /**
                 * Creates a plain object from a ProofSpec message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {cosmos.ics23.v1.ProofSpec} message ProofSpec
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProofSpec.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.leafSpec = null;
                        object.innerSpec = null;
                        object.maxDepth = 0;
                        object.minDepth = 0;
                        object.prehashKeyBeforeComparison = false;
                    }
                    if (message.leafSpec != null && $Object.hasOwnProperty.call(message, "leafSpec"))
                        object.leafSpec = $root.cosmos.ics23.v1.LeafOp.toObject(message.leafSpec, options, _depth + 1);
                    if (message.innerSpec != null && $Object.hasOwnProperty.call(message, "innerSpec"))
                        object.innerSpec = $root.cosmos.ics23.v1.InnerSpec.toObject(message.innerSpec, options, _depth + 1);
                    if (message.maxDepth != null && $Object.hasOwnProperty.call(message, "maxDepth"))
                        object.maxDepth = message.maxDepth;
                    if (message.minDepth != null && $Object.hasOwnProperty.call(message, "minDepth"))
                        object.minDepth = message.minDepth;
                    if (message.prehashKeyBeforeComparison != null && $Object.hasOwnProperty.call(message, "prehashKeyBeforeComparison"))
                        object.prehashKeyBeforeComparison = message.prehashKeyBeforeComparison;
                    return object;
                };

                /**
                 * Converts this ProofSpec to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProofSpec.prototype.toJSON = function() {
                    return ProofSpec.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProofSpec
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.ProofSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProofSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.ProofSpec";
                };

                return ProofSpec;
            })();

            v1.InnerSpec = (function() {

                /**
                 * Properties of an InnerSpec.
                 * @typedef {Object} cosmos.ics23.v1.InnerSpec.$Properties
                 * @property {Array.<number>|null} [childOrder] InnerSpec childOrder
                 * @property {number|null} [childSize] InnerSpec childSize
                 * @property {number|null} [minPrefixLength] InnerSpec minPrefixLength
                 * @property {number|null} [maxPrefixLength] InnerSpec maxPrefixLength
                 * @property {Uint8Array|null} [emptyChild] InnerSpec emptyChild
                 * @property {cosmos.ics23.v1.HashOp|null} [hash] InnerSpec hash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InnerSpec.
                 * @memberof cosmos.ics23.v1
                 * @interface IInnerSpec
                 * @augments cosmos.ics23.v1.InnerSpec.$Properties
                 * @deprecated Use cosmos.ics23.v1.InnerSpec.$Properties instead.
                 */

                /**
                 * Shape of an InnerSpec.
                 * @typedef {cosmos.ics23.v1.InnerSpec.$Properties} cosmos.ics23.v1.InnerSpec.$Shape
                 */

                /**
                 * Constructs a new InnerSpec.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents an InnerSpec.
                 * @constructor
                 * @param {cosmos.ics23.v1.InnerSpec.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InnerSpec = function (properties) {
                    this.childOrder = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InnerSpec childOrder.
                 * @member {Array.<number>} childOrder
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.childOrder = $util.emptyArray;

                /**
                 * InnerSpec childSize.
                 * @member {number} childSize
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.childSize = 0;

                /**
                 * InnerSpec minPrefixLength.
                 * @member {number} minPrefixLength
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.minPrefixLength = 0;

                /**
                 * InnerSpec maxPrefixLength.
                 * @member {number} maxPrefixLength
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.maxPrefixLength = 0;

                /**
                 * InnerSpec emptyChild.
                 * @member {Uint8Array} emptyChild
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.emptyChild = $util.newBuffer([]);

                /**
                 * InnerSpec hash.
                 * @member {cosmos.ics23.v1.HashOp} hash
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 */
                InnerSpec.prototype.hash = 0;

                /**
                 * Creates a new InnerSpec instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {cosmos.ics23.v1.InnerSpec.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.InnerSpec} InnerSpec instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.InnerSpec.$Shape): cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape;
                 *   (properties?: cosmos.ics23.v1.InnerSpec.$Properties): cosmos.ics23.v1.InnerSpec;
                 * }}
                 */
                InnerSpec.create = function(properties) {
                    return new InnerSpec(properties);
                };

                /**
                 * Encodes the specified InnerSpec message. Does not implicitly {@link cosmos.ics23.v1.InnerSpec.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {cosmos.ics23.v1.InnerSpec.$Properties} message InnerSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InnerSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.childOrder != null && message.childOrder.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.childOrder);
                    if (message.childSize != null && $Object.hasOwnProperty.call(message, "childSize") && message.childSize !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.childSize);
                    if (message.minPrefixLength != null && $Object.hasOwnProperty.call(message, "minPrefixLength") && message.minPrefixLength !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.minPrefixLength);
                    if (message.maxPrefixLength != null && $Object.hasOwnProperty.call(message, "maxPrefixLength") && message.maxPrefixLength !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.maxPrefixLength);
                    if (message.emptyChild != null && $Object.hasOwnProperty.call(message, "emptyChild") && message.emptyChild.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.emptyChild);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.hash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified InnerSpec message, length delimited. Does not implicitly {@link cosmos.ics23.v1.InnerSpec.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {cosmos.ics23.v1.InnerSpec.$Properties} message InnerSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InnerSpec.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an InnerSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape} InnerSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InnerSpec.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.InnerSpec();
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
                                if (wireType === 2) {
                                    if (!(message.childOrder && message.childOrder.length))
                                        message.childOrder = [];
                                    reader.int32s(message.childOrder);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.childOrder && message.childOrder.length))
                                    message.childOrder = [];
                                message.childOrder.push(reader.int32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.childSize = value;
                                else
                                    delete message.childSize;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.minPrefixLength = value;
                                else
                                    delete message.minPrefixLength;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.maxPrefixLength = value;
                                else
                                    delete message.maxPrefixLength;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.emptyChild = value;
                                else
                                    delete message.emptyChild;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
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
                 * Decodes an InnerSpec message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.InnerSpec & cosmos.ics23.v1.InnerSpec.$Shape} InnerSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InnerSpec.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an InnerSpec message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InnerSpec.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.childOrder != null && $Object.hasOwnProperty.call(message, "childOrder")) {
                        if (!$Array.isArray(message.childOrder))
                            return "childOrder: array expected";
                        for (let i = 0; i < message.childOrder.length; ++i)
                            if (!$util.isInteger(message.childOrder[i]))
                                return "childOrder: integer[] expected";
                    }
                    if (message.childSize != null && $Object.hasOwnProperty.call(message, "childSize"))
                        if (!$util.isInteger(message.childSize))
                            return "childSize: integer expected";
                    if (message.minPrefixLength != null && $Object.hasOwnProperty.call(message, "minPrefixLength"))
                        if (!$util.isInteger(message.minPrefixLength))
                            return "minPrefixLength: integer expected";
                    if (message.maxPrefixLength != null && $Object.hasOwnProperty.call(message, "maxPrefixLength"))
                        if (!$util.isInteger(message.maxPrefixLength))
                            return "maxPrefixLength: integer expected";
                    if (message.emptyChild != null && $Object.hasOwnProperty.call(message, "emptyChild"))
                        if (!(message.emptyChild && typeof message.emptyChild.length === "number" || $util.isString(message.emptyChild)))
                            return "emptyChild: buffer expected";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (typeof message.hash !== "number" || (message.hash | 0) !== message.hash)
                            return "hash: enum value expected";
                    return null;
                };

                /**
                 * Creates an InnerSpec message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.InnerSpec} InnerSpec
                 */
                InnerSpec.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.InnerSpec)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.InnerSpec: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.InnerSpec();
                    if (object.childOrder) {
                        if (!$Array.isArray(object.childOrder))
                            throw $TypeError(".cosmos.ics23.v1.InnerSpec.childOrder: array expected");
                        message.childOrder = $Array(object.childOrder.length);
                        for (let i = 0; i < object.childOrder.length; ++i)
                            message.childOrder[i] = object.childOrder[i] | 0;
                    }
                    if (object.childSize != null)
                        if ($Number(object.childSize) !== 0)
                            message.childSize = object.childSize | 0;
                    if (object.minPrefixLength != null)
                        if ($Number(object.minPrefixLength) !== 0)
                            message.minPrefixLength = object.minPrefixLength | 0;
                    if (object.maxPrefixLength != null)
                        if ($Number(object.maxPrefixLength) !== 0)
                            message.maxPrefixLength = object.maxPrefixLength | 0;
                    if (object.emptyChild != null)
                        if (object.emptyChild.length)
                            if (typeof object.emptyChild === "string")
                                $util.base64.decode(object.emptyChild, message.emptyChild = $util.newBuffer($util.base64.length(object.emptyChild)), 0);
                            else if (object.emptyChild.length >= 0)
                                message.emptyChild = object.emptyChild;
                    if (object.hash !== 0 && (typeof object.hash !== "string" || $root.cosmos.ics23.v1.HashOp[object.hash] !== 0))
                        switch (object.hash) {
                        case "NO_HASH":
                        case 0:
                            message.hash = 0;
                            break;
                        case "SHA256":
                        case 1:
                            message.hash = 1;
                            break;
                        case "SHA512":
                        case 2:
                            message.hash = 2;
                            break;
                        case "KECCAK256":
                        case 3:
                            message.hash = 3;
                            break;
                        case "RIPEMD160":
                        case 4:
                            message.hash = 4;
                            break;
                        case "BITCOIN":
                        case 5:
                            message.hash = 5;
                            break;
                        case "SHA512_256":
                        case 6:
                            message.hash = 6;
                            break;
                        case "BLAKE2B_512":
                        case 7:
                            message.hash = 7;
                            break;
                        case "BLAKE2S_256":
                        case 8:
                            message.hash = 8;
                            break;
                        case "BLAKE3":
                        case 9:
                            message.hash = 9;
                            break;
                        default:
                            if (typeof object.hash === "number" && (object.hash | 0) === object.hash)
                                message.hash = object.hash;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from an InnerSpec message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {cosmos.ics23.v1.InnerSpec} message InnerSpec
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InnerSpec.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.childOrder = [];
                    if (options.defaults) {
                        object.childSize = 0;
                        object.minPrefixLength = 0;
                        object.maxPrefixLength = 0;
                        if (options.bytes === $String)
                            object.emptyChild = "";
                        else {
                            object.emptyChild = [];
                            if (options.bytes !== $Array)
                                object.emptyChild = $util.newBuffer(object.emptyChild);
                        }
                        object.hash = options.enums === $String ? "NO_HASH" : 0;
                    }
                    if (message.childOrder && message.childOrder.length) {
                        object.childOrder = $Array(message.childOrder.length);
                        for (let j = 0; j < message.childOrder.length; ++j)
                            object.childOrder[j] = message.childOrder[j];
                    }
                    if (message.childSize != null && $Object.hasOwnProperty.call(message, "childSize"))
                        object.childSize = message.childSize;
                    if (message.minPrefixLength != null && $Object.hasOwnProperty.call(message, "minPrefixLength"))
                        object.minPrefixLength = message.minPrefixLength;
                    if (message.maxPrefixLength != null && $Object.hasOwnProperty.call(message, "maxPrefixLength"))
                        object.maxPrefixLength = message.maxPrefixLength;
                    if (message.emptyChild != null && $Object.hasOwnProperty.call(message, "emptyChild"))
                        object.emptyChild = options.bytes === $String ? $util.base64.encode(message.emptyChild, 0, message.emptyChild.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.emptyChild) : message.emptyChild;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = options.enums === $String ? $root.cosmos.ics23.v1.HashOp[message.hash] === $undefined ? message.hash : $root.cosmos.ics23.v1.HashOp[message.hash] : message.hash;
                    return object;
                };

                /**
                 * Converts this InnerSpec to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InnerSpec.prototype.toJSON = function() {
                    return InnerSpec.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InnerSpec
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.InnerSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InnerSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.InnerSpec";
                };

                return InnerSpec;
            })();

            v1.BatchProof = (function() {

                /**
                 * Properties of a BatchProof.
                 * @typedef {Object} cosmos.ics23.v1.BatchProof.$Properties
                 * @property {Array.<cosmos.ics23.v1.BatchEntry.$Properties>|null} [entries] BatchProof entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BatchProof.
                 * @memberof cosmos.ics23.v1
                 * @interface IBatchProof
                 * @augments cosmos.ics23.v1.BatchProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.BatchProof.$Properties instead.
                 */

                /**
                 * Shape of a BatchProof.
                 * @typedef {{
                 *   entries?: Array.<cosmos.ics23.v1.BatchEntry.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cosmos.ics23.v1.BatchProof.$Shape
                 */

                /**
                 * Constructs a new BatchProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a BatchProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.BatchProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BatchProof = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BatchProof entries.
                 * @member {Array.<cosmos.ics23.v1.BatchEntry.$Properties>} entries
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @instance
                 */
                BatchProof.prototype.entries = $util.emptyArray;

                /**
                 * Creates a new BatchProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {cosmos.ics23.v1.BatchProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.BatchProof} BatchProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.BatchProof.$Shape): cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.BatchProof.$Properties): cosmos.ics23.v1.BatchProof;
                 * }}
                 */
                BatchProof.create = function(properties) {
                    return new BatchProof(properties);
                };

                /**
                 * Encodes the specified BatchProof message. Does not implicitly {@link cosmos.ics23.v1.BatchProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {cosmos.ics23.v1.BatchProof.$Properties} message BatchProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BatchProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.cosmos.ics23.v1.BatchEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BatchProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.BatchProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {cosmos.ics23.v1.BatchProof.$Properties} message BatchProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BatchProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BatchProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape} BatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BatchProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.BatchProof();
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
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.cosmos.ics23.v1.BatchEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a BatchProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.BatchProof & cosmos.ics23.v1.BatchProof.$Shape} BatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BatchProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BatchProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BatchProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.cosmos.ics23.v1.BatchEntry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a BatchProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.BatchProof} BatchProof
                 */
                BatchProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.BatchProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.BatchProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.BatchProof();
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".cosmos.ics23.v1.BatchProof.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".cosmos.ics23.v1.BatchProof.entries: object expected");
                            message.entries[i] = $root.cosmos.ics23.v1.BatchEntry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BatchProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {cosmos.ics23.v1.BatchProof} message BatchProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BatchProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.cosmos.ics23.v1.BatchEntry.toObject(message.entries[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this BatchProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BatchProof.prototype.toJSON = function() {
                    return BatchProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BatchProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.BatchProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BatchProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.BatchProof";
                };

                return BatchProof;
            })();

            v1.BatchEntry = (function() {

                /**
                 * Properties of a BatchEntry.
                 * @typedef {Object} cosmos.ics23.v1.BatchEntry.$Properties
                 * @property {cosmos.ics23.v1.ExistenceProof.$Properties|null} [exist] BatchEntry exist
                 * @property {cosmos.ics23.v1.NonExistenceProof.$Properties|null} [nonexist] BatchEntry nonexist
                 * @property {"exist"|"nonexist"} [proof] BatchEntry proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BatchEntry.
                 * @memberof cosmos.ics23.v1
                 * @interface IBatchEntry
                 * @augments cosmos.ics23.v1.BatchEntry.$Properties
                 * @deprecated Use cosmos.ics23.v1.BatchEntry.$Properties instead.
                 */

                /**
                 * Narrowed shape of a BatchEntry.
                 * @typedef {{
                 *   exist?: cosmos.ics23.v1.ExistenceProof.$Shape|null;
                 *   nonexist?: cosmos.ics23.v1.NonExistenceProof.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ proof?: undefined; exist?: null; nonexist?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.ExistenceProof.$Shape; nonexist?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.NonExistenceProof.$Shape })
                 * )} cosmos.ics23.v1.BatchEntry.$Shape
                 */

                /**
                 * Constructs a new BatchEntry.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a BatchEntry.
                 * @constructor
                 * @param {cosmos.ics23.v1.BatchEntry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BatchEntry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BatchEntry exist.
                 * @member {cosmos.ics23.v1.ExistenceProof.$Properties|null|undefined} exist
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @instance
                 */
                BatchEntry.prototype.exist = null;

                /**
                 * BatchEntry nonexist.
                 * @member {cosmos.ics23.v1.NonExistenceProof.$Properties|null|undefined} nonexist
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @instance
                 */
                BatchEntry.prototype.nonexist = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * BatchEntry proof.
                 * @member {"exist"|"nonexist"|undefined} proof
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @instance
                 */
                $Object.defineProperty(BatchEntry.prototype, "proof", {
                    get: $util.oneOfGetter($oneOfFields = ["exist", "nonexist"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new BatchEntry instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.BatchEntry.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.BatchEntry} BatchEntry instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.BatchEntry.$Shape): cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape;
                 *   (properties?: cosmos.ics23.v1.BatchEntry.$Properties): cosmos.ics23.v1.BatchEntry;
                 * }}
                 */
                BatchEntry.create = function(properties) {
                    return new BatchEntry(properties);
                };

                /**
                 * Encodes the specified BatchEntry message. Does not implicitly {@link cosmos.ics23.v1.BatchEntry.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.BatchEntry.$Properties} message BatchEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BatchEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist"))
                        $root.cosmos.ics23.v1.ExistenceProof.encode(message.exist, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist"))
                        $root.cosmos.ics23.v1.NonExistenceProof.encode(message.nonexist, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BatchEntry message, length delimited. Does not implicitly {@link cosmos.ics23.v1.BatchEntry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.BatchEntry.$Properties} message BatchEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BatchEntry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BatchEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape} BatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BatchEntry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.BatchEntry();
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
                                message.exist = $root.cosmos.ics23.v1.ExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.exist);
                                message.proof = "exist";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.nonexist);
                                message.proof = "nonexist";
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
                 * Decodes a BatchEntry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.BatchEntry & cosmos.ics23.v1.BatchEntry.$Shape} BatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BatchEntry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BatchEntry message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BatchEntry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.ExistenceProof.verify(message.exist, _depth + 1);
                            if (error)
                                return "exist." + error;
                        }
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        if (properties.proof === 1)
                            return "proof: multiple values";
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.NonExistenceProof.verify(message.nonexist, _depth + 1);
                            if (error)
                                return "nonexist." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a BatchEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.BatchEntry} BatchEntry
                 */
                BatchEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.BatchEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.BatchEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.BatchEntry();
                    if (object.exist != null) {
                        if (!$util.isObject(object.exist))
                            throw $TypeError(".cosmos.ics23.v1.BatchEntry.exist: object expected");
                        message.exist = $root.cosmos.ics23.v1.ExistenceProof.fromObject(object.exist, _depth + 1);
                    }
                    if (object.nonexist != null) {
                        if (!$util.isObject(object.nonexist))
                            throw $TypeError(".cosmos.ics23.v1.BatchEntry.nonexist: object expected");
                        message.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.fromObject(object.nonexist, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BatchEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.BatchEntry} message BatchEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BatchEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        object.exist = $root.cosmos.ics23.v1.ExistenceProof.toObject(message.exist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "exist";
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        object.nonexist = $root.cosmos.ics23.v1.NonExistenceProof.toObject(message.nonexist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "nonexist";
                    }
                    return object;
                };

                /**
                 * Converts this BatchEntry to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BatchEntry.prototype.toJSON = function() {
                    return BatchEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BatchEntry
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.BatchEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BatchEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.BatchEntry";
                };

                return BatchEntry;
            })();

            v1.CompressedBatchProof = (function() {

                /**
                 * Properties of a CompressedBatchProof.
                 * @typedef {Object} cosmos.ics23.v1.CompressedBatchProof.$Properties
                 * @property {Array.<cosmos.ics23.v1.CompressedBatchEntry.$Properties>|null} [entries] CompressedBatchProof entries
                 * @property {Array.<cosmos.ics23.v1.InnerOp.$Properties>|null} [lookupInners] CompressedBatchProof lookupInners
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CompressedBatchProof.
                 * @memberof cosmos.ics23.v1
                 * @interface ICompressedBatchProof
                 * @augments cosmos.ics23.v1.CompressedBatchProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.CompressedBatchProof.$Properties instead.
                 */

                /**
                 * Shape of a CompressedBatchProof.
                 * @typedef {{
                 *   entries?: Array.<cosmos.ics23.v1.CompressedBatchEntry.$Shape>|null;
                 *   lookupInners?: Array.<cosmos.ics23.v1.InnerOp.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cosmos.ics23.v1.CompressedBatchProof.$Shape
                 */

                /**
                 * Constructs a new CompressedBatchProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a CompressedBatchProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.CompressedBatchProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CompressedBatchProof = function (properties) {
                    this.entries = [];
                    this.lookupInners = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CompressedBatchProof entries.
                 * @member {Array.<cosmos.ics23.v1.CompressedBatchEntry.$Properties>} entries
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @instance
                 */
                CompressedBatchProof.prototype.entries = $util.emptyArray;

                /**
                 * CompressedBatchProof lookupInners.
                 * @member {Array.<cosmos.ics23.v1.InnerOp.$Properties>} lookupInners
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @instance
                 */
                CompressedBatchProof.prototype.lookupInners = $util.emptyArray;

                /**
                 * Creates a new CompressedBatchProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.CompressedBatchProof} CompressedBatchProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.CompressedBatchProof.$Shape): cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.CompressedBatchProof.$Properties): cosmos.ics23.v1.CompressedBatchProof;
                 * }}
                 */
                CompressedBatchProof.create = function(properties) {
                    return new CompressedBatchProof(properties);
                };

                /**
                 * Encodes the specified CompressedBatchProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchProof.$Properties} message CompressedBatchProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedBatchProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.cosmos.ics23.v1.CompressedBatchEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.lookupInners != null && message.lookupInners.length)
                        for (let i = 0; i < message.lookupInners.length; ++i)
                            $root.cosmos.ics23.v1.InnerOp.encode(message.lookupInners[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CompressedBatchProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchProof.$Properties} message CompressedBatchProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedBatchProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CompressedBatchProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape} CompressedBatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedBatchProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.CompressedBatchProof();
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
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.cosmos.ics23.v1.CompressedBatchEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.lookupInners && message.lookupInners.length))
                                    message.lookupInners = [];
                                message.lookupInners.push($root.cosmos.ics23.v1.InnerOp.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a CompressedBatchProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedBatchProof & cosmos.ics23.v1.CompressedBatchProof.$Shape} CompressedBatchProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedBatchProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CompressedBatchProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CompressedBatchProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.cosmos.ics23.v1.CompressedBatchEntry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    if (message.lookupInners != null && $Object.hasOwnProperty.call(message, "lookupInners")) {
                        if (!$Array.isArray(message.lookupInners))
                            return "lookupInners: array expected";
                        for (let i = 0; i < message.lookupInners.length; ++i) {
                            let error = $root.cosmos.ics23.v1.InnerOp.verify(message.lookupInners[i], _depth + 1);
                            if (error)
                                return "lookupInners." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a CompressedBatchProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.CompressedBatchProof} CompressedBatchProof
                 */
                CompressedBatchProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.CompressedBatchProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.CompressedBatchProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.CompressedBatchProof();
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".cosmos.ics23.v1.CompressedBatchProof.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".cosmos.ics23.v1.CompressedBatchProof.entries: object expected");
                            message.entries[i] = $root.cosmos.ics23.v1.CompressedBatchEntry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.lookupInners) {
                        if (!$Array.isArray(object.lookupInners))
                            throw $TypeError(".cosmos.ics23.v1.CompressedBatchProof.lookupInners: array expected");
                        message.lookupInners = $Array(object.lookupInners.length);
                        for (let i = 0; i < object.lookupInners.length; ++i) {
                            if (!$util.isObject(object.lookupInners[i]))
                                throw $TypeError(".cosmos.ics23.v1.CompressedBatchProof.lookupInners: object expected");
                            message.lookupInners[i] = $root.cosmos.ics23.v1.InnerOp.fromObject(object.lookupInners[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CompressedBatchProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchProof} message CompressedBatchProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CompressedBatchProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.entries = [];
                        object.lookupInners = [];
                    }
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.cosmos.ics23.v1.CompressedBatchEntry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.lookupInners && message.lookupInners.length) {
                        object.lookupInners = $Array(message.lookupInners.length);
                        for (let j = 0; j < message.lookupInners.length; ++j)
                            object.lookupInners[j] = $root.cosmos.ics23.v1.InnerOp.toObject(message.lookupInners[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this CompressedBatchProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CompressedBatchProof.prototype.toJSON = function() {
                    return CompressedBatchProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CompressedBatchProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.CompressedBatchProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CompressedBatchProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.CompressedBatchProof";
                };

                return CompressedBatchProof;
            })();

            v1.CompressedBatchEntry = (function() {

                /**
                 * Properties of a CompressedBatchEntry.
                 * @typedef {Object} cosmos.ics23.v1.CompressedBatchEntry.$Properties
                 * @property {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null} [exist] CompressedBatchEntry exist
                 * @property {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties|null} [nonexist] CompressedBatchEntry nonexist
                 * @property {"exist"|"nonexist"} [proof] CompressedBatchEntry proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CompressedBatchEntry.
                 * @memberof cosmos.ics23.v1
                 * @interface ICompressedBatchEntry
                 * @augments cosmos.ics23.v1.CompressedBatchEntry.$Properties
                 * @deprecated Use cosmos.ics23.v1.CompressedBatchEntry.$Properties instead.
                 */

                /**
                 * Narrowed shape of a CompressedBatchEntry.
                 * @typedef {{
                 *   exist?: cosmos.ics23.v1.CompressedExistenceProof.$Shape|null;
                 *   nonexist?: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ proof?: undefined; exist?: null; nonexist?: null }|{ proof?: "exist"; exist: cosmos.ics23.v1.CompressedExistenceProof.$Shape; nonexist?: null }|{ proof?: "nonexist"; exist?: null; nonexist: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape })
                 * )} cosmos.ics23.v1.CompressedBatchEntry.$Shape
                 */

                /**
                 * Constructs a new CompressedBatchEntry.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a CompressedBatchEntry.
                 * @constructor
                 * @param {cosmos.ics23.v1.CompressedBatchEntry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CompressedBatchEntry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CompressedBatchEntry exist.
                 * @member {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null|undefined} exist
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @instance
                 */
                CompressedBatchEntry.prototype.exist = null;

                /**
                 * CompressedBatchEntry nonexist.
                 * @member {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties|null|undefined} nonexist
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @instance
                 */
                CompressedBatchEntry.prototype.nonexist = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * CompressedBatchEntry proof.
                 * @member {"exist"|"nonexist"|undefined} proof
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @instance
                 */
                $Object.defineProperty(CompressedBatchEntry.prototype, "proof", {
                    get: $util.oneOfGetter($oneOfFields = ["exist", "nonexist"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new CompressedBatchEntry instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchEntry.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry} CompressedBatchEntry instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.CompressedBatchEntry.$Shape): cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape;
                 *   (properties?: cosmos.ics23.v1.CompressedBatchEntry.$Properties): cosmos.ics23.v1.CompressedBatchEntry;
                 * }}
                 */
                CompressedBatchEntry.create = function(properties) {
                    return new CompressedBatchEntry(properties);
                };

                /**
                 * Encodes the specified CompressedBatchEntry message. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchEntry.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchEntry.$Properties} message CompressedBatchEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedBatchEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist"))
                        $root.cosmos.ics23.v1.CompressedExistenceProof.encode(message.exist, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist"))
                        $root.cosmos.ics23.v1.CompressedNonExistenceProof.encode(message.nonexist, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CompressedBatchEntry message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedBatchEntry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchEntry.$Properties} message CompressedBatchEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedBatchEntry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CompressedBatchEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape} CompressedBatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedBatchEntry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.CompressedBatchEntry();
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
                                message.exist = $root.cosmos.ics23.v1.CompressedExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.exist);
                                message.proof = "exist";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.nonexist = $root.cosmos.ics23.v1.CompressedNonExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.nonexist);
                                message.proof = "nonexist";
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
                 * Decodes a CompressedBatchEntry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry & cosmos.ics23.v1.CompressedBatchEntry.$Shape} CompressedBatchEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedBatchEntry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CompressedBatchEntry message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CompressedBatchEntry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.CompressedExistenceProof.verify(message.exist, _depth + 1);
                            if (error)
                                return "exist." + error;
                        }
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        if (properties.proof === 1)
                            return "proof: multiple values";
                        properties.proof = 1;
                        {
                            let error = $root.cosmos.ics23.v1.CompressedNonExistenceProof.verify(message.nonexist, _depth + 1);
                            if (error)
                                return "nonexist." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a CompressedBatchEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.CompressedBatchEntry} CompressedBatchEntry
                 */
                CompressedBatchEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.CompressedBatchEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.CompressedBatchEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.CompressedBatchEntry();
                    if (object.exist != null) {
                        if (!$util.isObject(object.exist))
                            throw $TypeError(".cosmos.ics23.v1.CompressedBatchEntry.exist: object expected");
                        message.exist = $root.cosmos.ics23.v1.CompressedExistenceProof.fromObject(object.exist, _depth + 1);
                    }
                    if (object.nonexist != null) {
                        if (!$util.isObject(object.nonexist))
                            throw $TypeError(".cosmos.ics23.v1.CompressedBatchEntry.nonexist: object expected");
                        message.nonexist = $root.cosmos.ics23.v1.CompressedNonExistenceProof.fromObject(object.nonexist, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CompressedBatchEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {cosmos.ics23.v1.CompressedBatchEntry} message CompressedBatchEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CompressedBatchEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.exist != null && $Object.hasOwnProperty.call(message, "exist")) {
                        object.exist = $root.cosmos.ics23.v1.CompressedExistenceProof.toObject(message.exist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "exist";
                    }
                    if (message.nonexist != null && $Object.hasOwnProperty.call(message, "nonexist")) {
                        object.nonexist = $root.cosmos.ics23.v1.CompressedNonExistenceProof.toObject(message.nonexist, options, _depth + 1);
                        if (options.oneofs)
                            object.proof = "nonexist";
                    }
                    return object;
                };

                /**
                 * Converts this CompressedBatchEntry to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CompressedBatchEntry.prototype.toJSON = function() {
                    return CompressedBatchEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CompressedBatchEntry
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.CompressedBatchEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CompressedBatchEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.CompressedBatchEntry";
                };

                return CompressedBatchEntry;
            })();

            v1.CompressedExistenceProof = (function() {

                /**
                 * Properties of a CompressedExistenceProof.
                 * @typedef {Object} cosmos.ics23.v1.CompressedExistenceProof.$Properties
                 * @property {Uint8Array|null} [key] CompressedExistenceProof key
                 * @property {Uint8Array|null} [value] CompressedExistenceProof value
                 * @property {cosmos.ics23.v1.LeafOp.$Properties|null} [leaf] CompressedExistenceProof leaf
                 * @property {Array.<number>|null} [path] CompressedExistenceProof path
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CompressedExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @interface ICompressedExistenceProof
                 * @augments cosmos.ics23.v1.CompressedExistenceProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.CompressedExistenceProof.$Properties instead.
                 */

                /**
                 * Shape of a CompressedExistenceProof.
                 * @typedef {cosmos.ics23.v1.CompressedExistenceProof.$Properties} cosmos.ics23.v1.CompressedExistenceProof.$Shape
                 */

                /**
                 * Constructs a new CompressedExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a CompressedExistenceProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.CompressedExistenceProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CompressedExistenceProof = function (properties) {
                    this.path = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CompressedExistenceProof key.
                 * @member {Uint8Array} key
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @instance
                 */
                CompressedExistenceProof.prototype.key = $util.newBuffer([]);

                /**
                 * CompressedExistenceProof value.
                 * @member {Uint8Array} value
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @instance
                 */
                CompressedExistenceProof.prototype.value = $util.newBuffer([]);

                /**
                 * CompressedExistenceProof leaf.
                 * @member {cosmos.ics23.v1.LeafOp.$Properties|null|undefined} leaf
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @instance
                 */
                CompressedExistenceProof.prototype.leaf = null;

                /**
                 * CompressedExistenceProof path.
                 * @member {Array.<number>} path
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @instance
                 */
                CompressedExistenceProof.prototype.path = $util.emptyArray;

                /**
                 * Creates a new CompressedExistenceProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedExistenceProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof} CompressedExistenceProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.CompressedExistenceProof.$Shape): cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.CompressedExistenceProof.$Properties): cosmos.ics23.v1.CompressedExistenceProof;
                 * }}
                 */
                CompressedExistenceProof.create = function(properties) {
                    return new CompressedExistenceProof(properties);
                };

                /**
                 * Encodes the specified CompressedExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedExistenceProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedExistenceProof.$Properties} message CompressedExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedExistenceProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf"))
                        $root.cosmos.ics23.v1.LeafOp.encode(message.leaf, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.path != null && message.path.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.path);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CompressedExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedExistenceProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedExistenceProof.$Properties} message CompressedExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedExistenceProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CompressedExistenceProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape} CompressedExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedExistenceProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.CompressedExistenceProof();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.leaf = $root.cosmos.ics23.v1.LeafOp.decode(reader, reader.size(), $undefined, _depth + 1, message.leaf);
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.path && message.path.length))
                                        message.path = [];
                                    reader.int32s(message.path);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                message.path.push(reader.int32());
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
                 * Decodes a CompressedExistenceProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof & cosmos.ics23.v1.CompressedExistenceProof.$Shape} CompressedExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedExistenceProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CompressedExistenceProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CompressedExistenceProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf")) {
                        let error = $root.cosmos.ics23.v1.LeafOp.verify(message.leaf, _depth + 1);
                        if (error)
                            return "leaf." + error;
                    }
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path")) {
                        if (!$Array.isArray(message.path))
                            return "path: array expected";
                        for (let i = 0; i < message.path.length; ++i)
                            if (!$util.isInteger(message.path[i]))
                                return "path: integer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a CompressedExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.CompressedExistenceProof} CompressedExistenceProof
                 */
                CompressedExistenceProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.CompressedExistenceProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.CompressedExistenceProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.CompressedExistenceProof();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    if (object.leaf != null) {
                        if (!$util.isObject(object.leaf))
                            throw $TypeError(".cosmos.ics23.v1.CompressedExistenceProof.leaf: object expected");
                        message.leaf = $root.cosmos.ics23.v1.LeafOp.fromObject(object.leaf, _depth + 1);
                    }
                    if (object.path) {
                        if (!$Array.isArray(object.path))
                            throw $TypeError(".cosmos.ics23.v1.CompressedExistenceProof.path: array expected");
                        message.path = $Array(object.path.length);
                        for (let i = 0; i < object.path.length; ++i)
                            message.path[i] = object.path[i] | 0;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CompressedExistenceProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedExistenceProof} message CompressedExistenceProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CompressedExistenceProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.path = [];
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                        object.leaf = null;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    if (message.leaf != null && $Object.hasOwnProperty.call(message, "leaf"))
                        object.leaf = $root.cosmos.ics23.v1.LeafOp.toObject(message.leaf, options, _depth + 1);
                    if (message.path && message.path.length) {
                        object.path = $Array(message.path.length);
                        for (let j = 0; j < message.path.length; ++j)
                            object.path[j] = message.path[j];
                    }
                    return object;
                };

                /**
                 * Converts this CompressedExistenceProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CompressedExistenceProof.prototype.toJSON = function() {
                    return CompressedExistenceProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CompressedExistenceProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.CompressedExistenceProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CompressedExistenceProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.CompressedExistenceProof";
                };

                return CompressedExistenceProof;
            })();

            v1.CompressedNonExistenceProof = (function() {

                /**
                 * Properties of a CompressedNonExistenceProof.
                 * @typedef {Object} cosmos.ics23.v1.CompressedNonExistenceProof.$Properties
                 * @property {Uint8Array|null} [key] CompressedNonExistenceProof key
                 * @property {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null} [left] CompressedNonExistenceProof left
                 * @property {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null} [right] CompressedNonExistenceProof right
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CompressedNonExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @interface ICompressedNonExistenceProof
                 * @augments cosmos.ics23.v1.CompressedNonExistenceProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.CompressedNonExistenceProof.$Properties instead.
                 */

                /**
                 * Shape of a CompressedNonExistenceProof.
                 * @typedef {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties} cosmos.ics23.v1.CompressedNonExistenceProof.$Shape
                 */

                /**
                 * Constructs a new CompressedNonExistenceProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a CompressedNonExistenceProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CompressedNonExistenceProof = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CompressedNonExistenceProof key.
                 * @member {Uint8Array} key
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @instance
                 */
                CompressedNonExistenceProof.prototype.key = $util.newBuffer([]);

                /**
                 * CompressedNonExistenceProof left.
                 * @member {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null|undefined} left
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @instance
                 */
                CompressedNonExistenceProof.prototype.left = null;

                /**
                 * CompressedNonExistenceProof right.
                 * @member {cosmos.ics23.v1.CompressedExistenceProof.$Properties|null|undefined} right
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @instance
                 */
                CompressedNonExistenceProof.prototype.right = null;

                /**
                 * Creates a new CompressedNonExistenceProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof} CompressedNonExistenceProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.CompressedNonExistenceProof.$Shape): cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.CompressedNonExistenceProof.$Properties): cosmos.ics23.v1.CompressedNonExistenceProof;
                 * }}
                 */
                CompressedNonExistenceProof.create = function(properties) {
                    return new CompressedNonExistenceProof(properties);
                };

                /**
                 * Encodes the specified CompressedNonExistenceProof message. Does not implicitly {@link cosmos.ics23.v1.CompressedNonExistenceProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties} message CompressedNonExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedNonExistenceProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                        $root.cosmos.ics23.v1.CompressedExistenceProof.encode(message.left, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        $root.cosmos.ics23.v1.CompressedExistenceProof.encode(message.right, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CompressedNonExistenceProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.CompressedNonExistenceProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedNonExistenceProof.$Properties} message CompressedNonExistenceProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompressedNonExistenceProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CompressedNonExistenceProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape} CompressedNonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedNonExistenceProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.CompressedNonExistenceProof();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.left = $root.cosmos.ics23.v1.CompressedExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.left);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.right = $root.cosmos.ics23.v1.CompressedExistenceProof.decode(reader, reader.size(), $undefined, _depth + 1, message.right);
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
                 * Decodes a CompressedNonExistenceProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof & cosmos.ics23.v1.CompressedNonExistenceProof.$Shape} CompressedNonExistenceProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompressedNonExistenceProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CompressedNonExistenceProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CompressedNonExistenceProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left")) {
                        let error = $root.cosmos.ics23.v1.CompressedExistenceProof.verify(message.left, _depth + 1);
                        if (error)
                            return "left." + error;
                    }
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right")) {
                        let error = $root.cosmos.ics23.v1.CompressedExistenceProof.verify(message.right, _depth + 1);
                        if (error)
                            return "right." + error;
                    }
                    return null;
                };

                /**
                 * Creates a CompressedNonExistenceProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.CompressedNonExistenceProof} CompressedNonExistenceProof
                 */
                CompressedNonExistenceProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.CompressedNonExistenceProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.CompressedNonExistenceProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.CompressedNonExistenceProof();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.left != null) {
                        if (!$util.isObject(object.left))
                            throw $TypeError(".cosmos.ics23.v1.CompressedNonExistenceProof.left: object expected");
                        message.left = $root.cosmos.ics23.v1.CompressedExistenceProof.fromObject(object.left, _depth + 1);
                    }
                    if (object.right != null) {
                        if (!$util.isObject(object.right))
                            throw $TypeError(".cosmos.ics23.v1.CompressedNonExistenceProof.right: object expected");
                        message.right = $root.cosmos.ics23.v1.CompressedExistenceProof.fromObject(object.right, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CompressedNonExistenceProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {cosmos.ics23.v1.CompressedNonExistenceProof} message CompressedNonExistenceProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CompressedNonExistenceProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        object.left = null;
                        object.right = null;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                        object.left = $root.cosmos.ics23.v1.CompressedExistenceProof.toObject(message.left, options, _depth + 1);
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        object.right = $root.cosmos.ics23.v1.CompressedExistenceProof.toObject(message.right, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this CompressedNonExistenceProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CompressedNonExistenceProof.prototype.toJSON = function() {
                    return CompressedNonExistenceProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CompressedNonExistenceProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.CompressedNonExistenceProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CompressedNonExistenceProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.CompressedNonExistenceProof";
                };

                return CompressedNonExistenceProof;
            })();

            v1.ChainedProof = (function() {

                /**
                 * Properties of a ChainedProof.
                 * @typedef {Object} cosmos.ics23.v1.ChainedProof.$Properties
                 * @property {Array.<cosmos.ics23.v1.CommitmentProof.$Properties>|null} [proofs] ChainedProof proofs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChainedProof.
                 * @memberof cosmos.ics23.v1
                 * @interface IChainedProof
                 * @augments cosmos.ics23.v1.ChainedProof.$Properties
                 * @deprecated Use cosmos.ics23.v1.ChainedProof.$Properties instead.
                 */

                /**
                 * Shape of a ChainedProof.
                 * @typedef {{
                 *   proofs?: Array.<cosmos.ics23.v1.CommitmentProof.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} cosmos.ics23.v1.ChainedProof.$Shape
                 */

                /**
                 * Constructs a new ChainedProof.
                 * @memberof cosmos.ics23.v1
                 * @classdesc Represents a ChainedProof.
                 * @constructor
                 * @param {cosmos.ics23.v1.ChainedProof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChainedProof = function (properties) {
                    this.proofs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChainedProof proofs.
                 * @member {Array.<cosmos.ics23.v1.CommitmentProof.$Properties>} proofs
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @instance
                 */
                ChainedProof.prototype.proofs = $util.emptyArray;

                /**
                 * Creates a new ChainedProof instance using the specified properties.
                 * @function create
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {cosmos.ics23.v1.ChainedProof.$Properties=} [properties] Properties to set
                 * @returns {cosmos.ics23.v1.ChainedProof} ChainedProof instance
                 * @type {{
                 *   (properties: cosmos.ics23.v1.ChainedProof.$Shape): cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape;
                 *   (properties?: cosmos.ics23.v1.ChainedProof.$Properties): cosmos.ics23.v1.ChainedProof;
                 * }}
                 */
                ChainedProof.create = function(properties) {
                    return new ChainedProof(properties);
                };

                /**
                 * Encodes the specified ChainedProof message. Does not implicitly {@link cosmos.ics23.v1.ChainedProof.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {cosmos.ics23.v1.ChainedProof.$Properties} message ChainedProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChainedProof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proofs != null && message.proofs.length)
                        for (let i = 0; i < message.proofs.length; ++i)
                            $root.cosmos.ics23.v1.CommitmentProof.encode(message.proofs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ChainedProof message, length delimited. Does not implicitly {@link cosmos.ics23.v1.ChainedProof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {cosmos.ics23.v1.ChainedProof.$Properties} message ChainedProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChainedProof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ChainedProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape} ChainedProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChainedProof.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cosmos.ics23.v1.ChainedProof();
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
                                if (!(message.proofs && message.proofs.length))
                                    message.proofs = [];
                                message.proofs.push($root.cosmos.ics23.v1.CommitmentProof.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a ChainedProof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {cosmos.ics23.v1.ChainedProof & cosmos.ics23.v1.ChainedProof.$Shape} ChainedProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChainedProof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ChainedProof message.
                 * @function verify
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ChainedProof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.proofs != null && $Object.hasOwnProperty.call(message, "proofs")) {
                        if (!$Array.isArray(message.proofs))
                            return "proofs: array expected";
                        for (let i = 0; i < message.proofs.length; ++i) {
                            let error = $root.cosmos.ics23.v1.CommitmentProof.verify(message.proofs[i], _depth + 1);
                            if (error)
                                return "proofs." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ChainedProof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.ics23.v1.ChainedProof} ChainedProof
                 */
                ChainedProof.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.ics23.v1.ChainedProof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.ics23.v1.ChainedProof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.ics23.v1.ChainedProof();
                    if (object.proofs) {
                        if (!$Array.isArray(object.proofs))
                            throw $TypeError(".cosmos.ics23.v1.ChainedProof.proofs: array expected");
                        message.proofs = $Array(object.proofs.length);
                        for (let i = 0; i < object.proofs.length; ++i) {
                            if (!$util.isObject(object.proofs[i]))
                                throw $TypeError(".cosmos.ics23.v1.ChainedProof.proofs: object expected");
                            message.proofs[i] = $root.cosmos.ics23.v1.CommitmentProof.fromObject(object.proofs[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ChainedProof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {cosmos.ics23.v1.ChainedProof} message ChainedProof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChainedProof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.proofs = [];
                    if (message.proofs && message.proofs.length) {
                        object.proofs = $Array(message.proofs.length);
                        for (let j = 0; j < message.proofs.length; ++j)
                            object.proofs[j] = $root.cosmos.ics23.v1.CommitmentProof.toObject(message.proofs[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ChainedProof to JSON.
                 * @function toJSON
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChainedProof.prototype.toJSON = function() {
                    return ChainedProof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChainedProof
                 * @function getTypeUrl
                 * @memberof cosmos.ics23.v1.ChainedProof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChainedProof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.ics23.v1.ChainedProof";
                };

                return ChainedProof;
            })();

            return v1;
        })();

        return ics23;
    })();

    return cosmos;
})();

export {
  $root as default
};
