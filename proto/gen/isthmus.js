/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["isthmus"] || ($protobuf.roots["isthmus"] = {});

export const isthmus = $root.isthmus = (() => {

    /**
     * Namespace isthmus.
     * @exports isthmus
     * @namespace
     */
    const isthmus = {};

    isthmus.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof isthmus
         * @namespace
         */
        const v1 = {};

        v1.Ledger = (function() {

            /**
             * Constructs a new Ledger service.
             * @memberof isthmus.v1
             * @classdesc Represents a Ledger
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Ledger = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Ledger.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Ledger, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Ledger service using the specified rpc implementation.
             * @function create
             * @memberof isthmus.v1.Ledger
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Ledger} RPC service. Useful where requests and/or responses are streamed.
             */
            Ledger.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getChainInfo}.
             * @memberof isthmus.v1.Ledger
             * @typedef GetChainInfoCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.GetChainInfoResponse} [response] GetChainInfoResponse
             */

            /**
             * Calls GetChainInfo.
             * @memberof isthmus.v1.Ledger
             * @typedef GetChainInfo
             * @type {{
             *   (request: isthmus.v1.IGetChainInfoRequest, callback: isthmus.v1.Ledger.GetChainInfoCallback): void;
             *   (request: isthmus.v1.IGetChainInfoRequest): Promise<isthmus.v1.GetChainInfoResponse>;
             *   readonly name: "GetChainInfo";
             *   readonly path: "/isthmus.v1.Ledger/GetChainInfo";
             *   readonly requestType: "GetChainInfoRequest";
             *   readonly responseType: "GetChainInfoResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetChainInfo.
             * @name isthmus.v1.Ledger#getChainInfo
             * @type {isthmus.v1.Ledger.GetChainInfo}
             */
            $Object.defineProperties(Ledger.prototype.getChainInfo = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.getChainInfo, $root.isthmus.v1.GetChainInfoRequest, $root.isthmus.v1.GetChainInfoResponse, request, callback);
            }, {
                name: { value: "GetChainInfo" },
                path: { value: "/isthmus.v1.Ledger/GetChainInfo" },
                requestType: { value: "GetChainInfoRequest" },
                responseType: { value: "GetChainInfoResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getLatestHeight}.
             * @memberof isthmus.v1.Ledger
             * @typedef GetLatestHeightCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.GetLatestHeightResponse} [response] GetLatestHeightResponse
             */

            /**
             * Calls GetLatestHeight.
             * @memberof isthmus.v1.Ledger
             * @typedef GetLatestHeight
             * @type {{
             *   (request: isthmus.v1.IGetLatestHeightRequest, callback: isthmus.v1.Ledger.GetLatestHeightCallback): void;
             *   (request: isthmus.v1.IGetLatestHeightRequest): Promise<isthmus.v1.GetLatestHeightResponse>;
             *   readonly name: "GetLatestHeight";
             *   readonly path: "/isthmus.v1.Ledger/GetLatestHeight";
             *   readonly requestType: "GetLatestHeightRequest";
             *   readonly responseType: "GetLatestHeightResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetLatestHeight.
             * @name isthmus.v1.Ledger#getLatestHeight
             * @type {isthmus.v1.Ledger.GetLatestHeight}
             */
            $Object.defineProperties(Ledger.prototype.getLatestHeight = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.getLatestHeight, $root.isthmus.v1.GetLatestHeightRequest, $root.isthmus.v1.GetLatestHeightResponse, request, callback);
            }, {
                name: { value: "GetLatestHeight" },
                path: { value: "/isthmus.v1.Ledger/GetLatestHeight" },
                requestType: { value: "GetLatestHeightRequest" },
                responseType: { value: "GetLatestHeightResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getClientMessage}.
             * @memberof isthmus.v1.Ledger
             * @typedef GetClientMessageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.GetClientMessageResponse} [response] GetClientMessageResponse
             */

            /**
             * Calls GetClientMessage.
             * @memberof isthmus.v1.Ledger
             * @typedef GetClientMessage
             * @type {{
             *   (request: isthmus.v1.IGetClientMessageRequest, callback: isthmus.v1.Ledger.GetClientMessageCallback): void;
             *   (request: isthmus.v1.IGetClientMessageRequest): Promise<isthmus.v1.GetClientMessageResponse>;
             *   readonly name: "GetClientMessage";
             *   readonly path: "/isthmus.v1.Ledger/GetClientMessage";
             *   readonly requestType: "GetClientMessageRequest";
             *   readonly responseType: "GetClientMessageResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetClientMessage.
             * @name isthmus.v1.Ledger#getClientMessage
             * @type {isthmus.v1.Ledger.GetClientMessage}
             */
            $Object.defineProperties(Ledger.prototype.getClientMessage = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.getClientMessage, $root.isthmus.v1.GetClientMessageRequest, $root.isthmus.v1.GetClientMessageResponse, request, callback);
            }, {
                name: { value: "GetClientMessage" },
                path: { value: "/isthmus.v1.Ledger/GetClientMessage" },
                requestType: { value: "GetClientMessageRequest" },
                responseType: { value: "GetClientMessageResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#streamEvents}.
             * @memberof isthmus.v1.Ledger
             * @typedef StreamEventsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.StreamEventsResponse} [response] StreamEventsResponse
             */

            /**
             * Calls StreamEvents.
             * @memberof isthmus.v1.Ledger
             * @typedef StreamEvents
             * @type {{
             *   (request: isthmus.v1.IStreamEventsRequest, callback: isthmus.v1.Ledger.StreamEventsCallback): void;
             *   (request: isthmus.v1.IStreamEventsRequest): Promise<isthmus.v1.StreamEventsResponse>;
             *   readonly name: "StreamEvents";
             *   readonly path: "/isthmus.v1.Ledger/StreamEvents";
             *   readonly requestType: "StreamEventsRequest";
             *   readonly responseType: "StreamEventsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls StreamEvents.
             * @name isthmus.v1.Ledger#streamEvents
             * @type {isthmus.v1.Ledger.StreamEvents}
             */
            $Object.defineProperties(Ledger.prototype.streamEvents = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.streamEvents, $root.isthmus.v1.StreamEventsRequest, $root.isthmus.v1.StreamEventsResponse, request, callback);
            }, {
                name: { value: "StreamEvents" },
                path: { value: "/isthmus.v1.Ledger/StreamEvents" },
                requestType: { value: "StreamEventsRequest" },
                responseType: { value: "StreamEventsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#queryProof}.
             * @memberof isthmus.v1.Ledger
             * @typedef QueryProofCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.QueryProofResponse} [response] QueryProofResponse
             */

            /**
             * Calls QueryProof.
             * @memberof isthmus.v1.Ledger
             * @typedef QueryProof
             * @type {{
             *   (request: isthmus.v1.IQueryProofRequest, callback: isthmus.v1.Ledger.QueryProofCallback): void;
             *   (request: isthmus.v1.IQueryProofRequest): Promise<isthmus.v1.QueryProofResponse>;
             *   readonly name: "QueryProof";
             *   readonly path: "/isthmus.v1.Ledger/QueryProof";
             *   readonly requestType: "QueryProofRequest";
             *   readonly responseType: "QueryProofResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls QueryProof.
             * @name isthmus.v1.Ledger#queryProof
             * @type {isthmus.v1.Ledger.QueryProof}
             */
            $Object.defineProperties(Ledger.prototype.queryProof = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.queryProof, $root.isthmus.v1.QueryProofRequest, $root.isthmus.v1.QueryProofResponse, request, callback);
            }, {
                name: { value: "QueryProof" },
                path: { value: "/isthmus.v1.Ledger/QueryProof" },
                requestType: { value: "QueryProofRequest" },
                responseType: { value: "QueryProofResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#submit}.
             * @memberof isthmus.v1.Ledger
             * @typedef SubmitCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.SubmitResponse} [response] SubmitResponse
             */

            /**
             * Calls Submit.
             * @memberof isthmus.v1.Ledger
             * @typedef Submit
             * @type {{
             *   (request: isthmus.v1.ISubmitRequest, callback: isthmus.v1.Ledger.SubmitCallback): void;
             *   (request: isthmus.v1.ISubmitRequest): Promise<isthmus.v1.SubmitResponse>;
             *   readonly name: "Submit";
             *   readonly path: "/isthmus.v1.Ledger/Submit";
             *   readonly requestType: "SubmitRequest";
             *   readonly responseType: "SubmitResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Submit.
             * @name isthmus.v1.Ledger#submit
             * @type {isthmus.v1.Ledger.Submit}
             */
            $Object.defineProperties(Ledger.prototype.submit = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.submit, $root.isthmus.v1.SubmitRequest, $root.isthmus.v1.SubmitResponse, request, callback);
            }, {
                name: { value: "Submit" },
                path: { value: "/isthmus.v1.Ledger/Submit" },
                requestType: { value: "SubmitRequest" },
                responseType: { value: "SubmitResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Ledger#queryClient}.
             * @memberof isthmus.v1.Ledger
             * @typedef QueryClientCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.QueryClientResponse} [response] QueryClientResponse
             */

            /**
             * Calls QueryClient.
             * @memberof isthmus.v1.Ledger
             * @typedef QueryClient
             * @type {{
             *   (request: isthmus.v1.IQueryClientRequest, callback: isthmus.v1.Ledger.QueryClientCallback): void;
             *   (request: isthmus.v1.IQueryClientRequest): Promise<isthmus.v1.QueryClientResponse>;
             *   readonly name: "QueryClient";
             *   readonly path: "/isthmus.v1.Ledger/QueryClient";
             *   readonly requestType: "QueryClientRequest";
             *   readonly responseType: "QueryClientResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls QueryClient.
             * @name isthmus.v1.Ledger#queryClient
             * @type {isthmus.v1.Ledger.QueryClient}
             */
            $Object.defineProperties(Ledger.prototype.queryClient = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ledger.prototype.queryClient, $root.isthmus.v1.QueryClientRequest, $root.isthmus.v1.QueryClientResponse, request, callback);
            }, {
                name: { value: "QueryClient" },
                path: { value: "/isthmus.v1.Ledger/QueryClient" },
                requestType: { value: "QueryClientRequest" },
                responseType: { value: "QueryClientResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Ledger;
        })();

        v1.GetChainInfoRequest = (function() {

            /**
             * Properties of a GetChainInfoRequest.
             * @typedef {Object} isthmus.v1.GetChainInfoRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetChainInfoRequest.
             * @memberof isthmus.v1
             * @interface IGetChainInfoRequest
             * @augments isthmus.v1.GetChainInfoRequest.$Properties
             * @deprecated Use isthmus.v1.GetChainInfoRequest.$Properties instead.
             */

            /**
             * Shape of a GetChainInfoRequest.
             * @typedef {isthmus.v1.GetChainInfoRequest.$Properties} isthmus.v1.GetChainInfoRequest.$Shape
             */

            /**
             * Constructs a new GetChainInfoRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a GetChainInfoRequest.
             * @constructor
             * @param {isthmus.v1.GetChainInfoRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetChainInfoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetChainInfoRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {isthmus.v1.GetChainInfoRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetChainInfoRequest} GetChainInfoRequest instance
             * @type {{
             *   (properties: isthmus.v1.GetChainInfoRequest.$Shape): isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape;
             *   (properties?: isthmus.v1.GetChainInfoRequest.$Properties): isthmus.v1.GetChainInfoRequest;
             * }}
             */
            GetChainInfoRequest.create = function(properties) {
                return new GetChainInfoRequest(properties);
            };

            /**
             * Encodes the specified GetChainInfoRequest message. Does not implicitly {@link isthmus.v1.GetChainInfoRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {isthmus.v1.GetChainInfoRequest.$Properties} message GetChainInfoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetChainInfoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetChainInfoRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetChainInfoRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {isthmus.v1.GetChainInfoRequest.$Properties} message GetChainInfoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetChainInfoRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetChainInfoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape} GetChainInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetChainInfoRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetChainInfoRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a GetChainInfoRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape} GetChainInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetChainInfoRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetChainInfoRequest message.
             * @function verify
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetChainInfoRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a GetChainInfoRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetChainInfoRequest} GetChainInfoRequest
             */
            GetChainInfoRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetChainInfoRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetChainInfoRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.isthmus.v1.GetChainInfoRequest();
            };

            /**
             * Creates a plain object from a GetChainInfoRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {isthmus.v1.GetChainInfoRequest} message GetChainInfoRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetChainInfoRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetChainInfoRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetChainInfoRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetChainInfoRequest.prototype.toJSON = function() {
                return GetChainInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetChainInfoRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.GetChainInfoRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetChainInfoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetChainInfoRequest";
            };

            return GetChainInfoRequest;
        })();

        v1.GetChainInfoResponse = (function() {

            /**
             * Properties of a GetChainInfoResponse.
             * @typedef {Object} isthmus.v1.GetChainInfoResponse.$Properties
             * @property {string|null} [chainId] GetChainInfoResponse chainId
             * @property {string|null} [chainType] GetChainInfoResponse chainType
             * @property {string|null} [clientType] GetChainInfoResponse clientType
             * @property {isthmus.v1.Height.$Properties|null} [latestHeight] GetChainInfoResponse latestHeight
             * @property {number|Long|null} [latestTimeNs] GetChainInfoResponse latestTimeNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetChainInfoResponse.
             * @memberof isthmus.v1
             * @interface IGetChainInfoResponse
             * @augments isthmus.v1.GetChainInfoResponse.$Properties
             * @deprecated Use isthmus.v1.GetChainInfoResponse.$Properties instead.
             */

            /**
             * Shape of a GetChainInfoResponse.
             * @typedef {isthmus.v1.GetChainInfoResponse.$Properties} isthmus.v1.GetChainInfoResponse.$Shape
             */

            /**
             * Constructs a new GetChainInfoResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a GetChainInfoResponse.
             * @constructor
             * @param {isthmus.v1.GetChainInfoResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetChainInfoResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetChainInfoResponse chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             */
            GetChainInfoResponse.prototype.chainId = "";

            /**
             * GetChainInfoResponse chainType.
             * @member {string} chainType
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             */
            GetChainInfoResponse.prototype.chainType = "";

            /**
             * GetChainInfoResponse clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             */
            GetChainInfoResponse.prototype.clientType = "";

            /**
             * GetChainInfoResponse latestHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} latestHeight
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             */
            GetChainInfoResponse.prototype.latestHeight = null;

            /**
             * GetChainInfoResponse latestTimeNs.
             * @member {number|Long} latestTimeNs
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             */
            GetChainInfoResponse.prototype.latestTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GetChainInfoResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {isthmus.v1.GetChainInfoResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetChainInfoResponse} GetChainInfoResponse instance
             * @type {{
             *   (properties: isthmus.v1.GetChainInfoResponse.$Shape): isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape;
             *   (properties?: isthmus.v1.GetChainInfoResponse.$Properties): isthmus.v1.GetChainInfoResponse;
             * }}
             */
            GetChainInfoResponse.create = function(properties) {
                return new GetChainInfoResponse(properties);
            };

            /**
             * Encodes the specified GetChainInfoResponse message. Does not implicitly {@link isthmus.v1.GetChainInfoResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {isthmus.v1.GetChainInfoResponse.$Properties} message GetChainInfoResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetChainInfoResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType") && message.chainType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.chainType);
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientType);
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    $root.isthmus.v1.Height.encode(message.latestHeight, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.latestTimeNs != null && $Object.hasOwnProperty.call(message, "latestTimeNs") && (typeof message.latestTimeNs === "object" ? message.latestTimeNs.low || message.latestTimeNs.high : message.latestTimeNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.latestTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetChainInfoResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetChainInfoResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {isthmus.v1.GetChainInfoResponse.$Properties} message GetChainInfoResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetChainInfoResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetChainInfoResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape} GetChainInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetChainInfoResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetChainInfoResponse();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainType = value;
                            else
                                delete message.chainType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.latestHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.latestHeight);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.latestTimeNs = value;
                            else
                                delete message.latestTimeNs;
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
             * Decodes a GetChainInfoResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape} GetChainInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetChainInfoResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetChainInfoResponse message.
             * @function verify
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetChainInfoResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType"))
                    if (!$util.isString(message.chainType))
                        return "chainType: string expected";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.latestHeight, _depth + 1);
                    if (error)
                        return "latestHeight." + error;
                }
                if (message.latestTimeNs != null && $Object.hasOwnProperty.call(message, "latestTimeNs"))
                    if (!$util.isInteger(message.latestTimeNs) && !(message.latestTimeNs && $util.isInteger(message.latestTimeNs.low) && $util.isInteger(message.latestTimeNs.high)))
                        return "latestTimeNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a GetChainInfoResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetChainInfoResponse} GetChainInfoResponse
             */
            GetChainInfoResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetChainInfoResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetChainInfoResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetChainInfoResponse();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.chainType != null)
                    if (typeof object.chainType !== "string" || object.chainType.length)
                        message.chainType = $String(object.chainType);
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.latestHeight != null) {
                    if (!$util.isObject(object.latestHeight))
                        throw $TypeError(".isthmus.v1.GetChainInfoResponse.latestHeight: object expected");
                    message.latestHeight = $root.isthmus.v1.Height.fromObject(object.latestHeight, _depth + 1);
                }
                if (object.latestTimeNs != null)
                    if (typeof object.latestTimeNs === "object" ? object.latestTimeNs.low || object.latestTimeNs.high : $Number(object.latestTimeNs) !== 0)
                        if ($util.Long)
                            message.latestTimeNs = $util.Long.fromValue(object.latestTimeNs, true);
                        else if (typeof object.latestTimeNs === "string")
                            message.latestTimeNs = $parseInt(object.latestTimeNs, 10);
                        else if (typeof object.latestTimeNs === "number")
                            message.latestTimeNs = object.latestTimeNs;
                        else if (typeof object.latestTimeNs === "object")
                            message.latestTimeNs = new $util.LongBits(object.latestTimeNs.low >>> 0, object.latestTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GetChainInfoResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {isthmus.v1.GetChainInfoResponse} message GetChainInfoResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetChainInfoResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.chainType = "";
                    object.clientType = "";
                    object.latestHeight = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.latestTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.latestTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType"))
                    object.chainType = message.chainType;
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    object.latestHeight = $root.isthmus.v1.Height.toObject(message.latestHeight, options, _depth + 1);
                if (message.latestTimeNs != null && $Object.hasOwnProperty.call(message, "latestTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.latestTimeNs = typeof message.latestTimeNs === "number" ? $BigInt(message.latestTimeNs) : $util.Long.fromBits(message.latestTimeNs.low >>> 0, message.latestTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.latestTimeNs === "number")
                        object.latestTimeNs = options.longs === $String ? $String(message.latestTimeNs) : message.latestTimeNs;
                    else
                        object.latestTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.latestTimeNs) : options.longs === $Number ? new $util.LongBits(message.latestTimeNs.low >>> 0, message.latestTimeNs.high >>> 0).toNumber(true) : message.latestTimeNs;
                return object;
            };

            /**
             * Converts this GetChainInfoResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetChainInfoResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetChainInfoResponse.prototype.toJSON = function() {
                return GetChainInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetChainInfoResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.GetChainInfoResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetChainInfoResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetChainInfoResponse";
            };

            return GetChainInfoResponse;
        })();

        v1.GetLatestHeightRequest = (function() {

            /**
             * Properties of a GetLatestHeightRequest.
             * @typedef {Object} isthmus.v1.GetLatestHeightRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetLatestHeightRequest.
             * @memberof isthmus.v1
             * @interface IGetLatestHeightRequest
             * @augments isthmus.v1.GetLatestHeightRequest.$Properties
             * @deprecated Use isthmus.v1.GetLatestHeightRequest.$Properties instead.
             */

            /**
             * Shape of a GetLatestHeightRequest.
             * @typedef {isthmus.v1.GetLatestHeightRequest.$Properties} isthmus.v1.GetLatestHeightRequest.$Shape
             */

            /**
             * Constructs a new GetLatestHeightRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a GetLatestHeightRequest.
             * @constructor
             * @param {isthmus.v1.GetLatestHeightRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetLatestHeightRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetLatestHeightRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {isthmus.v1.GetLatestHeightRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetLatestHeightRequest} GetLatestHeightRequest instance
             * @type {{
             *   (properties: isthmus.v1.GetLatestHeightRequest.$Shape): isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape;
             *   (properties?: isthmus.v1.GetLatestHeightRequest.$Properties): isthmus.v1.GetLatestHeightRequest;
             * }}
             */
            GetLatestHeightRequest.create = function(properties) {
                return new GetLatestHeightRequest(properties);
            };

            /**
             * Encodes the specified GetLatestHeightRequest message. Does not implicitly {@link isthmus.v1.GetLatestHeightRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {isthmus.v1.GetLatestHeightRequest.$Properties} message GetLatestHeightRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLatestHeightRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetLatestHeightRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetLatestHeightRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {isthmus.v1.GetLatestHeightRequest.$Properties} message GetLatestHeightRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLatestHeightRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetLatestHeightRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape} GetLatestHeightRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLatestHeightRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetLatestHeightRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a GetLatestHeightRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape} GetLatestHeightRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLatestHeightRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetLatestHeightRequest message.
             * @function verify
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetLatestHeightRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a GetLatestHeightRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetLatestHeightRequest} GetLatestHeightRequest
             */
            GetLatestHeightRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetLatestHeightRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetLatestHeightRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.isthmus.v1.GetLatestHeightRequest();
            };

            /**
             * Creates a plain object from a GetLatestHeightRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {isthmus.v1.GetLatestHeightRequest} message GetLatestHeightRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetLatestHeightRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetLatestHeightRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetLatestHeightRequest.prototype.toJSON = function() {
                return GetLatestHeightRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetLatestHeightRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.GetLatestHeightRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetLatestHeightRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetLatestHeightRequest";
            };

            return GetLatestHeightRequest;
        })();

        v1.GetLatestHeightResponse = (function() {

            /**
             * Properties of a GetLatestHeightResponse.
             * @typedef {Object} isthmus.v1.GetLatestHeightResponse.$Properties
             * @property {isthmus.v1.Height.$Properties|null} [height] GetLatestHeightResponse height
             * @property {number|Long|null} [timeNs] GetLatestHeightResponse timeNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetLatestHeightResponse.
             * @memberof isthmus.v1
             * @interface IGetLatestHeightResponse
             * @augments isthmus.v1.GetLatestHeightResponse.$Properties
             * @deprecated Use isthmus.v1.GetLatestHeightResponse.$Properties instead.
             */

            /**
             * Shape of a GetLatestHeightResponse.
             * @typedef {isthmus.v1.GetLatestHeightResponse.$Properties} isthmus.v1.GetLatestHeightResponse.$Shape
             */

            /**
             * Constructs a new GetLatestHeightResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a GetLatestHeightResponse.
             * @constructor
             * @param {isthmus.v1.GetLatestHeightResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetLatestHeightResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetLatestHeightResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @instance
             */
            GetLatestHeightResponse.prototype.height = null;

            /**
             * GetLatestHeightResponse timeNs.
             * @member {number|Long} timeNs
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @instance
             */
            GetLatestHeightResponse.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GetLatestHeightResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {isthmus.v1.GetLatestHeightResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetLatestHeightResponse} GetLatestHeightResponse instance
             * @type {{
             *   (properties: isthmus.v1.GetLatestHeightResponse.$Shape): isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape;
             *   (properties?: isthmus.v1.GetLatestHeightResponse.$Properties): isthmus.v1.GetLatestHeightResponse;
             * }}
             */
            GetLatestHeightResponse.create = function(properties) {
                return new GetLatestHeightResponse(properties);
            };

            /**
             * Encodes the specified GetLatestHeightResponse message. Does not implicitly {@link isthmus.v1.GetLatestHeightResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {isthmus.v1.GetLatestHeightResponse.$Properties} message GetLatestHeightResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLatestHeightResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetLatestHeightResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetLatestHeightResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {isthmus.v1.GetLatestHeightResponse.$Properties} message GetLatestHeightResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLatestHeightResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetLatestHeightResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape} GetLatestHeightResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLatestHeightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetLatestHeightResponse();
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
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
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
             * Decodes a GetLatestHeightResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape} GetLatestHeightResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLatestHeightResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetLatestHeightResponse message.
             * @function verify
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetLatestHeightResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a GetLatestHeightResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetLatestHeightResponse} GetLatestHeightResponse
             */
            GetLatestHeightResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetLatestHeightResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetLatestHeightResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetLatestHeightResponse();
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.GetLatestHeightResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GetLatestHeightResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {isthmus.v1.GetLatestHeightResponse} message GetLatestHeightResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetLatestHeightResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.height = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                return object;
            };

            /**
             * Converts this GetLatestHeightResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetLatestHeightResponse.prototype.toJSON = function() {
                return GetLatestHeightResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetLatestHeightResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.GetLatestHeightResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetLatestHeightResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetLatestHeightResponse";
            };

            return GetLatestHeightResponse;
        })();

        v1.GetClientMessageRequest = (function() {

            /**
             * Properties of a GetClientMessageRequest.
             * @typedef {Object} isthmus.v1.GetClientMessageRequest.$Properties
             * @property {isthmus.v1.Height.$Properties|null} [trustedHeight] GetClientMessageRequest trustedHeight
             * @property {isthmus.v1.Height.$Properties|null} [targetHeight] GetClientMessageRequest targetHeight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetClientMessageRequest.
             * @memberof isthmus.v1
             * @interface IGetClientMessageRequest
             * @augments isthmus.v1.GetClientMessageRequest.$Properties
             * @deprecated Use isthmus.v1.GetClientMessageRequest.$Properties instead.
             */

            /**
             * Shape of a GetClientMessageRequest.
             * @typedef {isthmus.v1.GetClientMessageRequest.$Properties} isthmus.v1.GetClientMessageRequest.$Shape
             */

            /**
             * Constructs a new GetClientMessageRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a GetClientMessageRequest.
             * @constructor
             * @param {isthmus.v1.GetClientMessageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetClientMessageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetClientMessageRequest trustedHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} trustedHeight
             * @memberof isthmus.v1.GetClientMessageRequest
             * @instance
             */
            GetClientMessageRequest.prototype.trustedHeight = null;

            /**
             * GetClientMessageRequest targetHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} targetHeight
             * @memberof isthmus.v1.GetClientMessageRequest
             * @instance
             */
            GetClientMessageRequest.prototype.targetHeight = null;

            /**
             * Creates a new GetClientMessageRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {isthmus.v1.GetClientMessageRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetClientMessageRequest} GetClientMessageRequest instance
             * @type {{
             *   (properties: isthmus.v1.GetClientMessageRequest.$Shape): isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape;
             *   (properties?: isthmus.v1.GetClientMessageRequest.$Properties): isthmus.v1.GetClientMessageRequest;
             * }}
             */
            GetClientMessageRequest.create = function(properties) {
                return new GetClientMessageRequest(properties);
            };

            /**
             * Encodes the specified GetClientMessageRequest message. Does not implicitly {@link isthmus.v1.GetClientMessageRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {isthmus.v1.GetClientMessageRequest.$Properties} message GetClientMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientMessageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trustedHeight != null && $Object.hasOwnProperty.call(message, "trustedHeight"))
                    $root.isthmus.v1.Height.encode(message.trustedHeight, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.targetHeight != null && $Object.hasOwnProperty.call(message, "targetHeight"))
                    $root.isthmus.v1.Height.encode(message.targetHeight, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetClientMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetClientMessageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {isthmus.v1.GetClientMessageRequest.$Properties} message GetClientMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientMessageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetClientMessageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape} GetClientMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientMessageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetClientMessageRequest();
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
                            message.trustedHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.trustedHeight);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.targetHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.targetHeight);
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
             * Decodes a GetClientMessageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape} GetClientMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientMessageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetClientMessageRequest message.
             * @function verify
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetClientMessageRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.trustedHeight != null && $Object.hasOwnProperty.call(message, "trustedHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.trustedHeight, _depth + 1);
                    if (error)
                        return "trustedHeight." + error;
                }
                if (message.targetHeight != null && $Object.hasOwnProperty.call(message, "targetHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.targetHeight, _depth + 1);
                    if (error)
                        return "targetHeight." + error;
                }
                return null;
            };

            /**
             * Creates a GetClientMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetClientMessageRequest} GetClientMessageRequest
             */
            GetClientMessageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetClientMessageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetClientMessageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetClientMessageRequest();
                if (object.trustedHeight != null) {
                    if (!$util.isObject(object.trustedHeight))
                        throw $TypeError(".isthmus.v1.GetClientMessageRequest.trustedHeight: object expected");
                    message.trustedHeight = $root.isthmus.v1.Height.fromObject(object.trustedHeight, _depth + 1);
                }
                if (object.targetHeight != null) {
                    if (!$util.isObject(object.targetHeight))
                        throw $TypeError(".isthmus.v1.GetClientMessageRequest.targetHeight: object expected");
                    message.targetHeight = $root.isthmus.v1.Height.fromObject(object.targetHeight, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetClientMessageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {isthmus.v1.GetClientMessageRequest} message GetClientMessageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetClientMessageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.trustedHeight = null;
                    object.targetHeight = null;
                }
                if (message.trustedHeight != null && $Object.hasOwnProperty.call(message, "trustedHeight"))
                    object.trustedHeight = $root.isthmus.v1.Height.toObject(message.trustedHeight, options, _depth + 1);
                if (message.targetHeight != null && $Object.hasOwnProperty.call(message, "targetHeight"))
                    object.targetHeight = $root.isthmus.v1.Height.toObject(message.targetHeight, options, _depth + 1);
                return object;
            };

            /**
             * Converts this GetClientMessageRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetClientMessageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetClientMessageRequest.prototype.toJSON = function() {
                return GetClientMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetClientMessageRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.GetClientMessageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetClientMessageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetClientMessageRequest";
            };

            return GetClientMessageRequest;
        })();

        v1.GetClientMessageResponse = (function() {

            /**
             * Properties of a GetClientMessageResponse.
             * @typedef {Object} isthmus.v1.GetClientMessageResponse.$Properties
             * @property {Array.<isthmus.v1.ClientMessage.$Properties>|null} [messages] GetClientMessageResponse messages
             * @property {isthmus.v1.Height.$Properties|null} [height] GetClientMessageResponse height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetClientMessageResponse.
             * @memberof isthmus.v1
             * @interface IGetClientMessageResponse
             * @augments isthmus.v1.GetClientMessageResponse.$Properties
             * @deprecated Use isthmus.v1.GetClientMessageResponse.$Properties instead.
             */

            /**
             * Shape of a GetClientMessageResponse.
             * @typedef {isthmus.v1.GetClientMessageResponse.$Properties} isthmus.v1.GetClientMessageResponse.$Shape
             */

            /**
             * Constructs a new GetClientMessageResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a GetClientMessageResponse.
             * @constructor
             * @param {isthmus.v1.GetClientMessageResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetClientMessageResponse = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetClientMessageResponse messages.
             * @member {Array.<isthmus.v1.ClientMessage.$Properties>} messages
             * @memberof isthmus.v1.GetClientMessageResponse
             * @instance
             */
            GetClientMessageResponse.prototype.messages = $util.emptyArray;

            /**
             * GetClientMessageResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.GetClientMessageResponse
             * @instance
             */
            GetClientMessageResponse.prototype.height = null;

            /**
             * Creates a new GetClientMessageResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {isthmus.v1.GetClientMessageResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetClientMessageResponse} GetClientMessageResponse instance
             * @type {{
             *   (properties: isthmus.v1.GetClientMessageResponse.$Shape): isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape;
             *   (properties?: isthmus.v1.GetClientMessageResponse.$Properties): isthmus.v1.GetClientMessageResponse;
             * }}
             */
            GetClientMessageResponse.create = function(properties) {
                return new GetClientMessageResponse(properties);
            };

            /**
             * Encodes the specified GetClientMessageResponse message. Does not implicitly {@link isthmus.v1.GetClientMessageResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {isthmus.v1.GetClientMessageResponse.$Properties} message GetClientMessageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientMessageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.isthmus.v1.ClientMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetClientMessageResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetClientMessageResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {isthmus.v1.GetClientMessageResponse.$Properties} message GetClientMessageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientMessageResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetClientMessageResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape} GetClientMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientMessageResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetClientMessageResponse();
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
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.isthmus.v1.ClientMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a GetClientMessageResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape} GetClientMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientMessageResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetClientMessageResponse message.
             * @function verify
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetClientMessageResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    if (!$Array.isArray(message.messages))
                        return "messages: array expected";
                    for (let i = 0; i < message.messages.length; ++i) {
                        let error = $root.isthmus.v1.ClientMessage.verify(message.messages[i], _depth + 1);
                        if (error)
                            return "messages." + error;
                    }
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a GetClientMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetClientMessageResponse} GetClientMessageResponse
             */
            GetClientMessageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetClientMessageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetClientMessageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetClientMessageResponse();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".isthmus.v1.GetClientMessageResponse.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".isthmus.v1.GetClientMessageResponse.messages: object expected");
                        message.messages[i] = $root.isthmus.v1.ClientMessage.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.GetClientMessageResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetClientMessageResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {isthmus.v1.GetClientMessageResponse} message GetClientMessageResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetClientMessageResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults)
                    object.height = null;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.isthmus.v1.ClientMessage.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this GetClientMessageResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetClientMessageResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetClientMessageResponse.prototype.toJSON = function() {
                return GetClientMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetClientMessageResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.GetClientMessageResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetClientMessageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetClientMessageResponse";
            };

            return GetClientMessageResponse;
        })();

        v1.StreamEventsRequest = (function() {

            /**
             * Properties of a StreamEventsRequest.
             * @typedef {Object} isthmus.v1.StreamEventsRequest.$Properties
             * @property {isthmus.v1.Height.$Properties|null} [fromHeight] StreamEventsRequest fromHeight
             * @property {isthmus.v1.EventCursor.$Properties|null} [after] StreamEventsRequest after
             * @property {Array.<isthmus.v1.EventKind>|null} [kinds] StreamEventsRequest kinds
             * @property {boolean|null} [follow] StreamEventsRequest follow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamEventsRequest.
             * @memberof isthmus.v1
             * @interface IStreamEventsRequest
             * @augments isthmus.v1.StreamEventsRequest.$Properties
             * @deprecated Use isthmus.v1.StreamEventsRequest.$Properties instead.
             */

            /**
             * Shape of a StreamEventsRequest.
             * @typedef {isthmus.v1.StreamEventsRequest.$Properties} isthmus.v1.StreamEventsRequest.$Shape
             */

            /**
             * Constructs a new StreamEventsRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a StreamEventsRequest.
             * @constructor
             * @param {isthmus.v1.StreamEventsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamEventsRequest = function (properties) {
                this.kinds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamEventsRequest fromHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} fromHeight
             * @memberof isthmus.v1.StreamEventsRequest
             * @instance
             */
            StreamEventsRequest.prototype.fromHeight = null;

            /**
             * StreamEventsRequest after.
             * @member {isthmus.v1.EventCursor.$Properties|null|undefined} after
             * @memberof isthmus.v1.StreamEventsRequest
             * @instance
             */
            StreamEventsRequest.prototype.after = null;

            /**
             * StreamEventsRequest kinds.
             * @member {Array.<isthmus.v1.EventKind>} kinds
             * @memberof isthmus.v1.StreamEventsRequest
             * @instance
             */
            StreamEventsRequest.prototype.kinds = $util.emptyArray;

            /**
             * StreamEventsRequest follow.
             * @member {boolean} follow
             * @memberof isthmus.v1.StreamEventsRequest
             * @instance
             */
            StreamEventsRequest.prototype.follow = false;

            /**
             * Creates a new StreamEventsRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {isthmus.v1.StreamEventsRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.StreamEventsRequest} StreamEventsRequest instance
             * @type {{
             *   (properties: isthmus.v1.StreamEventsRequest.$Shape): isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape;
             *   (properties?: isthmus.v1.StreamEventsRequest.$Properties): isthmus.v1.StreamEventsRequest;
             * }}
             */
            StreamEventsRequest.create = function(properties) {
                return new StreamEventsRequest(properties);
            };

            /**
             * Encodes the specified StreamEventsRequest message. Does not implicitly {@link isthmus.v1.StreamEventsRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {isthmus.v1.StreamEventsRequest.$Properties} message StreamEventsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEventsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight"))
                    $root.isthmus.v1.Height.encode(message.fromHeight, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                    $root.isthmus.v1.EventCursor.encode(message.after, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.kinds != null && message.kinds.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.kinds);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.follow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamEventsRequest message, length delimited. Does not implicitly {@link isthmus.v1.StreamEventsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {isthmus.v1.StreamEventsRequest.$Properties} message StreamEventsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEventsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamEventsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape} StreamEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEventsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.StreamEventsRequest();
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
                            message.fromHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.fromHeight);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.after = $root.isthmus.v1.EventCursor.decode(reader, reader.size(), $undefined, _depth + 1, message.after);
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.kinds && message.kinds.length))
                                    message.kinds = [];
                                reader.int32s(message.kinds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
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
             * Decodes a StreamEventsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape} StreamEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEventsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamEventsRequest message.
             * @function verify
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamEventsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.fromHeight, _depth + 1);
                    if (error)
                        return "fromHeight." + error;
                }
                if (message.after != null && $Object.hasOwnProperty.call(message, "after")) {
                    let error = $root.isthmus.v1.EventCursor.verify(message.after, _depth + 1);
                    if (error)
                        return "after." + error;
                }
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds")) {
                    if (!$Array.isArray(message.kinds))
                        return "kinds: array expected";
                    for (let i = 0; i < message.kinds.length; ++i)
                        if (typeof message.kinds[i] !== "number" || (message.kinds[i] | 0) !== message.kinds[i])
                            return "kinds: enum value[] expected";
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                return null;
            };

            /**
             * Creates a StreamEventsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.StreamEventsRequest} StreamEventsRequest
             */
            StreamEventsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.StreamEventsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.StreamEventsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.StreamEventsRequest();
                if (object.fromHeight != null) {
                    if (!$util.isObject(object.fromHeight))
                        throw $TypeError(".isthmus.v1.StreamEventsRequest.fromHeight: object expected");
                    message.fromHeight = $root.isthmus.v1.Height.fromObject(object.fromHeight, _depth + 1);
                }
                if (object.after != null) {
                    if (!$util.isObject(object.after))
                        throw $TypeError(".isthmus.v1.StreamEventsRequest.after: object expected");
                    message.after = $root.isthmus.v1.EventCursor.fromObject(object.after, _depth + 1);
                }
                if (object.kinds) {
                    if (!$Array.isArray(object.kinds))
                        throw $TypeError(".isthmus.v1.StreamEventsRequest.kinds: array expected");
                    message.kinds = [];
                    for (let i = 0; i < object.kinds.length; ++i)
                        switch (object.kinds[i]) {
                        case "EVENT_KIND_UNSPECIFIED":
                        case 0:
                            message.kinds[message.kinds.length] = 0;
                            break;
                        case "EVENT_KIND_SEND_PACKET":
                        case 1:
                            message.kinds[message.kinds.length] = 1;
                            break;
                        case "EVENT_KIND_RECV_PACKET":
                        case 2:
                            message.kinds[message.kinds.length] = 2;
                            break;
                        case "EVENT_KIND_WRITE_ACK":
                        case 3:
                            message.kinds[message.kinds.length] = 3;
                            break;
                        case "EVENT_KIND_ACKNOWLEDGE_PACKET":
                        case 4:
                            message.kinds[message.kinds.length] = 4;
                            break;
                        case "EVENT_KIND_TIMEOUT_PACKET":
                        case 5:
                            message.kinds[message.kinds.length] = 5;
                            break;
                        case "EVENT_KIND_CLIENT_UPDATED":
                        case 6:
                            message.kinds[message.kinds.length] = 6;
                            break;
                        case "EVENT_KIND_MISBEHAVIOUR":
                        case 7:
                            message.kinds[message.kinds.length] = 7;
                            break;
                        default:
                            if (typeof object.kinds[i] === "number" && (object.kinds[i] | 0) === object.kinds[i])
                                message.kinds[message.kinds.length] = object.kinds[i];
                        }
                }
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                return message;
            };

            /**
             * Creates a plain object from a StreamEventsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {isthmus.v1.StreamEventsRequest} message StreamEventsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamEventsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.kinds = [];
                if (options.defaults) {
                    object.fromHeight = null;
                    object.after = null;
                    object.follow = false;
                }
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight"))
                    object.fromHeight = $root.isthmus.v1.Height.toObject(message.fromHeight, options, _depth + 1);
                if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                    object.after = $root.isthmus.v1.EventCursor.toObject(message.after, options, _depth + 1);
                if (message.kinds && message.kinds.length) {
                    object.kinds = $Array(message.kinds.length);
                    for (let j = 0; j < message.kinds.length; ++j)
                        object.kinds[j] = options.enums === $String ? $root.isthmus.v1.EventKind[message.kinds[j]] === $undefined ? message.kinds[j] : $root.isthmus.v1.EventKind[message.kinds[j]] : message.kinds[j];
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                return object;
            };

            /**
             * Converts this StreamEventsRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.StreamEventsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamEventsRequest.prototype.toJSON = function() {
                return StreamEventsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamEventsRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.StreamEventsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamEventsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.StreamEventsRequest";
            };

            return StreamEventsRequest;
        })();

        v1.StreamEventsResponse = (function() {

            /**
             * Properties of a StreamEventsResponse.
             * @typedef {Object} isthmus.v1.StreamEventsResponse.$Properties
             * @property {isthmus.v1.ChainEvent.$Properties|null} [event] StreamEventsResponse event
             * @property {isthmus.v1.Height.$Properties|null} [checkpoint] StreamEventsResponse checkpoint
             * @property {"event"|"checkpoint"} [item] StreamEventsResponse item
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamEventsResponse.
             * @memberof isthmus.v1
             * @interface IStreamEventsResponse
             * @augments isthmus.v1.StreamEventsResponse.$Properties
             * @deprecated Use isthmus.v1.StreamEventsResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a StreamEventsResponse.
             * @typedef {{
             *   event?: isthmus.v1.ChainEvent.$Shape|null;
             *   checkpoint?: isthmus.v1.Height.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ item?: undefined; event?: null; checkpoint?: null }|{ item?: "event"; event: isthmus.v1.ChainEvent.$Shape; checkpoint?: null }|{ item?: "checkpoint"; event?: null; checkpoint: isthmus.v1.Height.$Shape })
             * )} isthmus.v1.StreamEventsResponse.$Shape
             */

            /**
             * Constructs a new StreamEventsResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a StreamEventsResponse.
             * @constructor
             * @param {isthmus.v1.StreamEventsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamEventsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamEventsResponse event.
             * @member {isthmus.v1.ChainEvent.$Properties|null|undefined} event
             * @memberof isthmus.v1.StreamEventsResponse
             * @instance
             */
            StreamEventsResponse.prototype.event = null;

            /**
             * StreamEventsResponse checkpoint.
             * @member {isthmus.v1.Height.$Properties|null|undefined} checkpoint
             * @memberof isthmus.v1.StreamEventsResponse
             * @instance
             */
            StreamEventsResponse.prototype.checkpoint = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * StreamEventsResponse item.
             * @member {"event"|"checkpoint"|undefined} item
             * @memberof isthmus.v1.StreamEventsResponse
             * @instance
             */
            $Object.defineProperty(StreamEventsResponse.prototype, "item", {
                get: $util.oneOfGetter($oneOfFields = ["event", "checkpoint"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new StreamEventsResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {isthmus.v1.StreamEventsResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.StreamEventsResponse} StreamEventsResponse instance
             * @type {{
             *   (properties: isthmus.v1.StreamEventsResponse.$Shape): isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape;
             *   (properties?: isthmus.v1.StreamEventsResponse.$Properties): isthmus.v1.StreamEventsResponse;
             * }}
             */
            StreamEventsResponse.create = function(properties) {
                return new StreamEventsResponse(properties);
            };

            /**
             * Encodes the specified StreamEventsResponse message. Does not implicitly {@link isthmus.v1.StreamEventsResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {isthmus.v1.StreamEventsResponse.$Properties} message StreamEventsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEventsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.isthmus.v1.ChainEvent.encode(message.event, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    $root.isthmus.v1.Height.encode(message.checkpoint, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamEventsResponse message, length delimited. Does not implicitly {@link isthmus.v1.StreamEventsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {isthmus.v1.StreamEventsResponse.$Properties} message StreamEventsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEventsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamEventsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape} StreamEventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEventsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.StreamEventsResponse();
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
                            message.event = $root.isthmus.v1.ChainEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.item = "event";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.checkpoint = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                            message.item = "checkpoint";
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
             * Decodes a StreamEventsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape} StreamEventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEventsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamEventsResponse message.
             * @function verify
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamEventsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    properties.item = 1;
                    {
                        let error = $root.isthmus.v1.ChainEvent.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.isthmus.v1.Height.verify(message.checkpoint, _depth + 1);
                        if (error)
                            return "checkpoint." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a StreamEventsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.StreamEventsResponse} StreamEventsResponse
             */
            StreamEventsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.StreamEventsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.StreamEventsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.StreamEventsResponse();
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".isthmus.v1.StreamEventsResponse.event: object expected");
                    message.event = $root.isthmus.v1.ChainEvent.fromObject(object.event, _depth + 1);
                }
                if (object.checkpoint != null) {
                    if (!$util.isObject(object.checkpoint))
                        throw $TypeError(".isthmus.v1.StreamEventsResponse.checkpoint: object expected");
                    message.checkpoint = $root.isthmus.v1.Height.fromObject(object.checkpoint, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a StreamEventsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {isthmus.v1.StreamEventsResponse} message StreamEventsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamEventsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.isthmus.v1.ChainEvent.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "event";
                }
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    object.checkpoint = $root.isthmus.v1.Height.toObject(message.checkpoint, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "checkpoint";
                }
                return object;
            };

            /**
             * Converts this StreamEventsResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.StreamEventsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamEventsResponse.prototype.toJSON = function() {
                return StreamEventsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamEventsResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.StreamEventsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamEventsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.StreamEventsResponse";
            };

            return StreamEventsResponse;
        })();

        v1.QueryProofRequest = (function() {

            /**
             * Properties of a QueryProofRequest.
             * @typedef {Object} isthmus.v1.QueryProofRequest.$Properties
             * @property {string|null} [path] QueryProofRequest path
             * @property {isthmus.v1.Height.$Properties|null} [height] QueryProofRequest height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryProofRequest.
             * @memberof isthmus.v1
             * @interface IQueryProofRequest
             * @augments isthmus.v1.QueryProofRequest.$Properties
             * @deprecated Use isthmus.v1.QueryProofRequest.$Properties instead.
             */

            /**
             * Shape of a QueryProofRequest.
             * @typedef {isthmus.v1.QueryProofRequest.$Properties} isthmus.v1.QueryProofRequest.$Shape
             */

            /**
             * Constructs a new QueryProofRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryProofRequest.
             * @constructor
             * @param {isthmus.v1.QueryProofRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryProofRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryProofRequest path.
             * @member {string} path
             * @memberof isthmus.v1.QueryProofRequest
             * @instance
             */
            QueryProofRequest.prototype.path = "";

            /**
             * QueryProofRequest height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.QueryProofRequest
             * @instance
             */
            QueryProofRequest.prototype.height = null;

            /**
             * Creates a new QueryProofRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {isthmus.v1.QueryProofRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryProofRequest} QueryProofRequest instance
             * @type {{
             *   (properties: isthmus.v1.QueryProofRequest.$Shape): isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape;
             *   (properties?: isthmus.v1.QueryProofRequest.$Properties): isthmus.v1.QueryProofRequest;
             * }}
             */
            QueryProofRequest.create = function(properties) {
                return new QueryProofRequest(properties);
            };

            /**
             * Encodes the specified QueryProofRequest message. Does not implicitly {@link isthmus.v1.QueryProofRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {isthmus.v1.QueryProofRequest.$Properties} message QueryProofRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryProofRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryProofRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryProofRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {isthmus.v1.QueryProofRequest.$Properties} message QueryProofRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryProofRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryProofRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape} QueryProofRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryProofRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryProofRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a QueryProofRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape} QueryProofRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryProofRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryProofRequest message.
             * @function verify
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryProofRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a QueryProofRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryProofRequest} QueryProofRequest
             */
            QueryProofRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryProofRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryProofRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryProofRequest();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.QueryProofRequest.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryProofRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {isthmus.v1.QueryProofRequest} message QueryProofRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryProofRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.height = null;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryProofRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryProofRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryProofRequest.prototype.toJSON = function() {
                return QueryProofRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryProofRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryProofRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryProofRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryProofRequest";
            };

            return QueryProofRequest;
        })();

        v1.QueryProofResponse = (function() {

            /**
             * Properties of a QueryProofResponse.
             * @typedef {Object} isthmus.v1.QueryProofResponse.$Properties
             * @property {Uint8Array|null} [value] QueryProofResponse value
             * @property {boolean|null} [exists] QueryProofResponse exists
             * @property {isthmus.v1.Proof.$Properties|null} [proof] QueryProofResponse proof
             * @property {isthmus.v1.Height.$Properties|null} [height] QueryProofResponse height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryProofResponse.
             * @memberof isthmus.v1
             * @interface IQueryProofResponse
             * @augments isthmus.v1.QueryProofResponse.$Properties
             * @deprecated Use isthmus.v1.QueryProofResponse.$Properties instead.
             */

            /**
             * Shape of a QueryProofResponse.
             * @typedef {isthmus.v1.QueryProofResponse.$Properties} isthmus.v1.QueryProofResponse.$Shape
             */

            /**
             * Constructs a new QueryProofResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryProofResponse.
             * @constructor
             * @param {isthmus.v1.QueryProofResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryProofResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryProofResponse value.
             * @member {Uint8Array} value
             * @memberof isthmus.v1.QueryProofResponse
             * @instance
             */
            QueryProofResponse.prototype.value = $util.newBuffer([]);

            /**
             * QueryProofResponse exists.
             * @member {boolean} exists
             * @memberof isthmus.v1.QueryProofResponse
             * @instance
             */
            QueryProofResponse.prototype.exists = false;

            /**
             * QueryProofResponse proof.
             * @member {isthmus.v1.Proof.$Properties|null|undefined} proof
             * @memberof isthmus.v1.QueryProofResponse
             * @instance
             */
            QueryProofResponse.prototype.proof = null;

            /**
             * QueryProofResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.QueryProofResponse
             * @instance
             */
            QueryProofResponse.prototype.height = null;

            /**
             * Creates a new QueryProofResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {isthmus.v1.QueryProofResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryProofResponse} QueryProofResponse instance
             * @type {{
             *   (properties: isthmus.v1.QueryProofResponse.$Shape): isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape;
             *   (properties?: isthmus.v1.QueryProofResponse.$Properties): isthmus.v1.QueryProofResponse;
             * }}
             */
            QueryProofResponse.create = function(properties) {
                return new QueryProofResponse(properties);
            };

            /**
             * Encodes the specified QueryProofResponse message. Does not implicitly {@link isthmus.v1.QueryProofResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {isthmus.v1.QueryProofResponse.$Properties} message QueryProofResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryProofResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists") && message.exists !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.exists);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    $root.isthmus.v1.Proof.encode(message.proof, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryProofResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryProofResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {isthmus.v1.QueryProofResponse.$Properties} message QueryProofResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryProofResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryProofResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape} QueryProofResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryProofResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryProofResponse();
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
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exists = value;
                            else
                                delete message.exists;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proof = $root.isthmus.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a QueryProofResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape} QueryProofResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryProofResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryProofResponse message.
             * @function verify
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryProofResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists"))
                    if (typeof message.exists !== "boolean")
                        return "exists: boolean expected";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    let error = $root.isthmus.v1.Proof.verify(message.proof, _depth + 1);
                    if (error)
                        return "proof." + error;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a QueryProofResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryProofResponse} QueryProofResponse
             */
            QueryProofResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryProofResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryProofResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryProofResponse();
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.exists != null)
                    if (object.exists)
                        message.exists = $Boolean(object.exists);
                if (object.proof != null) {
                    if (!$util.isObject(object.proof))
                        throw $TypeError(".isthmus.v1.QueryProofResponse.proof: object expected");
                    message.proof = $root.isthmus.v1.Proof.fromObject(object.proof, _depth + 1);
                }
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.QueryProofResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryProofResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {isthmus.v1.QueryProofResponse} message QueryProofResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryProofResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object.exists = false;
                    object.proof = null;
                    object.height = null;
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists"))
                    object.exists = message.exists;
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = $root.isthmus.v1.Proof.toObject(message.proof, options, _depth + 1);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryProofResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryProofResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryProofResponse.prototype.toJSON = function() {
                return QueryProofResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryProofResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryProofResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryProofResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryProofResponse";
            };

            return QueryProofResponse;
        })();

        v1.SubmitRequest = (function() {

            /**
             * Properties of a SubmitRequest.
             * @typedef {Object} isthmus.v1.SubmitRequest.$Properties
             * @property {Array.<isthmus.v1.Msg.$Properties>|null} [messages] SubmitRequest messages
             * @property {string|null} [memo] SubmitRequest memo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitRequest.
             * @memberof isthmus.v1
             * @interface ISubmitRequest
             * @augments isthmus.v1.SubmitRequest.$Properties
             * @deprecated Use isthmus.v1.SubmitRequest.$Properties instead.
             */

            /**
             * Shape of a SubmitRequest.
             * @typedef {{
             *   messages?: Array.<isthmus.v1.Msg.$Shape>|null;
             *   memo?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} isthmus.v1.SubmitRequest.$Shape
             */

            /**
             * Constructs a new SubmitRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a SubmitRequest.
             * @constructor
             * @param {isthmus.v1.SubmitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitRequest = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitRequest messages.
             * @member {Array.<isthmus.v1.Msg.$Properties>} messages
             * @memberof isthmus.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.messages = $util.emptyArray;

            /**
             * SubmitRequest memo.
             * @member {string} memo
             * @memberof isthmus.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.memo = "";

            /**
             * Creates a new SubmitRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {isthmus.v1.SubmitRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SubmitRequest} SubmitRequest instance
             * @type {{
             *   (properties: isthmus.v1.SubmitRequest.$Shape): isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape;
             *   (properties?: isthmus.v1.SubmitRequest.$Properties): isthmus.v1.SubmitRequest;
             * }}
             */
            SubmitRequest.create = function(properties) {
                return new SubmitRequest(properties);
            };

            /**
             * Encodes the specified SubmitRequest message. Does not implicitly {@link isthmus.v1.SubmitRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {isthmus.v1.SubmitRequest.$Properties} message SubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.isthmus.v1.Msg.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.memo != null && $Object.hasOwnProperty.call(message, "memo") && message.memo !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.memo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitRequest message, length delimited. Does not implicitly {@link isthmus.v1.SubmitRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {isthmus.v1.SubmitRequest.$Properties} message SubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SubmitRequest();
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
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.isthmus.v1.Msg.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memo = value;
                            else
                                delete message.memo;
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
             * Decodes a SubmitRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitRequest message.
             * @function verify
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    if (!$Array.isArray(message.messages))
                        return "messages: array expected";
                    for (let i = 0; i < message.messages.length; ++i) {
                        let error = $root.isthmus.v1.Msg.verify(message.messages[i], _depth + 1);
                        if (error)
                            return "messages." + error;
                    }
                }
                if (message.memo != null && $Object.hasOwnProperty.call(message, "memo"))
                    if (!$util.isString(message.memo))
                        return "memo: string expected";
                return null;
            };

            /**
             * Creates a SubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SubmitRequest} SubmitRequest
             */
            SubmitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SubmitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SubmitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SubmitRequest();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".isthmus.v1.SubmitRequest.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".isthmus.v1.SubmitRequest.messages: object expected");
                        message.messages[i] = $root.isthmus.v1.Msg.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.memo != null)
                    if (typeof object.memo !== "string" || object.memo.length)
                        message.memo = $String(object.memo);
                return message;
            };

            /**
             * Creates a plain object from a SubmitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {isthmus.v1.SubmitRequest} message SubmitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults)
                    object.memo = "";
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.isthmus.v1.Msg.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.memo != null && $Object.hasOwnProperty.call(message, "memo"))
                    object.memo = message.memo;
                return object;
            };

            /**
             * Converts this SubmitRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SubmitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitRequest.prototype.toJSON = function() {
                return SubmitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.SubmitRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SubmitRequest";
            };

            return SubmitRequest;
        })();

        v1.Msg = (function() {

            /**
             * Properties of a Msg.
             * @typedef {Object} isthmus.v1.Msg.$Properties
             * @property {isthmus.v1.CreateClient.$Properties|null} [createClient] Msg createClient
             * @property {isthmus.v1.UpdateClient.$Properties|null} [updateClient] Msg updateClient
             * @property {isthmus.v1.SubmitMisbehaviour.$Properties|null} [submitMisbehaviour] Msg submitMisbehaviour
             * @property {isthmus.v1.SendPacket.$Properties|null} [sendPacket] Msg sendPacket
             * @property {isthmus.v1.RecvPacket.$Properties|null} [recvPacket] Msg recvPacket
             * @property {isthmus.v1.AcknowledgePacket.$Properties|null} [acknowledgePacket] Msg acknowledgePacket
             * @property {isthmus.v1.TimeoutPacket.$Properties|null} [timeoutPacket] Msg timeoutPacket
             * @property {"createClient"|"updateClient"|"submitMisbehaviour"|"sendPacket"|"recvPacket"|"acknowledgePacket"|"timeoutPacket"} [kind] Msg kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Msg.
             * @memberof isthmus.v1
             * @interface IMsg
             * @augments isthmus.v1.Msg.$Properties
             * @deprecated Use isthmus.v1.Msg.$Properties instead.
             */

            /**
             * Narrowed shape of a Msg.
             * @typedef {{
             *   createClient?: isthmus.v1.CreateClient.$Shape|null;
             *   updateClient?: isthmus.v1.UpdateClient.$Shape|null;
             *   submitMisbehaviour?: isthmus.v1.SubmitMisbehaviour.$Shape|null;
             *   sendPacket?: isthmus.v1.SendPacket.$Shape|null;
             *   recvPacket?: isthmus.v1.RecvPacket.$Shape|null;
             *   acknowledgePacket?: isthmus.v1.AcknowledgePacket.$Shape|null;
             *   timeoutPacket?: isthmus.v1.TimeoutPacket.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "createClient"; createClient: isthmus.v1.CreateClient.$Shape; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "updateClient"; createClient?: null; updateClient: isthmus.v1.UpdateClient.$Shape; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "submitMisbehaviour"; createClient?: null; updateClient?: null; submitMisbehaviour: isthmus.v1.SubmitMisbehaviour.$Shape; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "sendPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket: isthmus.v1.SendPacket.$Shape; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "recvPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket: isthmus.v1.RecvPacket.$Shape; acknowledgePacket?: null; timeoutPacket?: null }|{ kind?: "acknowledgePacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket: isthmus.v1.AcknowledgePacket.$Shape; timeoutPacket?: null }|{ kind?: "timeoutPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket: isthmus.v1.TimeoutPacket.$Shape })
             * )} isthmus.v1.Msg.$Shape
             */

            /**
             * Constructs a new Msg.
             * @memberof isthmus.v1
             * @classdesc Represents a Msg.
             * @constructor
             * @param {isthmus.v1.Msg.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Msg = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Msg createClient.
             * @member {isthmus.v1.CreateClient.$Properties|null|undefined} createClient
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.createClient = null;

            /**
             * Msg updateClient.
             * @member {isthmus.v1.UpdateClient.$Properties|null|undefined} updateClient
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.updateClient = null;

            /**
             * Msg submitMisbehaviour.
             * @member {isthmus.v1.SubmitMisbehaviour.$Properties|null|undefined} submitMisbehaviour
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.submitMisbehaviour = null;

            /**
             * Msg sendPacket.
             * @member {isthmus.v1.SendPacket.$Properties|null|undefined} sendPacket
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.sendPacket = null;

            /**
             * Msg recvPacket.
             * @member {isthmus.v1.RecvPacket.$Properties|null|undefined} recvPacket
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.recvPacket = null;

            /**
             * Msg acknowledgePacket.
             * @member {isthmus.v1.AcknowledgePacket.$Properties|null|undefined} acknowledgePacket
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.acknowledgePacket = null;

            /**
             * Msg timeoutPacket.
             * @member {isthmus.v1.TimeoutPacket.$Properties|null|undefined} timeoutPacket
             * @memberof isthmus.v1.Msg
             * @instance
             */
            Msg.prototype.timeoutPacket = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Msg kind.
             * @member {"createClient"|"updateClient"|"submitMisbehaviour"|"sendPacket"|"recvPacket"|"acknowledgePacket"|"timeoutPacket"|undefined} kind
             * @memberof isthmus.v1.Msg
             * @instance
             */
            $Object.defineProperty(Msg.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["createClient", "updateClient", "submitMisbehaviour", "sendPacket", "recvPacket", "acknowledgePacket", "timeoutPacket"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Msg instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Msg
             * @static
             * @param {isthmus.v1.Msg.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Msg} Msg instance
             * @type {{
             *   (properties: isthmus.v1.Msg.$Shape): isthmus.v1.Msg & isthmus.v1.Msg.$Shape;
             *   (properties?: isthmus.v1.Msg.$Properties): isthmus.v1.Msg;
             * }}
             */
            Msg.create = function(properties) {
                return new Msg(properties);
            };

            /**
             * Encodes the specified Msg message. Does not implicitly {@link isthmus.v1.Msg.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Msg
             * @static
             * @param {isthmus.v1.Msg.$Properties} message Msg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Msg.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.createClient != null && $Object.hasOwnProperty.call(message, "createClient"))
                    $root.isthmus.v1.CreateClient.encode(message.createClient, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.updateClient != null && $Object.hasOwnProperty.call(message, "updateClient"))
                    $root.isthmus.v1.UpdateClient.encode(message.updateClient, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.submitMisbehaviour != null && $Object.hasOwnProperty.call(message, "submitMisbehaviour"))
                    $root.isthmus.v1.SubmitMisbehaviour.encode(message.submitMisbehaviour, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.sendPacket != null && $Object.hasOwnProperty.call(message, "sendPacket"))
                    $root.isthmus.v1.SendPacket.encode(message.sendPacket, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.recvPacket != null && $Object.hasOwnProperty.call(message, "recvPacket"))
                    $root.isthmus.v1.RecvPacket.encode(message.recvPacket, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.acknowledgePacket != null && $Object.hasOwnProperty.call(message, "acknowledgePacket"))
                    $root.isthmus.v1.AcknowledgePacket.encode(message.acknowledgePacket, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.timeoutPacket != null && $Object.hasOwnProperty.call(message, "timeoutPacket"))
                    $root.isthmus.v1.TimeoutPacket.encode(message.timeoutPacket, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Msg message, length delimited. Does not implicitly {@link isthmus.v1.Msg.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Msg
             * @static
             * @param {isthmus.v1.Msg.$Properties} message Msg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Msg.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Msg message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Msg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Msg & isthmus.v1.Msg.$Shape} Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Msg.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Msg();
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
                            message.createClient = $root.isthmus.v1.CreateClient.decode(reader, reader.size(), $undefined, _depth + 1, message.createClient);
                            message.kind = "createClient";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.updateClient = $root.isthmus.v1.UpdateClient.decode(reader, reader.size(), $undefined, _depth + 1, message.updateClient);
                            message.kind = "updateClient";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.submitMisbehaviour = $root.isthmus.v1.SubmitMisbehaviour.decode(reader, reader.size(), $undefined, _depth + 1, message.submitMisbehaviour);
                            message.kind = "submitMisbehaviour";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sendPacket = $root.isthmus.v1.SendPacket.decode(reader, reader.size(), $undefined, _depth + 1, message.sendPacket);
                            message.kind = "sendPacket";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.recvPacket = $root.isthmus.v1.RecvPacket.decode(reader, reader.size(), $undefined, _depth + 1, message.recvPacket);
                            message.kind = "recvPacket";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.acknowledgePacket = $root.isthmus.v1.AcknowledgePacket.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledgePacket);
                            message.kind = "acknowledgePacket";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.timeoutPacket = $root.isthmus.v1.TimeoutPacket.decode(reader, reader.size(), $undefined, _depth + 1, message.timeoutPacket);
                            message.kind = "timeoutPacket";
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
             * Decodes a Msg message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Msg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Msg & isthmus.v1.Msg.$Shape} Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Msg.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Msg message.
             * @function verify
             * @memberof isthmus.v1.Msg
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Msg.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.createClient != null && $Object.hasOwnProperty.call(message, "createClient")) {
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.CreateClient.verify(message.createClient, _depth + 1);
                        if (error)
                            return "createClient." + error;
                    }
                }
                if (message.updateClient != null && $Object.hasOwnProperty.call(message, "updateClient")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.UpdateClient.verify(message.updateClient, _depth + 1);
                        if (error)
                            return "updateClient." + error;
                    }
                }
                if (message.submitMisbehaviour != null && $Object.hasOwnProperty.call(message, "submitMisbehaviour")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.SubmitMisbehaviour.verify(message.submitMisbehaviour, _depth + 1);
                        if (error)
                            return "submitMisbehaviour." + error;
                    }
                }
                if (message.sendPacket != null && $Object.hasOwnProperty.call(message, "sendPacket")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.SendPacket.verify(message.sendPacket, _depth + 1);
                        if (error)
                            return "sendPacket." + error;
                    }
                }
                if (message.recvPacket != null && $Object.hasOwnProperty.call(message, "recvPacket")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.RecvPacket.verify(message.recvPacket, _depth + 1);
                        if (error)
                            return "recvPacket." + error;
                    }
                }
                if (message.acknowledgePacket != null && $Object.hasOwnProperty.call(message, "acknowledgePacket")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.AcknowledgePacket.verify(message.acknowledgePacket, _depth + 1);
                        if (error)
                            return "acknowledgePacket." + error;
                    }
                }
                if (message.timeoutPacket != null && $Object.hasOwnProperty.call(message, "timeoutPacket")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.isthmus.v1.TimeoutPacket.verify(message.timeoutPacket, _depth + 1);
                        if (error)
                            return "timeoutPacket." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Msg message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Msg
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Msg} Msg
             */
            Msg.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Msg)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Msg: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Msg();
                if (object.createClient != null) {
                    if (!$util.isObject(object.createClient))
                        throw $TypeError(".isthmus.v1.Msg.createClient: object expected");
                    message.createClient = $root.isthmus.v1.CreateClient.fromObject(object.createClient, _depth + 1);
                }
                if (object.updateClient != null) {
                    if (!$util.isObject(object.updateClient))
                        throw $TypeError(".isthmus.v1.Msg.updateClient: object expected");
                    message.updateClient = $root.isthmus.v1.UpdateClient.fromObject(object.updateClient, _depth + 1);
                }
                if (object.submitMisbehaviour != null) {
                    if (!$util.isObject(object.submitMisbehaviour))
                        throw $TypeError(".isthmus.v1.Msg.submitMisbehaviour: object expected");
                    message.submitMisbehaviour = $root.isthmus.v1.SubmitMisbehaviour.fromObject(object.submitMisbehaviour, _depth + 1);
                }
                if (object.sendPacket != null) {
                    if (!$util.isObject(object.sendPacket))
                        throw $TypeError(".isthmus.v1.Msg.sendPacket: object expected");
                    message.sendPacket = $root.isthmus.v1.SendPacket.fromObject(object.sendPacket, _depth + 1);
                }
                if (object.recvPacket != null) {
                    if (!$util.isObject(object.recvPacket))
                        throw $TypeError(".isthmus.v1.Msg.recvPacket: object expected");
                    message.recvPacket = $root.isthmus.v1.RecvPacket.fromObject(object.recvPacket, _depth + 1);
                }
                if (object.acknowledgePacket != null) {
                    if (!$util.isObject(object.acknowledgePacket))
                        throw $TypeError(".isthmus.v1.Msg.acknowledgePacket: object expected");
                    message.acknowledgePacket = $root.isthmus.v1.AcknowledgePacket.fromObject(object.acknowledgePacket, _depth + 1);
                }
                if (object.timeoutPacket != null) {
                    if (!$util.isObject(object.timeoutPacket))
                        throw $TypeError(".isthmus.v1.Msg.timeoutPacket: object expected");
                    message.timeoutPacket = $root.isthmus.v1.TimeoutPacket.fromObject(object.timeoutPacket, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Msg message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Msg
             * @static
             * @param {isthmus.v1.Msg} message Msg
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Msg.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.createClient != null && $Object.hasOwnProperty.call(message, "createClient")) {
                    object.createClient = $root.isthmus.v1.CreateClient.toObject(message.createClient, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "createClient";
                }
                if (message.updateClient != null && $Object.hasOwnProperty.call(message, "updateClient")) {
                    object.updateClient = $root.isthmus.v1.UpdateClient.toObject(message.updateClient, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "updateClient";
                }
                if (message.submitMisbehaviour != null && $Object.hasOwnProperty.call(message, "submitMisbehaviour")) {
                    object.submitMisbehaviour = $root.isthmus.v1.SubmitMisbehaviour.toObject(message.submitMisbehaviour, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "submitMisbehaviour";
                }
                if (message.sendPacket != null && $Object.hasOwnProperty.call(message, "sendPacket")) {
                    object.sendPacket = $root.isthmus.v1.SendPacket.toObject(message.sendPacket, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "sendPacket";
                }
                if (message.recvPacket != null && $Object.hasOwnProperty.call(message, "recvPacket")) {
                    object.recvPacket = $root.isthmus.v1.RecvPacket.toObject(message.recvPacket, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "recvPacket";
                }
                if (message.acknowledgePacket != null && $Object.hasOwnProperty.call(message, "acknowledgePacket")) {
                    object.acknowledgePacket = $root.isthmus.v1.AcknowledgePacket.toObject(message.acknowledgePacket, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "acknowledgePacket";
                }
                if (message.timeoutPacket != null && $Object.hasOwnProperty.call(message, "timeoutPacket")) {
                    object.timeoutPacket = $root.isthmus.v1.TimeoutPacket.toObject(message.timeoutPacket, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "timeoutPacket";
                }
                return object;
            };

            /**
             * Converts this Msg to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Msg
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Msg.prototype.toJSON = function() {
                return Msg.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Msg
             * @function getTypeUrl
             * @memberof isthmus.v1.Msg
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Msg.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Msg";
            };

            return Msg;
        })();

        v1.CreateClient = (function() {

            /**
             * Properties of a CreateClient.
             * @typedef {Object} isthmus.v1.CreateClient.$Properties
             * @property {string|null} [clientType] CreateClient clientType
             * @property {Uint8Array|null} [clientState] CreateClient clientState
             * @property {Uint8Array|null} [consensusState] CreateClient consensusState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateClient.
             * @memberof isthmus.v1
             * @interface ICreateClient
             * @augments isthmus.v1.CreateClient.$Properties
             * @deprecated Use isthmus.v1.CreateClient.$Properties instead.
             */

            /**
             * Shape of a CreateClient.
             * @typedef {isthmus.v1.CreateClient.$Properties} isthmus.v1.CreateClient.$Shape
             */

            /**
             * Constructs a new CreateClient.
             * @memberof isthmus.v1
             * @classdesc Represents a CreateClient.
             * @constructor
             * @param {isthmus.v1.CreateClient.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateClient = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateClient clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.CreateClient
             * @instance
             */
            CreateClient.prototype.clientType = "";

            /**
             * CreateClient clientState.
             * @member {Uint8Array} clientState
             * @memberof isthmus.v1.CreateClient
             * @instance
             */
            CreateClient.prototype.clientState = $util.newBuffer([]);

            /**
             * CreateClient consensusState.
             * @member {Uint8Array} consensusState
             * @memberof isthmus.v1.CreateClient
             * @instance
             */
            CreateClient.prototype.consensusState = $util.newBuffer([]);

            /**
             * Creates a new CreateClient instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {isthmus.v1.CreateClient.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.CreateClient} CreateClient instance
             * @type {{
             *   (properties: isthmus.v1.CreateClient.$Shape): isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape;
             *   (properties?: isthmus.v1.CreateClient.$Properties): isthmus.v1.CreateClient;
             * }}
             */
            CreateClient.create = function(properties) {
                return new CreateClient(properties);
            };

            /**
             * Encodes the specified CreateClient message. Does not implicitly {@link isthmus.v1.CreateClient.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {isthmus.v1.CreateClient.$Properties} message CreateClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateClient.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientType);
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState") && message.clientState.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.clientState);
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState") && message.consensusState.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.consensusState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CreateClient message, length delimited. Does not implicitly {@link isthmus.v1.CreateClient.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {isthmus.v1.CreateClient.$Properties} message CreateClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateClient.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateClient message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape} CreateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateClient.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.CreateClient();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clientState = value;
                            else
                                delete message.clientState;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consensusState = value;
                            else
                                delete message.consensusState;
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
             * Decodes a CreateClient message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape} CreateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateClient.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateClient message.
             * @function verify
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateClient.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    if (!(message.clientState && typeof message.clientState.length === "number" || $util.isString(message.clientState)))
                        return "clientState: buffer expected";
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    if (!(message.consensusState && typeof message.consensusState.length === "number" || $util.isString(message.consensusState)))
                        return "consensusState: buffer expected";
                return null;
            };

            /**
             * Creates a CreateClient message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.CreateClient} CreateClient
             */
            CreateClient.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.CreateClient)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.CreateClient: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.CreateClient();
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.clientState != null)
                    if (object.clientState.length)
                        if (typeof object.clientState === "string")
                            $util.base64.decode(object.clientState, message.clientState = $util.newBuffer($util.base64.length(object.clientState)), 0);
                        else if (object.clientState.length >= 0)
                            message.clientState = object.clientState;
                if (object.consensusState != null)
                    if (object.consensusState.length)
                        if (typeof object.consensusState === "string")
                            $util.base64.decode(object.consensusState, message.consensusState = $util.newBuffer($util.base64.length(object.consensusState)), 0);
                        else if (object.consensusState.length >= 0)
                            message.consensusState = object.consensusState;
                return message;
            };

            /**
             * Creates a plain object from a CreateClient message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {isthmus.v1.CreateClient} message CreateClient
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateClient.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientType = "";
                    if (options.bytes === $String)
                        object.clientState = "";
                    else {
                        object.clientState = [];
                        if (options.bytes !== $Array)
                            object.clientState = $util.newBuffer(object.clientState);
                    }
                    if (options.bytes === $String)
                        object.consensusState = "";
                    else {
                        object.consensusState = [];
                        if (options.bytes !== $Array)
                            object.consensusState = $util.newBuffer(object.consensusState);
                    }
                }
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    object.clientState = options.bytes === $String ? $util.base64.encode(message.clientState, 0, message.clientState.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.clientState) : message.clientState;
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    object.consensusState = options.bytes === $String ? $util.base64.encode(message.consensusState, 0, message.consensusState.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusState) : message.consensusState;
                return object;
            };

            /**
             * Converts this CreateClient to JSON.
             * @function toJSON
             * @memberof isthmus.v1.CreateClient
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateClient.prototype.toJSON = function() {
                return CreateClient.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateClient
             * @function getTypeUrl
             * @memberof isthmus.v1.CreateClient
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateClient.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.CreateClient";
            };

            return CreateClient;
        })();

        v1.UpdateClient = (function() {

            /**
             * Properties of an UpdateClient.
             * @typedef {Object} isthmus.v1.UpdateClient.$Properties
             * @property {string|null} [clientId] UpdateClient clientId
             * @property {isthmus.v1.ClientMessage.$Properties|null} [message] UpdateClient message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateClient.
             * @memberof isthmus.v1
             * @interface IUpdateClient
             * @augments isthmus.v1.UpdateClient.$Properties
             * @deprecated Use isthmus.v1.UpdateClient.$Properties instead.
             */

            /**
             * Shape of an UpdateClient.
             * @typedef {isthmus.v1.UpdateClient.$Properties} isthmus.v1.UpdateClient.$Shape
             */

            /**
             * Constructs a new UpdateClient.
             * @memberof isthmus.v1
             * @classdesc Represents an UpdateClient.
             * @constructor
             * @param {isthmus.v1.UpdateClient.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateClient = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateClient clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.UpdateClient
             * @instance
             */
            UpdateClient.prototype.clientId = "";

            /**
             * UpdateClient message.
             * @member {isthmus.v1.ClientMessage.$Properties|null|undefined} message
             * @memberof isthmus.v1.UpdateClient
             * @instance
             */
            UpdateClient.prototype.message = null;

            /**
             * Creates a new UpdateClient instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {isthmus.v1.UpdateClient.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.UpdateClient} UpdateClient instance
             * @type {{
             *   (properties: isthmus.v1.UpdateClient.$Shape): isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape;
             *   (properties?: isthmus.v1.UpdateClient.$Properties): isthmus.v1.UpdateClient;
             * }}
             */
            UpdateClient.create = function(properties) {
                return new UpdateClient(properties);
            };

            /**
             * Encodes the specified UpdateClient message. Does not implicitly {@link isthmus.v1.UpdateClient.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {isthmus.v1.UpdateClient.$Properties} message UpdateClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateClient.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.isthmus.v1.ClientMessage.encode(message.message, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UpdateClient message, length delimited. Does not implicitly {@link isthmus.v1.UpdateClient.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {isthmus.v1.UpdateClient.$Properties} message UpdateClient message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateClient.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpdateClient message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape} UpdateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateClient.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.UpdateClient();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.isthmus.v1.ClientMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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
             * Decodes an UpdateClient message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape} UpdateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateClient.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpdateClient message.
             * @function verify
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateClient.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    let error = $root.isthmus.v1.ClientMessage.verify(message.message, _depth + 1);
                    if (error)
                        return "message." + error;
                }
                return null;
            };

            /**
             * Creates an UpdateClient message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.UpdateClient} UpdateClient
             */
            UpdateClient.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.UpdateClient)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.UpdateClient: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.UpdateClient();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".isthmus.v1.UpdateClient.message: object expected");
                    message.message = $root.isthmus.v1.ClientMessage.fromObject(object.message, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an UpdateClient message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {isthmus.v1.UpdateClient} message UpdateClient
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateClient.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.message = null;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.isthmus.v1.ClientMessage.toObject(message.message, options, _depth + 1);
                return object;
            };

            /**
             * Converts this UpdateClient to JSON.
             * @function toJSON
             * @memberof isthmus.v1.UpdateClient
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateClient.prototype.toJSON = function() {
                return UpdateClient.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateClient
             * @function getTypeUrl
             * @memberof isthmus.v1.UpdateClient
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateClient.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.UpdateClient";
            };

            return UpdateClient;
        })();

        v1.SubmitMisbehaviour = (function() {

            /**
             * Properties of a SubmitMisbehaviour.
             * @typedef {Object} isthmus.v1.SubmitMisbehaviour.$Properties
             * @property {string|null} [clientId] SubmitMisbehaviour clientId
             * @property {isthmus.v1.ClientMessage.$Properties|null} [misbehaviour] SubmitMisbehaviour misbehaviour
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitMisbehaviour.
             * @memberof isthmus.v1
             * @interface ISubmitMisbehaviour
             * @augments isthmus.v1.SubmitMisbehaviour.$Properties
             * @deprecated Use isthmus.v1.SubmitMisbehaviour.$Properties instead.
             */

            /**
             * Shape of a SubmitMisbehaviour.
             * @typedef {isthmus.v1.SubmitMisbehaviour.$Properties} isthmus.v1.SubmitMisbehaviour.$Shape
             */

            /**
             * Constructs a new SubmitMisbehaviour.
             * @memberof isthmus.v1
             * @classdesc Represents a SubmitMisbehaviour.
             * @constructor
             * @param {isthmus.v1.SubmitMisbehaviour.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitMisbehaviour = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitMisbehaviour clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @instance
             */
            SubmitMisbehaviour.prototype.clientId = "";

            /**
             * SubmitMisbehaviour misbehaviour.
             * @member {isthmus.v1.ClientMessage.$Properties|null|undefined} misbehaviour
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @instance
             */
            SubmitMisbehaviour.prototype.misbehaviour = null;

            /**
             * Creates a new SubmitMisbehaviour instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {isthmus.v1.SubmitMisbehaviour.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SubmitMisbehaviour} SubmitMisbehaviour instance
             * @type {{
             *   (properties: isthmus.v1.SubmitMisbehaviour.$Shape): isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape;
             *   (properties?: isthmus.v1.SubmitMisbehaviour.$Properties): isthmus.v1.SubmitMisbehaviour;
             * }}
             */
            SubmitMisbehaviour.create = function(properties) {
                return new SubmitMisbehaviour(properties);
            };

            /**
             * Encodes the specified SubmitMisbehaviour message. Does not implicitly {@link isthmus.v1.SubmitMisbehaviour.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {isthmus.v1.SubmitMisbehaviour.$Properties} message SubmitMisbehaviour message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitMisbehaviour.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.misbehaviour != null && $Object.hasOwnProperty.call(message, "misbehaviour"))
                    $root.isthmus.v1.ClientMessage.encode(message.misbehaviour, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitMisbehaviour message, length delimited. Does not implicitly {@link isthmus.v1.SubmitMisbehaviour.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {isthmus.v1.SubmitMisbehaviour.$Properties} message SubmitMisbehaviour message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitMisbehaviour.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitMisbehaviour message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape} SubmitMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitMisbehaviour.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SubmitMisbehaviour();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.misbehaviour = $root.isthmus.v1.ClientMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.misbehaviour);
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
             * Decodes a SubmitMisbehaviour message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape} SubmitMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitMisbehaviour.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitMisbehaviour message.
             * @function verify
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitMisbehaviour.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.misbehaviour != null && $Object.hasOwnProperty.call(message, "misbehaviour")) {
                    let error = $root.isthmus.v1.ClientMessage.verify(message.misbehaviour, _depth + 1);
                    if (error)
                        return "misbehaviour." + error;
                }
                return null;
            };

            /**
             * Creates a SubmitMisbehaviour message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SubmitMisbehaviour} SubmitMisbehaviour
             */
            SubmitMisbehaviour.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SubmitMisbehaviour)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SubmitMisbehaviour: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SubmitMisbehaviour();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.misbehaviour != null) {
                    if (!$util.isObject(object.misbehaviour))
                        throw $TypeError(".isthmus.v1.SubmitMisbehaviour.misbehaviour: object expected");
                    message.misbehaviour = $root.isthmus.v1.ClientMessage.fromObject(object.misbehaviour, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubmitMisbehaviour message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {isthmus.v1.SubmitMisbehaviour} message SubmitMisbehaviour
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitMisbehaviour.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.misbehaviour = null;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.misbehaviour != null && $Object.hasOwnProperty.call(message, "misbehaviour"))
                    object.misbehaviour = $root.isthmus.v1.ClientMessage.toObject(message.misbehaviour, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubmitMisbehaviour to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitMisbehaviour.prototype.toJSON = function() {
                return SubmitMisbehaviour.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitMisbehaviour
             * @function getTypeUrl
             * @memberof isthmus.v1.SubmitMisbehaviour
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitMisbehaviour.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SubmitMisbehaviour";
            };

            return SubmitMisbehaviour;
        })();

        v1.SendPacket = (function() {

            /**
             * Properties of a SendPacket.
             * @typedef {Object} isthmus.v1.SendPacket.$Properties
             * @property {string|null} [sourceChannel] SendPacket sourceChannel
             * @property {string|null} [app] SendPacket app
             * @property {Uint8Array|null} [payload] SendPacket payload
             * @property {isthmus.v1.Height.$Properties|null} [timeoutHeight] SendPacket timeoutHeight
             * @property {number|Long|null} [timeoutTimestampNs] SendPacket timeoutTimestampNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendPacket.
             * @memberof isthmus.v1
             * @interface ISendPacket
             * @augments isthmus.v1.SendPacket.$Properties
             * @deprecated Use isthmus.v1.SendPacket.$Properties instead.
             */

            /**
             * Shape of a SendPacket.
             * @typedef {isthmus.v1.SendPacket.$Properties} isthmus.v1.SendPacket.$Shape
             */

            /**
             * Constructs a new SendPacket.
             * @memberof isthmus.v1
             * @classdesc Represents a SendPacket.
             * @constructor
             * @param {isthmus.v1.SendPacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendPacket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendPacket sourceChannel.
             * @member {string} sourceChannel
             * @memberof isthmus.v1.SendPacket
             * @instance
             */
            SendPacket.prototype.sourceChannel = "";

            /**
             * SendPacket app.
             * @member {string} app
             * @memberof isthmus.v1.SendPacket
             * @instance
             */
            SendPacket.prototype.app = "";

            /**
             * SendPacket payload.
             * @member {Uint8Array} payload
             * @memberof isthmus.v1.SendPacket
             * @instance
             */
            SendPacket.prototype.payload = $util.newBuffer([]);

            /**
             * SendPacket timeoutHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} timeoutHeight
             * @memberof isthmus.v1.SendPacket
             * @instance
             */
            SendPacket.prototype.timeoutHeight = null;

            /**
             * SendPacket timeoutTimestampNs.
             * @member {number|Long} timeoutTimestampNs
             * @memberof isthmus.v1.SendPacket
             * @instance
             */
            SendPacket.prototype.timeoutTimestampNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SendPacket instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {isthmus.v1.SendPacket.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SendPacket} SendPacket instance
             * @type {{
             *   (properties: isthmus.v1.SendPacket.$Shape): isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape;
             *   (properties?: isthmus.v1.SendPacket.$Properties): isthmus.v1.SendPacket;
             * }}
             */
            SendPacket.create = function(properties) {
                return new SendPacket(properties);
            };

            /**
             * Encodes the specified SendPacket message. Does not implicitly {@link isthmus.v1.SendPacket.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {isthmus.v1.SendPacket.$Properties} message SendPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendPacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel") && message.sourceChannel !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sourceChannel);
                if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.app);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    $root.isthmus.v1.Height.encode(message.timeoutHeight, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs") && (typeof message.timeoutTimestampNs === "object" ? message.timeoutTimestampNs.low || message.timeoutTimestampNs.high : message.timeoutTimestampNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeoutTimestampNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendPacket message, length delimited. Does not implicitly {@link isthmus.v1.SendPacket.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {isthmus.v1.SendPacket.$Properties} message SendPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendPacket.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendPacket message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape} SendPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendPacket.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SendPacket();
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
                            if ((value = reader.stringVerify()).length)
                                message.sourceChannel = value;
                            else
                                delete message.sourceChannel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.app = value;
                            else
                                delete message.app;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.timeoutHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.timeoutHeight);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeoutTimestampNs = value;
                            else
                                delete message.timeoutTimestampNs;
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
             * Decodes a SendPacket message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape} SendPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendPacket.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendPacket message.
             * @function verify
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendPacket.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    if (!$util.isString(message.sourceChannel))
                        return "sourceChannel: string expected";
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    if (!$util.isString(message.app))
                        return "app: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.timeoutHeight, _depth + 1);
                    if (error)
                        return "timeoutHeight." + error;
                }
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (!$util.isInteger(message.timeoutTimestampNs) && !(message.timeoutTimestampNs && $util.isInteger(message.timeoutTimestampNs.low) && $util.isInteger(message.timeoutTimestampNs.high)))
                        return "timeoutTimestampNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a SendPacket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SendPacket} SendPacket
             */
            SendPacket.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SendPacket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SendPacket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SendPacket();
                if (object.sourceChannel != null)
                    if (typeof object.sourceChannel !== "string" || object.sourceChannel.length)
                        message.sourceChannel = $String(object.sourceChannel);
                if (object.app != null)
                    if (typeof object.app !== "string" || object.app.length)
                        message.app = $String(object.app);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.timeoutHeight != null) {
                    if (!$util.isObject(object.timeoutHeight))
                        throw $TypeError(".isthmus.v1.SendPacket.timeoutHeight: object expected");
                    message.timeoutHeight = $root.isthmus.v1.Height.fromObject(object.timeoutHeight, _depth + 1);
                }
                if (object.timeoutTimestampNs != null)
                    if (typeof object.timeoutTimestampNs === "object" ? object.timeoutTimestampNs.low || object.timeoutTimestampNs.high : $Number(object.timeoutTimestampNs) !== 0)
                        if ($util.Long)
                            message.timeoutTimestampNs = $util.Long.fromValue(object.timeoutTimestampNs, true);
                        else if (typeof object.timeoutTimestampNs === "string")
                            message.timeoutTimestampNs = $parseInt(object.timeoutTimestampNs, 10);
                        else if (typeof object.timeoutTimestampNs === "number")
                            message.timeoutTimestampNs = object.timeoutTimestampNs;
                        else if (typeof object.timeoutTimestampNs === "object")
                            message.timeoutTimestampNs = new $util.LongBits(object.timeoutTimestampNs.low >>> 0, object.timeoutTimestampNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SendPacket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {isthmus.v1.SendPacket} message SendPacket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendPacket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sourceChannel = "";
                    object.app = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.timeoutHeight = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeoutTimestampNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeoutTimestampNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    object.sourceChannel = message.sourceChannel;
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    object.app = message.app;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    object.timeoutHeight = $root.isthmus.v1.Height.toObject(message.timeoutHeight, options, _depth + 1);
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeoutTimestampNs = typeof message.timeoutTimestampNs === "number" ? $BigInt(message.timeoutTimestampNs) : $util.Long.fromBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeoutTimestampNs === "number")
                        object.timeoutTimestampNs = options.longs === $String ? $String(message.timeoutTimestampNs) : message.timeoutTimestampNs;
                    else
                        object.timeoutTimestampNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeoutTimestampNs) : options.longs === $Number ? new $util.LongBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0).toNumber(true) : message.timeoutTimestampNs;
                return object;
            };

            /**
             * Converts this SendPacket to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SendPacket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendPacket.prototype.toJSON = function() {
                return SendPacket.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendPacket
             * @function getTypeUrl
             * @memberof isthmus.v1.SendPacket
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendPacket.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SendPacket";
            };

            return SendPacket;
        })();

        v1.RecvPacket = (function() {

            /**
             * Properties of a RecvPacket.
             * @typedef {Object} isthmus.v1.RecvPacket.$Properties
             * @property {isthmus.v1.Packet.$Properties|null} [packet] RecvPacket packet
             * @property {isthmus.v1.Proof.$Properties|null} [proofCommitment] RecvPacket proofCommitment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecvPacket.
             * @memberof isthmus.v1
             * @interface IRecvPacket
             * @augments isthmus.v1.RecvPacket.$Properties
             * @deprecated Use isthmus.v1.RecvPacket.$Properties instead.
             */

            /**
             * Shape of a RecvPacket.
             * @typedef {isthmus.v1.RecvPacket.$Properties} isthmus.v1.RecvPacket.$Shape
             */

            /**
             * Constructs a new RecvPacket.
             * @memberof isthmus.v1
             * @classdesc Represents a RecvPacket.
             * @constructor
             * @param {isthmus.v1.RecvPacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecvPacket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecvPacket packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.RecvPacket
             * @instance
             */
            RecvPacket.prototype.packet = null;

            /**
             * RecvPacket proofCommitment.
             * @member {isthmus.v1.Proof.$Properties|null|undefined} proofCommitment
             * @memberof isthmus.v1.RecvPacket
             * @instance
             */
            RecvPacket.prototype.proofCommitment = null;

            /**
             * Creates a new RecvPacket instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {isthmus.v1.RecvPacket.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.RecvPacket} RecvPacket instance
             * @type {{
             *   (properties: isthmus.v1.RecvPacket.$Shape): isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape;
             *   (properties?: isthmus.v1.RecvPacket.$Properties): isthmus.v1.RecvPacket;
             * }}
             */
            RecvPacket.create = function(properties) {
                return new RecvPacket(properties);
            };

            /**
             * Encodes the specified RecvPacket message. Does not implicitly {@link isthmus.v1.RecvPacket.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {isthmus.v1.RecvPacket.$Properties} message RecvPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecvPacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.proofCommitment != null && $Object.hasOwnProperty.call(message, "proofCommitment"))
                    $root.isthmus.v1.Proof.encode(message.proofCommitment, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RecvPacket message, length delimited. Does not implicitly {@link isthmus.v1.RecvPacket.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {isthmus.v1.RecvPacket.$Properties} message RecvPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecvPacket.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RecvPacket message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape} RecvPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecvPacket.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.RecvPacket();
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
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.proofCommitment = $root.isthmus.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proofCommitment);
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
             * Decodes a RecvPacket message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape} RecvPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecvPacket.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RecvPacket message.
             * @function verify
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecvPacket.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.proofCommitment != null && $Object.hasOwnProperty.call(message, "proofCommitment")) {
                    let error = $root.isthmus.v1.Proof.verify(message.proofCommitment, _depth + 1);
                    if (error)
                        return "proofCommitment." + error;
                }
                return null;
            };

            /**
             * Creates a RecvPacket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.RecvPacket} RecvPacket
             */
            RecvPacket.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.RecvPacket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.RecvPacket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.RecvPacket();
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.RecvPacket.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.proofCommitment != null) {
                    if (!$util.isObject(object.proofCommitment))
                        throw $TypeError(".isthmus.v1.RecvPacket.proofCommitment: object expected");
                    message.proofCommitment = $root.isthmus.v1.Proof.fromObject(object.proofCommitment, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RecvPacket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {isthmus.v1.RecvPacket} message RecvPacket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecvPacket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.packet = null;
                    object.proofCommitment = null;
                }
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.proofCommitment != null && $Object.hasOwnProperty.call(message, "proofCommitment"))
                    object.proofCommitment = $root.isthmus.v1.Proof.toObject(message.proofCommitment, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RecvPacket to JSON.
             * @function toJSON
             * @memberof isthmus.v1.RecvPacket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecvPacket.prototype.toJSON = function() {
                return RecvPacket.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecvPacket
             * @function getTypeUrl
             * @memberof isthmus.v1.RecvPacket
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecvPacket.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.RecvPacket";
            };

            return RecvPacket;
        })();

        v1.AcknowledgePacket = (function() {

            /**
             * Properties of an AcknowledgePacket.
             * @typedef {Object} isthmus.v1.AcknowledgePacket.$Properties
             * @property {isthmus.v1.Packet.$Properties|null} [packet] AcknowledgePacket packet
             * @property {isthmus.v1.Acknowledgement.$Properties|null} [acknowledgement] AcknowledgePacket acknowledgement
             * @property {isthmus.v1.Proof.$Properties|null} [proofAcked] AcknowledgePacket proofAcked
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AcknowledgePacket.
             * @memberof isthmus.v1
             * @interface IAcknowledgePacket
             * @augments isthmus.v1.AcknowledgePacket.$Properties
             * @deprecated Use isthmus.v1.AcknowledgePacket.$Properties instead.
             */

            /**
             * Shape of an AcknowledgePacket.
             * @typedef {{
             *   packet?: isthmus.v1.Packet.$Shape|null;
             *   acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
             *   proofAcked?: isthmus.v1.Proof.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} isthmus.v1.AcknowledgePacket.$Shape
             */

            /**
             * Constructs a new AcknowledgePacket.
             * @memberof isthmus.v1
             * @classdesc Represents an AcknowledgePacket.
             * @constructor
             * @param {isthmus.v1.AcknowledgePacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AcknowledgePacket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AcknowledgePacket packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.AcknowledgePacket
             * @instance
             */
            AcknowledgePacket.prototype.packet = null;

            /**
             * AcknowledgePacket acknowledgement.
             * @member {isthmus.v1.Acknowledgement.$Properties|null|undefined} acknowledgement
             * @memberof isthmus.v1.AcknowledgePacket
             * @instance
             */
            AcknowledgePacket.prototype.acknowledgement = null;

            /**
             * AcknowledgePacket proofAcked.
             * @member {isthmus.v1.Proof.$Properties|null|undefined} proofAcked
             * @memberof isthmus.v1.AcknowledgePacket
             * @instance
             */
            AcknowledgePacket.prototype.proofAcked = null;

            /**
             * Creates a new AcknowledgePacket instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {isthmus.v1.AcknowledgePacket.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.AcknowledgePacket} AcknowledgePacket instance
             * @type {{
             *   (properties: isthmus.v1.AcknowledgePacket.$Shape): isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape;
             *   (properties?: isthmus.v1.AcknowledgePacket.$Properties): isthmus.v1.AcknowledgePacket;
             * }}
             */
            AcknowledgePacket.create = function(properties) {
                return new AcknowledgePacket(properties);
            };

            /**
             * Encodes the specified AcknowledgePacket message. Does not implicitly {@link isthmus.v1.AcknowledgePacket.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {isthmus.v1.AcknowledgePacket.$Properties} message AcknowledgePacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgePacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    $root.isthmus.v1.Acknowledgement.encode(message.acknowledgement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.proofAcked != null && $Object.hasOwnProperty.call(message, "proofAcked"))
                    $root.isthmus.v1.Proof.encode(message.proofAcked, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AcknowledgePacket message, length delimited. Does not implicitly {@link isthmus.v1.AcknowledgePacket.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {isthmus.v1.AcknowledgePacket.$Properties} message AcknowledgePacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgePacket.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AcknowledgePacket message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape} AcknowledgePacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgePacket.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.AcknowledgePacket();
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
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.acknowledgement = $root.isthmus.v1.Acknowledgement.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledgement);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proofAcked = $root.isthmus.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proofAcked);
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
             * Decodes an AcknowledgePacket message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape} AcknowledgePacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgePacket.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AcknowledgePacket message.
             * @function verify
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AcknowledgePacket.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement")) {
                    let error = $root.isthmus.v1.Acknowledgement.verify(message.acknowledgement, _depth + 1);
                    if (error)
                        return "acknowledgement." + error;
                }
                if (message.proofAcked != null && $Object.hasOwnProperty.call(message, "proofAcked")) {
                    let error = $root.isthmus.v1.Proof.verify(message.proofAcked, _depth + 1);
                    if (error)
                        return "proofAcked." + error;
                }
                return null;
            };

            /**
             * Creates an AcknowledgePacket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.AcknowledgePacket} AcknowledgePacket
             */
            AcknowledgePacket.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.AcknowledgePacket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.AcknowledgePacket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.AcknowledgePacket();
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.AcknowledgePacket.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.acknowledgement != null) {
                    if (!$util.isObject(object.acknowledgement))
                        throw $TypeError(".isthmus.v1.AcknowledgePacket.acknowledgement: object expected");
                    message.acknowledgement = $root.isthmus.v1.Acknowledgement.fromObject(object.acknowledgement, _depth + 1);
                }
                if (object.proofAcked != null) {
                    if (!$util.isObject(object.proofAcked))
                        throw $TypeError(".isthmus.v1.AcknowledgePacket.proofAcked: object expected");
                    message.proofAcked = $root.isthmus.v1.Proof.fromObject(object.proofAcked, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AcknowledgePacket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {isthmus.v1.AcknowledgePacket} message AcknowledgePacket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AcknowledgePacket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.packet = null;
                    object.acknowledgement = null;
                    object.proofAcked = null;
                }
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    object.acknowledgement = $root.isthmus.v1.Acknowledgement.toObject(message.acknowledgement, options, _depth + 1);
                if (message.proofAcked != null && $Object.hasOwnProperty.call(message, "proofAcked"))
                    object.proofAcked = $root.isthmus.v1.Proof.toObject(message.proofAcked, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AcknowledgePacket to JSON.
             * @function toJSON
             * @memberof isthmus.v1.AcknowledgePacket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AcknowledgePacket.prototype.toJSON = function() {
                return AcknowledgePacket.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AcknowledgePacket
             * @function getTypeUrl
             * @memberof isthmus.v1.AcknowledgePacket
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AcknowledgePacket.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.AcknowledgePacket";
            };

            return AcknowledgePacket;
        })();

        v1.TimeoutPacket = (function() {

            /**
             * Properties of a TimeoutPacket.
             * @typedef {Object} isthmus.v1.TimeoutPacket.$Properties
             * @property {isthmus.v1.Packet.$Properties|null} [packet] TimeoutPacket packet
             * @property {isthmus.v1.Proof.$Properties|null} [proofUnreceived] TimeoutPacket proofUnreceived
             * @property {number|Long|null} [nextSequenceRecv] TimeoutPacket nextSequenceRecv
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeoutPacket.
             * @memberof isthmus.v1
             * @interface ITimeoutPacket
             * @augments isthmus.v1.TimeoutPacket.$Properties
             * @deprecated Use isthmus.v1.TimeoutPacket.$Properties instead.
             */

            /**
             * Shape of a TimeoutPacket.
             * @typedef {isthmus.v1.TimeoutPacket.$Properties} isthmus.v1.TimeoutPacket.$Shape
             */

            /**
             * Constructs a new TimeoutPacket.
             * @memberof isthmus.v1
             * @classdesc Represents a TimeoutPacket.
             * @constructor
             * @param {isthmus.v1.TimeoutPacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeoutPacket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimeoutPacket packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.TimeoutPacket
             * @instance
             */
            TimeoutPacket.prototype.packet = null;

            /**
             * TimeoutPacket proofUnreceived.
             * @member {isthmus.v1.Proof.$Properties|null|undefined} proofUnreceived
             * @memberof isthmus.v1.TimeoutPacket
             * @instance
             */
            TimeoutPacket.prototype.proofUnreceived = null;

            /**
             * TimeoutPacket nextSequenceRecv.
             * @member {number|Long} nextSequenceRecv
             * @memberof isthmus.v1.TimeoutPacket
             * @instance
             */
            TimeoutPacket.prototype.nextSequenceRecv = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TimeoutPacket instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {isthmus.v1.TimeoutPacket.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.TimeoutPacket} TimeoutPacket instance
             * @type {{
             *   (properties: isthmus.v1.TimeoutPacket.$Shape): isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape;
             *   (properties?: isthmus.v1.TimeoutPacket.$Properties): isthmus.v1.TimeoutPacket;
             * }}
             */
            TimeoutPacket.create = function(properties) {
                return new TimeoutPacket(properties);
            };

            /**
             * Encodes the specified TimeoutPacket message. Does not implicitly {@link isthmus.v1.TimeoutPacket.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {isthmus.v1.TimeoutPacket.$Properties} message TimeoutPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeoutPacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.proofUnreceived != null && $Object.hasOwnProperty.call(message, "proofUnreceived"))
                    $root.isthmus.v1.Proof.encode(message.proofUnreceived, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.nextSequenceRecv != null && $Object.hasOwnProperty.call(message, "nextSequenceRecv") && (typeof message.nextSequenceRecv === "object" ? message.nextSequenceRecv.low || message.nextSequenceRecv.high : message.nextSequenceRecv !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nextSequenceRecv);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimeoutPacket message, length delimited. Does not implicitly {@link isthmus.v1.TimeoutPacket.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {isthmus.v1.TimeoutPacket.$Properties} message TimeoutPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeoutPacket.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeoutPacket message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape} TimeoutPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeoutPacket.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.TimeoutPacket();
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
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.proofUnreceived = $root.isthmus.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proofUnreceived);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextSequenceRecv = value;
                            else
                                delete message.nextSequenceRecv;
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
             * Decodes a TimeoutPacket message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape} TimeoutPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeoutPacket.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeoutPacket message.
             * @function verify
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeoutPacket.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.proofUnreceived != null && $Object.hasOwnProperty.call(message, "proofUnreceived")) {
                    let error = $root.isthmus.v1.Proof.verify(message.proofUnreceived, _depth + 1);
                    if (error)
                        return "proofUnreceived." + error;
                }
                if (message.nextSequenceRecv != null && $Object.hasOwnProperty.call(message, "nextSequenceRecv"))
                    if (!$util.isInteger(message.nextSequenceRecv) && !(message.nextSequenceRecv && $util.isInteger(message.nextSequenceRecv.low) && $util.isInteger(message.nextSequenceRecv.high)))
                        return "nextSequenceRecv: integer|Long expected";
                return null;
            };

            /**
             * Creates a TimeoutPacket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.TimeoutPacket} TimeoutPacket
             */
            TimeoutPacket.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.TimeoutPacket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.TimeoutPacket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.TimeoutPacket();
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.TimeoutPacket.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.proofUnreceived != null) {
                    if (!$util.isObject(object.proofUnreceived))
                        throw $TypeError(".isthmus.v1.TimeoutPacket.proofUnreceived: object expected");
                    message.proofUnreceived = $root.isthmus.v1.Proof.fromObject(object.proofUnreceived, _depth + 1);
                }
                if (object.nextSequenceRecv != null)
                    if (typeof object.nextSequenceRecv === "object" ? object.nextSequenceRecv.low || object.nextSequenceRecv.high : $Number(object.nextSequenceRecv) !== 0)
                        if ($util.Long)
                            message.nextSequenceRecv = $util.Long.fromValue(object.nextSequenceRecv, true);
                        else if (typeof object.nextSequenceRecv === "string")
                            message.nextSequenceRecv = $parseInt(object.nextSequenceRecv, 10);
                        else if (typeof object.nextSequenceRecv === "number")
                            message.nextSequenceRecv = object.nextSequenceRecv;
                        else if (typeof object.nextSequenceRecv === "object")
                            message.nextSequenceRecv = new $util.LongBits(object.nextSequenceRecv.low >>> 0, object.nextSequenceRecv.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TimeoutPacket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {isthmus.v1.TimeoutPacket} message TimeoutPacket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeoutPacket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.packet = null;
                    object.proofUnreceived = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nextSequenceRecv = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nextSequenceRecv = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.proofUnreceived != null && $Object.hasOwnProperty.call(message, "proofUnreceived"))
                    object.proofUnreceived = $root.isthmus.v1.Proof.toObject(message.proofUnreceived, options, _depth + 1);
                if (message.nextSequenceRecv != null && $Object.hasOwnProperty.call(message, "nextSequenceRecv"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nextSequenceRecv = typeof message.nextSequenceRecv === "number" ? $BigInt(message.nextSequenceRecv) : $util.Long.fromBits(message.nextSequenceRecv.low >>> 0, message.nextSequenceRecv.high >>> 0, true).toBigInt();
                    else if (typeof message.nextSequenceRecv === "number")
                        object.nextSequenceRecv = options.longs === $String ? $String(message.nextSequenceRecv) : message.nextSequenceRecv;
                    else
                        object.nextSequenceRecv = options.longs === $String ? $util.Long.prototype.toString.call(message.nextSequenceRecv) : options.longs === $Number ? new $util.LongBits(message.nextSequenceRecv.low >>> 0, message.nextSequenceRecv.high >>> 0).toNumber(true) : message.nextSequenceRecv;
                return object;
            };

            /**
             * Converts this TimeoutPacket to JSON.
             * @function toJSON
             * @memberof isthmus.v1.TimeoutPacket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeoutPacket.prototype.toJSON = function() {
                return TimeoutPacket.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeoutPacket
             * @function getTypeUrl
             * @memberof isthmus.v1.TimeoutPacket
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeoutPacket.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.TimeoutPacket";
            };

            return TimeoutPacket;
        })();

        /**
         * ResultCode enum.
         * @name isthmus.v1.ResultCode
         * @enum {number}
         * @property {number} RESULT_CODE_UNSPECIFIED=0 RESULT_CODE_UNSPECIFIED value
         * @property {number} RESULT_CODE_OK=1 RESULT_CODE_OK value
         * @property {number} RESULT_CODE_ALREADY_DONE=2 RESULT_CODE_ALREADY_DONE value
         * @property {number} RESULT_CODE_REJECTED=3 RESULT_CODE_REJECTED value
         * @property {number} RESULT_CODE_RETRY=4 RESULT_CODE_RETRY value
         */
        v1.ResultCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESULT_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESULT_CODE_OK"] = 1;
            values[valuesById[2] = "RESULT_CODE_ALREADY_DONE"] = 2;
            values[valuesById[3] = "RESULT_CODE_REJECTED"] = 3;
            values[valuesById[4] = "RESULT_CODE_RETRY"] = 4;
            return values;
        })();

        v1.MsgResult = (function() {

            /**
             * Properties of a MsgResult.
             * @typedef {Object} isthmus.v1.MsgResult.$Properties
             * @property {isthmus.v1.ResultCode|null} [code] MsgResult code
             * @property {string|null} [errorCode] MsgResult errorCode
             * @property {string|null} [message] MsgResult message
             * @property {Uint8Array|null} [data] MsgResult data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MsgResult.
             * @memberof isthmus.v1
             * @interface IMsgResult
             * @augments isthmus.v1.MsgResult.$Properties
             * @deprecated Use isthmus.v1.MsgResult.$Properties instead.
             */

            /**
             * Shape of a MsgResult.
             * @typedef {isthmus.v1.MsgResult.$Properties} isthmus.v1.MsgResult.$Shape
             */

            /**
             * Constructs a new MsgResult.
             * @memberof isthmus.v1
             * @classdesc Represents a MsgResult.
             * @constructor
             * @param {isthmus.v1.MsgResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MsgResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MsgResult code.
             * @member {isthmus.v1.ResultCode} code
             * @memberof isthmus.v1.MsgResult
             * @instance
             */
            MsgResult.prototype.code = 0;

            /**
             * MsgResult errorCode.
             * @member {string} errorCode
             * @memberof isthmus.v1.MsgResult
             * @instance
             */
            MsgResult.prototype.errorCode = "";

            /**
             * MsgResult message.
             * @member {string} message
             * @memberof isthmus.v1.MsgResult
             * @instance
             */
            MsgResult.prototype.message = "";

            /**
             * MsgResult data.
             * @member {Uint8Array} data
             * @memberof isthmus.v1.MsgResult
             * @instance
             */
            MsgResult.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new MsgResult instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {isthmus.v1.MsgResult.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.MsgResult} MsgResult instance
             * @type {{
             *   (properties: isthmus.v1.MsgResult.$Shape): isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape;
             *   (properties?: isthmus.v1.MsgResult.$Properties): isthmus.v1.MsgResult;
             * }}
             */
            MsgResult.create = function(properties) {
                return new MsgResult(properties);
            };

            /**
             * Encodes the specified MsgResult message. Does not implicitly {@link isthmus.v1.MsgResult.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {isthmus.v1.MsgResult.$Properties} message MsgResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MsgResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorCode);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MsgResult message, length delimited. Does not implicitly {@link isthmus.v1.MsgResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {isthmus.v1.MsgResult.$Properties} message MsgResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MsgResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MsgResult message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape} MsgResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MsgResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.MsgResult();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Decodes a MsgResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape} MsgResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MsgResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MsgResult message.
             * @function verify
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MsgResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    if (!$util.isString(message.errorCode))
                        return "errorCode: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a MsgResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.MsgResult} MsgResult
             */
            MsgResult.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.MsgResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.MsgResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.MsgResult();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.isthmus.v1.ResultCode[object.code] !== 0))
                    switch (object.code) {
                    case "RESULT_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "RESULT_CODE_OK":
                    case 1:
                        message.code = 1;
                        break;
                    case "RESULT_CODE_ALREADY_DONE":
                    case 2:
                        message.code = 2;
                        break;
                    case "RESULT_CODE_REJECTED":
                    case 3:
                        message.code = 3;
                        break;
                    case "RESULT_CODE_RETRY":
                    case 4:
                        message.code = 4;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a MsgResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {isthmus.v1.MsgResult} message MsgResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MsgResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "RESULT_CODE_UNSPECIFIED" : 0;
                    object.errorCode = "";
                    object.message = "";
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.isthmus.v1.ResultCode[message.code] === $undefined ? message.code : $root.isthmus.v1.ResultCode[message.code] : message.code;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this MsgResult to JSON.
             * @function toJSON
             * @memberof isthmus.v1.MsgResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MsgResult.prototype.toJSON = function() {
                return MsgResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MsgResult
             * @function getTypeUrl
             * @memberof isthmus.v1.MsgResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MsgResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.MsgResult";
            };

            return MsgResult;
        })();

        v1.SubmitResponse = (function() {

            /**
             * Properties of a SubmitResponse.
             * @typedef {Object} isthmus.v1.SubmitResponse.$Properties
             * @property {Array.<isthmus.v1.MsgResult.$Properties>|null} [results] SubmitResponse results
             * @property {string|null} [txId] SubmitResponse txId
             * @property {isthmus.v1.Height.$Properties|null} [height] SubmitResponse height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitResponse.
             * @memberof isthmus.v1
             * @interface ISubmitResponse
             * @augments isthmus.v1.SubmitResponse.$Properties
             * @deprecated Use isthmus.v1.SubmitResponse.$Properties instead.
             */

            /**
             * Shape of a SubmitResponse.
             * @typedef {isthmus.v1.SubmitResponse.$Properties} isthmus.v1.SubmitResponse.$Shape
             */

            /**
             * Constructs a new SubmitResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a SubmitResponse.
             * @constructor
             * @param {isthmus.v1.SubmitResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitResponse results.
             * @member {Array.<isthmus.v1.MsgResult.$Properties>} results
             * @memberof isthmus.v1.SubmitResponse
             * @instance
             */
            SubmitResponse.prototype.results = $util.emptyArray;

            /**
             * SubmitResponse txId.
             * @member {string} txId
             * @memberof isthmus.v1.SubmitResponse
             * @instance
             */
            SubmitResponse.prototype.txId = "";

            /**
             * SubmitResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.SubmitResponse
             * @instance
             */
            SubmitResponse.prototype.height = null;

            /**
             * Creates a new SubmitResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {isthmus.v1.SubmitResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SubmitResponse} SubmitResponse instance
             * @type {{
             *   (properties: isthmus.v1.SubmitResponse.$Shape): isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape;
             *   (properties?: isthmus.v1.SubmitResponse.$Properties): isthmus.v1.SubmitResponse;
             * }}
             */
            SubmitResponse.create = function(properties) {
                return new SubmitResponse(properties);
            };

            /**
             * Encodes the specified SubmitResponse message. Does not implicitly {@link isthmus.v1.SubmitResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {isthmus.v1.SubmitResponse.$Properties} message SubmitResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.isthmus.v1.MsgResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.txId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitResponse message, length delimited. Does not implicitly {@link isthmus.v1.SubmitResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {isthmus.v1.SubmitResponse.$Properties} message SubmitResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape} SubmitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SubmitResponse();
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
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.isthmus.v1.MsgResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a SubmitResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape} SubmitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitResponse message.
             * @function verify
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                    if (!$Array.isArray(message.results))
                        return "results: array expected";
                    for (let i = 0; i < message.results.length; ++i) {
                        let error = $root.isthmus.v1.MsgResult.verify(message.results[i], _depth + 1);
                        if (error)
                            return "results." + error;
                    }
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a SubmitResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SubmitResponse} SubmitResponse
             */
            SubmitResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SubmitResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SubmitResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SubmitResponse();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".isthmus.v1.SubmitResponse.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".isthmus.v1.SubmitResponse.results: object expected");
                        message.results[i] = $root.isthmus.v1.MsgResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.SubmitResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubmitResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {isthmus.v1.SubmitResponse} message SubmitResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (options.defaults) {
                    object.txId = "";
                    object.height = null;
                }
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.isthmus.v1.MsgResult.toObject(message.results[j], options, _depth + 1);
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubmitResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SubmitResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitResponse.prototype.toJSON = function() {
                return SubmitResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.SubmitResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SubmitResponse";
            };

            return SubmitResponse;
        })();

        v1.QueryClientRequest = (function() {

            /**
             * Properties of a QueryClientRequest.
             * @typedef {Object} isthmus.v1.QueryClientRequest.$Properties
             * @property {string|null} [clientId] QueryClientRequest clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryClientRequest.
             * @memberof isthmus.v1
             * @interface IQueryClientRequest
             * @augments isthmus.v1.QueryClientRequest.$Properties
             * @deprecated Use isthmus.v1.QueryClientRequest.$Properties instead.
             */

            /**
             * Shape of a QueryClientRequest.
             * @typedef {isthmus.v1.QueryClientRequest.$Properties} isthmus.v1.QueryClientRequest.$Shape
             */

            /**
             * Constructs a new QueryClientRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryClientRequest.
             * @constructor
             * @param {isthmus.v1.QueryClientRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryClientRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryClientRequest clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.QueryClientRequest
             * @instance
             */
            QueryClientRequest.prototype.clientId = "";

            /**
             * Creates a new QueryClientRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {isthmus.v1.QueryClientRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryClientRequest} QueryClientRequest instance
             * @type {{
             *   (properties: isthmus.v1.QueryClientRequest.$Shape): isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape;
             *   (properties?: isthmus.v1.QueryClientRequest.$Properties): isthmus.v1.QueryClientRequest;
             * }}
             */
            QueryClientRequest.create = function(properties) {
                return new QueryClientRequest(properties);
            };

            /**
             * Encodes the specified QueryClientRequest message. Does not implicitly {@link isthmus.v1.QueryClientRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {isthmus.v1.QueryClientRequest.$Properties} message QueryClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryClientRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryClientRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryClientRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {isthmus.v1.QueryClientRequest.$Properties} message QueryClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryClientRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape} QueryClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryClientRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryClientRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
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
             * Decodes a QueryClientRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape} QueryClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryClientRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryClientRequest message.
             * @function verify
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryClientRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                return null;
            };

            /**
             * Creates a QueryClientRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryClientRequest} QueryClientRequest
             */
            QueryClientRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryClientRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryClientRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryClientRequest();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from a QueryClientRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {isthmus.v1.QueryClientRequest} message QueryClientRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryClientRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.clientId = "";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this QueryClientRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryClientRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryClientRequest.prototype.toJSON = function() {
                return QueryClientRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryClientRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryClientRequest";
            };

            return QueryClientRequest;
        })();

        v1.QueryClientResponse = (function() {

            /**
             * Properties of a QueryClientResponse.
             * @typedef {Object} isthmus.v1.QueryClientResponse.$Properties
             * @property {isthmus.v1.ClientState.$Properties|null} [clientState] QueryClientResponse clientState
             * @property {isthmus.v1.ConsensusState.$Properties|null} [consensusState] QueryClientResponse consensusState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryClientResponse.
             * @memberof isthmus.v1
             * @interface IQueryClientResponse
             * @augments isthmus.v1.QueryClientResponse.$Properties
             * @deprecated Use isthmus.v1.QueryClientResponse.$Properties instead.
             */

            /**
             * Shape of a QueryClientResponse.
             * @typedef {isthmus.v1.QueryClientResponse.$Properties} isthmus.v1.QueryClientResponse.$Shape
             */

            /**
             * Constructs a new QueryClientResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryClientResponse.
             * @constructor
             * @param {isthmus.v1.QueryClientResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryClientResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryClientResponse clientState.
             * @member {isthmus.v1.ClientState.$Properties|null|undefined} clientState
             * @memberof isthmus.v1.QueryClientResponse
             * @instance
             */
            QueryClientResponse.prototype.clientState = null;

            /**
             * QueryClientResponse consensusState.
             * @member {isthmus.v1.ConsensusState.$Properties|null|undefined} consensusState
             * @memberof isthmus.v1.QueryClientResponse
             * @instance
             */
            QueryClientResponse.prototype.consensusState = null;

            /**
             * Creates a new QueryClientResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {isthmus.v1.QueryClientResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryClientResponse} QueryClientResponse instance
             * @type {{
             *   (properties: isthmus.v1.QueryClientResponse.$Shape): isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape;
             *   (properties?: isthmus.v1.QueryClientResponse.$Properties): isthmus.v1.QueryClientResponse;
             * }}
             */
            QueryClientResponse.create = function(properties) {
                return new QueryClientResponse(properties);
            };

            /**
             * Encodes the specified QueryClientResponse message. Does not implicitly {@link isthmus.v1.QueryClientResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {isthmus.v1.QueryClientResponse.$Properties} message QueryClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryClientResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    $root.isthmus.v1.ClientState.encode(message.clientState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    $root.isthmus.v1.ConsensusState.encode(message.consensusState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryClientResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryClientResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {isthmus.v1.QueryClientResponse.$Properties} message QueryClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryClientResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape} QueryClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryClientResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryClientResponse();
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
                            message.clientState = $root.isthmus.v1.ClientState.decode(reader, reader.size(), $undefined, _depth + 1, message.clientState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.consensusState = $root.isthmus.v1.ConsensusState.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusState);
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
             * Decodes a QueryClientResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape} QueryClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryClientResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryClientResponse message.
             * @function verify
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryClientResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState")) {
                    let error = $root.isthmus.v1.ClientState.verify(message.clientState, _depth + 1);
                    if (error)
                        return "clientState." + error;
                }
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState")) {
                    let error = $root.isthmus.v1.ConsensusState.verify(message.consensusState, _depth + 1);
                    if (error)
                        return "consensusState." + error;
                }
                return null;
            };

            /**
             * Creates a QueryClientResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryClientResponse} QueryClientResponse
             */
            QueryClientResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryClientResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryClientResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryClientResponse();
                if (object.clientState != null) {
                    if (!$util.isObject(object.clientState))
                        throw $TypeError(".isthmus.v1.QueryClientResponse.clientState: object expected");
                    message.clientState = $root.isthmus.v1.ClientState.fromObject(object.clientState, _depth + 1);
                }
                if (object.consensusState != null) {
                    if (!$util.isObject(object.consensusState))
                        throw $TypeError(".isthmus.v1.QueryClientResponse.consensusState: object expected");
                    message.consensusState = $root.isthmus.v1.ConsensusState.fromObject(object.consensusState, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryClientResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {isthmus.v1.QueryClientResponse} message QueryClientResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryClientResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientState = null;
                    object.consensusState = null;
                }
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    object.clientState = $root.isthmus.v1.ClientState.toObject(message.clientState, options, _depth + 1);
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    object.consensusState = $root.isthmus.v1.ConsensusState.toObject(message.consensusState, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryClientResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryClientResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryClientResponse.prototype.toJSON = function() {
                return QueryClientResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryClientResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryClientResponse";
            };

            return QueryClientResponse;
        })();

        v1.Height = (function() {

            /**
             * Properties of an Height.
             * @typedef {Object} isthmus.v1.Height.$Properties
             * @property {number|Long|null} [revision] Height revision
             * @property {number|Long|null} [height] Height height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Height.
             * @memberof isthmus.v1
             * @interface IHeight
             * @augments isthmus.v1.Height.$Properties
             * @deprecated Use isthmus.v1.Height.$Properties instead.
             */

            /**
             * Shape of an Height.
             * @typedef {isthmus.v1.Height.$Properties} isthmus.v1.Height.$Shape
             */

            /**
             * Constructs a new Height.
             * @memberof isthmus.v1
             * @classdesc Represents an Height.
             * @constructor
             * @param {isthmus.v1.Height.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Height = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Height revision.
             * @member {number|Long} revision
             * @memberof isthmus.v1.Height
             * @instance
             */
            Height.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Height height.
             * @member {number|Long} height
             * @memberof isthmus.v1.Height
             * @instance
             */
            Height.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Height instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Height
             * @static
             * @param {isthmus.v1.Height.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Height} Height instance
             * @type {{
             *   (properties: isthmus.v1.Height.$Shape): isthmus.v1.Height & isthmus.v1.Height.$Shape;
             *   (properties?: isthmus.v1.Height.$Properties): isthmus.v1.Height;
             * }}
             */
            Height.create = function(properties) {
                return new Height(properties);
            };

            /**
             * Encodes the specified Height message. Does not implicitly {@link isthmus.v1.Height.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Height
             * @static
             * @param {isthmus.v1.Height.$Properties} message Height message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Height.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Height message, length delimited. Does not implicitly {@link isthmus.v1.Height.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Height
             * @static
             * @param {isthmus.v1.Height.$Properties} message Height message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Height.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Height message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Height
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Height & isthmus.v1.Height.$Shape} Height
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Height.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Height();
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
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
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
             * Decodes an Height message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Height
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Height & isthmus.v1.Height.$Shape} Height
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Height.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Height message.
             * @function verify
             * @memberof isthmus.v1.Height
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Height.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height) && !(message.height && $util.isInteger(message.height.low) && $util.isInteger(message.height.high)))
                        return "height: integer|Long expected";
                return null;
            };

            /**
             * Creates an Height message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Height
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Height} Height
             */
            Height.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Height)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Height: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Height();
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Height message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Height
             * @static
             * @param {isthmus.v1.Height} message Height
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Height.toObject = function (message, options, _depth) {
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
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                return object;
            };

            /**
             * Converts this Height to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Height
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Height.prototype.toJSON = function() {
                return Height.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Height
             * @function getTypeUrl
             * @memberof isthmus.v1.Height
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Height.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Height";
            };

            return Height;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @typedef {Object} isthmus.v1.Packet.$Properties
             * @property {number|Long|null} [sequence] Packet sequence
             * @property {string|null} [sourceChain] Packet sourceChain
             * @property {string|null} [sourceChannel] Packet sourceChannel
             * @property {string|null} [destChain] Packet destChain
             * @property {string|null} [destChannel] Packet destChannel
             * @property {string|null} [app] Packet app
             * @property {Uint8Array|null} [payload] Packet payload
             * @property {isthmus.v1.Height.$Properties|null} [timeoutHeight] Packet timeoutHeight
             * @property {number|Long|null} [timeoutTimestampNs] Packet timeoutTimestampNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Packet.
             * @memberof isthmus.v1
             * @interface IPacket
             * @augments isthmus.v1.Packet.$Properties
             * @deprecated Use isthmus.v1.Packet.$Properties instead.
             */

            /**
             * Shape of a Packet.
             * @typedef {isthmus.v1.Packet.$Properties} isthmus.v1.Packet.$Shape
             */

            /**
             * Constructs a new Packet.
             * @memberof isthmus.v1
             * @classdesc Represents a Packet.
             * @constructor
             * @param {isthmus.v1.Packet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Packet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Packet sequence.
             * @member {number|Long} sequence
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packet sourceChain.
             * @member {string} sourceChain
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.sourceChain = "";

            /**
             * Packet sourceChannel.
             * @member {string} sourceChannel
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.sourceChannel = "";

            /**
             * Packet destChain.
             * @member {string} destChain
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.destChain = "";

            /**
             * Packet destChannel.
             * @member {string} destChannel
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.destChannel = "";

            /**
             * Packet app.
             * @member {string} app
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.app = "";

            /**
             * Packet payload.
             * @member {Uint8Array} payload
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.payload = $util.newBuffer([]);

            /**
             * Packet timeoutHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} timeoutHeight
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.timeoutHeight = null;

            /**
             * Packet timeoutTimestampNs.
             * @member {number|Long} timeoutTimestampNs
             * @memberof isthmus.v1.Packet
             * @instance
             */
            Packet.prototype.timeoutTimestampNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Packet
             * @static
             * @param {isthmus.v1.Packet.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Packet} Packet instance
             * @type {{
             *   (properties: isthmus.v1.Packet.$Shape): isthmus.v1.Packet & isthmus.v1.Packet.$Shape;
             *   (properties?: isthmus.v1.Packet.$Properties): isthmus.v1.Packet;
             * }}
             */
            Packet.create = function(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link isthmus.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Packet
             * @static
             * @param {isthmus.v1.Packet.$Properties} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain") && message.sourceChain !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceChain);
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel") && message.sourceChannel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sourceChannel);
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain") && message.destChain !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.destChain);
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel") && message.destChannel !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.destChannel);
                if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.app);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.payload);
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    $root.isthmus.v1.Height.encode(message.timeoutHeight, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs") && (typeof message.timeoutTimestampNs === "object" ? message.timeoutTimestampNs.low || message.timeoutTimestampNs.high : message.timeoutTimestampNs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.timeoutTimestampNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Packet message, length delimited. Does not implicitly {@link isthmus.v1.Packet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Packet
             * @static
             * @param {isthmus.v1.Packet.$Properties} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Packet & isthmus.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Packet();
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
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceChain = value;
                            else
                                delete message.sourceChain;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceChannel = value;
                            else
                                delete message.sourceChannel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.destChain = value;
                            else
                                delete message.destChain;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.destChannel = value;
                            else
                                delete message.destChannel;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.app = value;
                            else
                                delete message.app;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.timeoutHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.timeoutHeight);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeoutTimestampNs = value;
                            else
                                delete message.timeoutTimestampNs;
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
             * Decodes a Packet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Packet & isthmus.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Packet message.
             * @function verify
             * @memberof isthmus.v1.Packet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Packet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    if (!$util.isString(message.sourceChain))
                        return "sourceChain: string expected";
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    if (!$util.isString(message.sourceChannel))
                        return "sourceChannel: string expected";
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain"))
                    if (!$util.isString(message.destChain))
                        return "destChain: string expected";
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel"))
                    if (!$util.isString(message.destChannel))
                        return "destChannel: string expected";
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    if (!$util.isString(message.app))
                        return "app: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.timeoutHeight, _depth + 1);
                    if (error)
                        return "timeoutHeight." + error;
                }
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (!$util.isInteger(message.timeoutTimestampNs) && !(message.timeoutTimestampNs && $util.isInteger(message.timeoutTimestampNs.low) && $util.isInteger(message.timeoutTimestampNs.high)))
                        return "timeoutTimestampNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Packet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Packet} Packet
             */
            Packet.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Packet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Packet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Packet();
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.sourceChain != null)
                    if (typeof object.sourceChain !== "string" || object.sourceChain.length)
                        message.sourceChain = $String(object.sourceChain);
                if (object.sourceChannel != null)
                    if (typeof object.sourceChannel !== "string" || object.sourceChannel.length)
                        message.sourceChannel = $String(object.sourceChannel);
                if (object.destChain != null)
                    if (typeof object.destChain !== "string" || object.destChain.length)
                        message.destChain = $String(object.destChain);
                if (object.destChannel != null)
                    if (typeof object.destChannel !== "string" || object.destChannel.length)
                        message.destChannel = $String(object.destChannel);
                if (object.app != null)
                    if (typeof object.app !== "string" || object.app.length)
                        message.app = $String(object.app);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.timeoutHeight != null) {
                    if (!$util.isObject(object.timeoutHeight))
                        throw $TypeError(".isthmus.v1.Packet.timeoutHeight: object expected");
                    message.timeoutHeight = $root.isthmus.v1.Height.fromObject(object.timeoutHeight, _depth + 1);
                }
                if (object.timeoutTimestampNs != null)
                    if (typeof object.timeoutTimestampNs === "object" ? object.timeoutTimestampNs.low || object.timeoutTimestampNs.high : $Number(object.timeoutTimestampNs) !== 0)
                        if ($util.Long)
                            message.timeoutTimestampNs = $util.Long.fromValue(object.timeoutTimestampNs, true);
                        else if (typeof object.timeoutTimestampNs === "string")
                            message.timeoutTimestampNs = $parseInt(object.timeoutTimestampNs, 10);
                        else if (typeof object.timeoutTimestampNs === "number")
                            message.timeoutTimestampNs = object.timeoutTimestampNs;
                        else if (typeof object.timeoutTimestampNs === "object")
                            message.timeoutTimestampNs = new $util.LongBits(object.timeoutTimestampNs.low >>> 0, object.timeoutTimestampNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Packet
             * @static
             * @param {isthmus.v1.Packet} message Packet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function (message, options, _depth) {
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
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sourceChain = "";
                    object.sourceChannel = "";
                    object.destChain = "";
                    object.destChannel = "";
                    object.app = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.timeoutHeight = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeoutTimestampNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeoutTimestampNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    object.sourceChain = message.sourceChain;
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    object.sourceChannel = message.sourceChannel;
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain"))
                    object.destChain = message.destChain;
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel"))
                    object.destChannel = message.destChannel;
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    object.app = message.app;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    object.timeoutHeight = $root.isthmus.v1.Height.toObject(message.timeoutHeight, options, _depth + 1);
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeoutTimestampNs = typeof message.timeoutTimestampNs === "number" ? $BigInt(message.timeoutTimestampNs) : $util.Long.fromBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeoutTimestampNs === "number")
                        object.timeoutTimestampNs = options.longs === $String ? $String(message.timeoutTimestampNs) : message.timeoutTimestampNs;
                    else
                        object.timeoutTimestampNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeoutTimestampNs) : options.longs === $Number ? new $util.LongBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0).toNumber(true) : message.timeoutTimestampNs;
                return object;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function() {
                return Packet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Packet
             * @function getTypeUrl
             * @memberof isthmus.v1.Packet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Packet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Packet";
            };

            return Packet;
        })();

        v1.Acknowledgement = (function() {

            /**
             * Properties of an Acknowledgement.
             * @typedef {Object} isthmus.v1.Acknowledgement.$Properties
             * @property {Uint8Array|null} [result] Acknowledgement result
             * @property {string|null} [error] Acknowledgement error
             * @property {"result"|"error"} [response] Acknowledgement response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Acknowledgement.
             * @memberof isthmus.v1
             * @interface IAcknowledgement
             * @augments isthmus.v1.Acknowledgement.$Properties
             * @deprecated Use isthmus.v1.Acknowledgement.$Properties instead.
             */

            /**
             * Narrowed shape of an Acknowledgement.
             * @typedef {{
             *   result?: Uint8Array|null;
             *   error?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ response?: undefined; result?: null; error?: null }|{ response?: "result"; result: Uint8Array; error?: null }|{ response?: "error"; result?: null; error: string })
             * )} isthmus.v1.Acknowledgement.$Shape
             */

            /**
             * Constructs a new Acknowledgement.
             * @memberof isthmus.v1
             * @classdesc Represents an Acknowledgement.
             * @constructor
             * @param {isthmus.v1.Acknowledgement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Acknowledgement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Acknowledgement result.
             * @member {Uint8Array|null|undefined} result
             * @memberof isthmus.v1.Acknowledgement
             * @instance
             */
            Acknowledgement.prototype.result = null;

            /**
             * Acknowledgement error.
             * @member {string|null|undefined} error
             * @memberof isthmus.v1.Acknowledgement
             * @instance
             */
            Acknowledgement.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Acknowledgement response.
             * @member {"result"|"error"|undefined} response
             * @memberof isthmus.v1.Acknowledgement
             * @instance
             */
            $Object.defineProperty(Acknowledgement.prototype, "response", {
                get: $util.oneOfGetter($oneOfFields = ["result", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Acknowledgement instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {isthmus.v1.Acknowledgement.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Acknowledgement} Acknowledgement instance
             * @type {{
             *   (properties: isthmus.v1.Acknowledgement.$Shape): isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape;
             *   (properties?: isthmus.v1.Acknowledgement.$Properties): isthmus.v1.Acknowledgement;
             * }}
             */
            Acknowledgement.create = function(properties) {
                return new Acknowledgement(properties);
            };

            /**
             * Encodes the specified Acknowledgement message. Does not implicitly {@link isthmus.v1.Acknowledgement.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {isthmus.v1.Acknowledgement.$Properties} message Acknowledgement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Acknowledgement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.result);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Acknowledgement message, length delimited. Does not implicitly {@link isthmus.v1.Acknowledgement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {isthmus.v1.Acknowledgement.$Properties} message Acknowledgement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Acknowledgement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Acknowledgement message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape} Acknowledgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Acknowledgement.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Acknowledgement();
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
                            message.result = reader.bytes();
                            message.response = "result";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.stringVerify();
                            message.response = "error";
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
             * Decodes an Acknowledgement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape} Acknowledgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Acknowledgement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Acknowledgement message.
             * @function verify
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Acknowledgement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    properties.response = 1;
                    if (!(message.result && typeof message.result.length === "number" || $util.isString(message.result)))
                        return "result: buffer expected";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.response === 1)
                        return "response: multiple values";
                    properties.response = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates an Acknowledgement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Acknowledgement} Acknowledgement
             */
            Acknowledgement.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Acknowledgement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Acknowledgement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Acknowledgement();
                if (object.result != null)
                    if (typeof object.result === "string")
                        $util.base64.decode(object.result, message.result = $util.newBuffer($util.base64.length(object.result)), 0);
                    else if (object.result.length >= 0)
                        message.result = object.result;
                if (object.error != null)
                    message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from an Acknowledgement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {isthmus.v1.Acknowledgement} message Acknowledgement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Acknowledgement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = options.bytes === $String ? $util.base64.encode(message.result, 0, message.result.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.result) : message.result;
                    if (options.oneofs)
                        object.response = "result";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = message.error;
                    if (options.oneofs)
                        object.response = "error";
                }
                return object;
            };

            /**
             * Converts this Acknowledgement to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Acknowledgement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Acknowledgement.prototype.toJSON = function() {
                return Acknowledgement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Acknowledgement
             * @function getTypeUrl
             * @memberof isthmus.v1.Acknowledgement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Acknowledgement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Acknowledgement";
            };

            return Acknowledgement;
        })();

        v1.ClientMessage = (function() {

            /**
             * Properties of a ClientMessage.
             * @typedef {Object} isthmus.v1.ClientMessage.$Properties
             * @property {string|null} [clientType] ClientMessage clientType
             * @property {Uint8Array|null} [bytes] ClientMessage bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientMessage.
             * @memberof isthmus.v1
             * @interface IClientMessage
             * @augments isthmus.v1.ClientMessage.$Properties
             * @deprecated Use isthmus.v1.ClientMessage.$Properties instead.
             */

            /**
             * Shape of a ClientMessage.
             * @typedef {isthmus.v1.ClientMessage.$Properties} isthmus.v1.ClientMessage.$Shape
             */

            /**
             * Constructs a new ClientMessage.
             * @memberof isthmus.v1
             * @classdesc Represents a ClientMessage.
             * @constructor
             * @param {isthmus.v1.ClientMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientMessage clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.clientType = "";

            /**
             * ClientMessage bytes.
             * @member {Uint8Array} bytes
             * @memberof isthmus.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.bytes = $util.newBuffer([]);

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {isthmus.v1.ClientMessage.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ClientMessage} ClientMessage instance
             * @type {{
             *   (properties: isthmus.v1.ClientMessage.$Shape): isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape;
             *   (properties?: isthmus.v1.ClientMessage.$Properties): isthmus.v1.ClientMessage;
             * }}
             */
            ClientMessage.create = function(properties) {
                return new ClientMessage(properties);
            };

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link isthmus.v1.ClientMessage.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {isthmus.v1.ClientMessage.$Properties} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientType);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link isthmus.v1.ClientMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {isthmus.v1.ClientMessage.$Properties} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ClientMessage();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bytes = value;
                            else
                                delete message.bytes;
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
             * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientMessage message.
             * @function verify
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!(message.bytes && typeof message.bytes.length === "number" || $util.isString(message.bytes)))
                        return "bytes: buffer expected";
                return null;
            };

            /**
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ClientMessage} ClientMessage
             */
            ClientMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ClientMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ClientMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ClientMessage();
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.bytes != null)
                    if (object.bytes.length)
                        if (typeof object.bytes === "string")
                            $util.base64.decode(object.bytes, message.bytes = $util.newBuffer($util.base64.length(object.bytes)), 0);
                        else if (object.bytes.length >= 0)
                            message.bytes = object.bytes;
                return message;
            };

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {isthmus.v1.ClientMessage} message ClientMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientType = "";
                    if (options.bytes === $String)
                        object.bytes = "";
                    else {
                        object.bytes = [];
                        if (options.bytes !== $Array)
                            object.bytes = $util.newBuffer(object.bytes);
                    }
                }
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.bytes === $String ? $util.base64.encode(message.bytes, 0, message.bytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytes) : message.bytes;
                return object;
            };

            /**
             * Converts this ClientMessage to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ClientMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientMessage.prototype.toJSON = function() {
                return ClientMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientMessage
             * @function getTypeUrl
             * @memberof isthmus.v1.ClientMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ClientMessage";
            };

            return ClientMessage;
        })();

        v1.Proof = (function() {

            /**
             * Properties of a Proof.
             * @typedef {Object} isthmus.v1.Proof.$Properties
             * @property {string|null} [kind] Proof kind
             * @property {Uint8Array|null} [bytes] Proof bytes
             * @property {isthmus.v1.Height.$Properties|null} [height] Proof height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Proof.
             * @memberof isthmus.v1
             * @interface IProof
             * @augments isthmus.v1.Proof.$Properties
             * @deprecated Use isthmus.v1.Proof.$Properties instead.
             */

            /**
             * Shape of a Proof.
             * @typedef {isthmus.v1.Proof.$Properties} isthmus.v1.Proof.$Shape
             */

            /**
             * Constructs a new Proof.
             * @memberof isthmus.v1
             * @classdesc Represents a Proof.
             * @constructor
             * @param {isthmus.v1.Proof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Proof = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Proof kind.
             * @member {string} kind
             * @memberof isthmus.v1.Proof
             * @instance
             */
            Proof.prototype.kind = "";

            /**
             * Proof bytes.
             * @member {Uint8Array} bytes
             * @memberof isthmus.v1.Proof
             * @instance
             */
            Proof.prototype.bytes = $util.newBuffer([]);

            /**
             * Proof height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.Proof
             * @instance
             */
            Proof.prototype.height = null;

            /**
             * Creates a new Proof instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Proof
             * @static
             * @param {isthmus.v1.Proof.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Proof} Proof instance
             * @type {{
             *   (properties: isthmus.v1.Proof.$Shape): isthmus.v1.Proof & isthmus.v1.Proof.$Shape;
             *   (properties?: isthmus.v1.Proof.$Properties): isthmus.v1.Proof;
             * }}
             */
            Proof.create = function(properties) {
                return new Proof(properties);
            };

            /**
             * Encodes the specified Proof message. Does not implicitly {@link isthmus.v1.Proof.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Proof
             * @static
             * @param {isthmus.v1.Proof.$Properties} message Proof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.bytes);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Proof message, length delimited. Does not implicitly {@link isthmus.v1.Proof.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Proof
             * @static
             * @param {isthmus.v1.Proof.$Properties} message Proof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proof.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Proof message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Proof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Proof & isthmus.v1.Proof.$Shape} Proof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proof.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Proof();
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
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a Proof message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Proof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Proof & isthmus.v1.Proof.$Shape} Proof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proof.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Proof message.
             * @function verify
             * @memberof isthmus.v1.Proof
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Proof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!(message.bytes && typeof message.bytes.length === "number" || $util.isString(message.bytes)))
                        return "bytes: buffer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a Proof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Proof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Proof} Proof
             */
            Proof.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Proof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Proof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Proof();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.bytes != null)
                    if (object.bytes.length)
                        if (typeof object.bytes === "string")
                            $util.base64.decode(object.bytes, message.bytes = $util.newBuffer($util.base64.length(object.bytes)), 0);
                        else if (object.bytes.length >= 0)
                            message.bytes = object.bytes;
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.Proof.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Proof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Proof
             * @static
             * @param {isthmus.v1.Proof} message Proof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Proof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    if (options.bytes === $String)
                        object.bytes = "";
                    else {
                        object.bytes = [];
                        if (options.bytes !== $Array)
                            object.bytes = $util.newBuffer(object.bytes);
                    }
                    object.height = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.bytes === $String ? $util.base64.encode(message.bytes, 0, message.bytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytes) : message.bytes;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Proof to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Proof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Proof.prototype.toJSON = function() {
                return Proof.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Proof
             * @function getTypeUrl
             * @memberof isthmus.v1.Proof
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Proof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Proof";
            };

            return Proof;
        })();

        /**
         * ClientStatus enum.
         * @name isthmus.v1.ClientStatus
         * @enum {number}
         * @property {number} CLIENT_STATUS_UNSPECIFIED=0 CLIENT_STATUS_UNSPECIFIED value
         * @property {number} CLIENT_STATUS_ACTIVE=1 CLIENT_STATUS_ACTIVE value
         * @property {number} CLIENT_STATUS_EXPIRED=2 CLIENT_STATUS_EXPIRED value
         * @property {number} CLIENT_STATUS_FROZEN=3 CLIENT_STATUS_FROZEN value
         */
        v1.ClientStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLIENT_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLIENT_STATUS_ACTIVE"] = 1;
            values[valuesById[2] = "CLIENT_STATUS_EXPIRED"] = 2;
            values[valuesById[3] = "CLIENT_STATUS_FROZEN"] = 3;
            return values;
        })();

        v1.ClientState = (function() {

            /**
             * Properties of a ClientState.
             * @typedef {Object} isthmus.v1.ClientState.$Properties
             * @property {string|null} [clientId] ClientState clientId
             * @property {string|null} [clientType] ClientState clientType
             * @property {string|null} [chainId] ClientState chainId
             * @property {isthmus.v1.Height.$Properties|null} [latestHeight] ClientState latestHeight
             * @property {isthmus.v1.ClientStatus|null} [status] ClientState status
             * @property {Uint8Array|null} [state] ClientState state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientState.
             * @memberof isthmus.v1
             * @interface IClientState
             * @augments isthmus.v1.ClientState.$Properties
             * @deprecated Use isthmus.v1.ClientState.$Properties instead.
             */

            /**
             * Shape of a ClientState.
             * @typedef {isthmus.v1.ClientState.$Properties} isthmus.v1.ClientState.$Shape
             */

            /**
             * Constructs a new ClientState.
             * @memberof isthmus.v1
             * @classdesc Represents a ClientState.
             * @constructor
             * @param {isthmus.v1.ClientState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientState clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.clientId = "";

            /**
             * ClientState clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.clientType = "";

            /**
             * ClientState chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.chainId = "";

            /**
             * ClientState latestHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} latestHeight
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.latestHeight = null;

            /**
             * ClientState status.
             * @member {isthmus.v1.ClientStatus} status
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.status = 0;

            /**
             * ClientState state.
             * @member {Uint8Array} state
             * @memberof isthmus.v1.ClientState
             * @instance
             */
            ClientState.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new ClientState instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {isthmus.v1.ClientState.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ClientState} ClientState instance
             * @type {{
             *   (properties: isthmus.v1.ClientState.$Shape): isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape;
             *   (properties?: isthmus.v1.ClientState.$Properties): isthmus.v1.ClientState;
             * }}
             */
            ClientState.create = function(properties) {
                return new ClientState(properties);
            };

            /**
             * Encodes the specified ClientState message. Does not implicitly {@link isthmus.v1.ClientState.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {isthmus.v1.ClientState.$Properties} message ClientState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientType);
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.chainId);
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    $root.isthmus.v1.Height.encode(message.latestHeight, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientState message, length delimited. Does not implicitly {@link isthmus.v1.ClientState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {isthmus.v1.ClientState.$Properties} message ClientState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientState message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape} ClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ClientState();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.latestHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.latestHeight);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.state = value;
                            else
                                delete message.state;
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
             * Decodes a ClientState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape} ClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientState message.
             * @function verify
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.latestHeight, _depth + 1);
                    if (error)
                        return "latestHeight." + error;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!(message.state && typeof message.state.length === "number" || $util.isString(message.state)))
                        return "state: buffer expected";
                return null;
            };

            /**
             * Creates a ClientState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ClientState} ClientState
             */
            ClientState.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ClientState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ClientState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ClientState();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.latestHeight != null) {
                    if (!$util.isObject(object.latestHeight))
                        throw $TypeError(".isthmus.v1.ClientState.latestHeight: object expected");
                    message.latestHeight = $root.isthmus.v1.Height.fromObject(object.latestHeight, _depth + 1);
                }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.isthmus.v1.ClientStatus[object.status] !== 0))
                    switch (object.status) {
                    case "CLIENT_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "CLIENT_STATUS_ACTIVE":
                    case 1:
                        message.status = 1;
                        break;
                    case "CLIENT_STATUS_EXPIRED":
                    case 2:
                        message.status = 2;
                        break;
                    case "CLIENT_STATUS_FROZEN":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.state != null)
                    if (object.state.length)
                        if (typeof object.state === "string")
                            $util.base64.decode(object.state, message.state = $util.newBuffer($util.base64.length(object.state)), 0);
                        else if (object.state.length >= 0)
                            message.state = object.state;
                return message;
            };

            /**
             * Creates a plain object from a ClientState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {isthmus.v1.ClientState} message ClientState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.clientType = "";
                    object.chainId = "";
                    object.latestHeight = null;
                    object.status = options.enums === $String ? "CLIENT_STATUS_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.state = "";
                    else {
                        object.state = [];
                        if (options.bytes !== $Array)
                            object.state = $util.newBuffer(object.state);
                    }
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    object.latestHeight = $root.isthmus.v1.Height.toObject(message.latestHeight, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.isthmus.v1.ClientStatus[message.status] === $undefined ? message.status : $root.isthmus.v1.ClientStatus[message.status] : message.status;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.bytes === $String ? $util.base64.encode(message.state, 0, message.state.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.state) : message.state;
                return object;
            };

            /**
             * Converts this ClientState to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ClientState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientState.prototype.toJSON = function() {
                return ClientState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientState
             * @function getTypeUrl
             * @memberof isthmus.v1.ClientState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ClientState";
            };

            return ClientState;
        })();

        v1.ConsensusState = (function() {

            /**
             * Properties of a ConsensusState.
             * @typedef {Object} isthmus.v1.ConsensusState.$Properties
             * @property {isthmus.v1.Height.$Properties|null} [height] ConsensusState height
             * @property {number|Long|null} [timestampNs] ConsensusState timestampNs
             * @property {Uint8Array|null} [root] ConsensusState root
             * @property {Uint8Array|null} [state] ConsensusState state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsensusState.
             * @memberof isthmus.v1
             * @interface IConsensusState
             * @augments isthmus.v1.ConsensusState.$Properties
             * @deprecated Use isthmus.v1.ConsensusState.$Properties instead.
             */

            /**
             * Shape of a ConsensusState.
             * @typedef {isthmus.v1.ConsensusState.$Properties} isthmus.v1.ConsensusState.$Shape
             */

            /**
             * Constructs a new ConsensusState.
             * @memberof isthmus.v1
             * @classdesc Represents a ConsensusState.
             * @constructor
             * @param {isthmus.v1.ConsensusState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsensusState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsensusState height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.ConsensusState
             * @instance
             */
            ConsensusState.prototype.height = null;

            /**
             * ConsensusState timestampNs.
             * @member {number|Long} timestampNs
             * @memberof isthmus.v1.ConsensusState
             * @instance
             */
            ConsensusState.prototype.timestampNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConsensusState root.
             * @member {Uint8Array} root
             * @memberof isthmus.v1.ConsensusState
             * @instance
             */
            ConsensusState.prototype.root = $util.newBuffer([]);

            /**
             * ConsensusState state.
             * @member {Uint8Array} state
             * @memberof isthmus.v1.ConsensusState
             * @instance
             */
            ConsensusState.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new ConsensusState instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {isthmus.v1.ConsensusState.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ConsensusState} ConsensusState instance
             * @type {{
             *   (properties: isthmus.v1.ConsensusState.$Shape): isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape;
             *   (properties?: isthmus.v1.ConsensusState.$Properties): isthmus.v1.ConsensusState;
             * }}
             */
            ConsensusState.create = function(properties) {
                return new ConsensusState(properties);
            };

            /**
             * Encodes the specified ConsensusState message. Does not implicitly {@link isthmus.v1.ConsensusState.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {isthmus.v1.ConsensusState.$Properties} message ConsensusState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsensusState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs") && (typeof message.timestampNs === "object" ? message.timestampNs.low || message.timestampNs.high : message.timestampNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampNs);
                if (message.root != null && $Object.hasOwnProperty.call(message, "root") && message.root.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.root);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConsensusState message, length delimited. Does not implicitly {@link isthmus.v1.ConsensusState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {isthmus.v1.ConsensusState.$Properties} message ConsensusState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsensusState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConsensusState message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape} ConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsensusState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ConsensusState();
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
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampNs = value;
                            else
                                delete message.timestampNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.root = value;
                            else
                                delete message.root;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.state = value;
                            else
                                delete message.state;
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
             * Decodes a ConsensusState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape} ConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsensusState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConsensusState message.
             * @function verify
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConsensusState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs"))
                    if (!$util.isInteger(message.timestampNs) && !(message.timestampNs && $util.isInteger(message.timestampNs.low) && $util.isInteger(message.timestampNs.high)))
                        return "timestampNs: integer|Long expected";
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    if (!(message.root && typeof message.root.length === "number" || $util.isString(message.root)))
                        return "root: buffer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!(message.state && typeof message.state.length === "number" || $util.isString(message.state)))
                        return "state: buffer expected";
                return null;
            };

            /**
             * Creates a ConsensusState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ConsensusState} ConsensusState
             */
            ConsensusState.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ConsensusState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ConsensusState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ConsensusState();
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.ConsensusState.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                if (object.timestampNs != null)
                    if (typeof object.timestampNs === "object" ? object.timestampNs.low || object.timestampNs.high : $Number(object.timestampNs) !== 0)
                        if ($util.Long)
                            message.timestampNs = $util.Long.fromValue(object.timestampNs, true);
                        else if (typeof object.timestampNs === "string")
                            message.timestampNs = $parseInt(object.timestampNs, 10);
                        else if (typeof object.timestampNs === "number")
                            message.timestampNs = object.timestampNs;
                        else if (typeof object.timestampNs === "object")
                            message.timestampNs = new $util.LongBits(object.timestampNs.low >>> 0, object.timestampNs.high >>> 0).toNumber(true);
                if (object.root != null)
                    if (object.root.length)
                        if (typeof object.root === "string")
                            $util.base64.decode(object.root, message.root = $util.newBuffer($util.base64.length(object.root)), 0);
                        else if (object.root.length >= 0)
                            message.root = object.root;
                if (object.state != null)
                    if (object.state.length)
                        if (typeof object.state === "string")
                            $util.base64.decode(object.state, message.state = $util.newBuffer($util.base64.length(object.state)), 0);
                        else if (object.state.length >= 0)
                            message.state = object.state;
                return message;
            };

            /**
             * Creates a plain object from a ConsensusState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {isthmus.v1.ConsensusState} message ConsensusState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsensusState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.height = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.root = "";
                    else {
                        object.root = [];
                        if (options.bytes !== $Array)
                            object.root = $util.newBuffer(object.root);
                    }
                    if (options.bytes === $String)
                        object.state = "";
                    else {
                        object.state = [];
                        if (options.bytes !== $Array)
                            object.state = $util.newBuffer(object.state);
                    }
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampNs = typeof message.timestampNs === "number" ? $BigInt(message.timestampNs) : $util.Long.fromBits(message.timestampNs.low >>> 0, message.timestampNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampNs === "number")
                        object.timestampNs = options.longs === $String ? $String(message.timestampNs) : message.timestampNs;
                    else
                        object.timestampNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampNs) : options.longs === $Number ? new $util.LongBits(message.timestampNs.low >>> 0, message.timestampNs.high >>> 0).toNumber(true) : message.timestampNs;
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    object.root = options.bytes === $String ? $util.base64.encode(message.root, 0, message.root.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.root) : message.root;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.bytes === $String ? $util.base64.encode(message.state, 0, message.state.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.state) : message.state;
                return object;
            };

            /**
             * Converts this ConsensusState to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ConsensusState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsensusState.prototype.toJSON = function() {
                return ConsensusState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsensusState
             * @function getTypeUrl
             * @memberof isthmus.v1.ConsensusState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsensusState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ConsensusState";
            };

            return ConsensusState;
        })();

        /**
         * EventKind enum.
         * @name isthmus.v1.EventKind
         * @enum {number}
         * @property {number} EVENT_KIND_UNSPECIFIED=0 EVENT_KIND_UNSPECIFIED value
         * @property {number} EVENT_KIND_SEND_PACKET=1 EVENT_KIND_SEND_PACKET value
         * @property {number} EVENT_KIND_RECV_PACKET=2 EVENT_KIND_RECV_PACKET value
         * @property {number} EVENT_KIND_WRITE_ACK=3 EVENT_KIND_WRITE_ACK value
         * @property {number} EVENT_KIND_ACKNOWLEDGE_PACKET=4 EVENT_KIND_ACKNOWLEDGE_PACKET value
         * @property {number} EVENT_KIND_TIMEOUT_PACKET=5 EVENT_KIND_TIMEOUT_PACKET value
         * @property {number} EVENT_KIND_CLIENT_UPDATED=6 EVENT_KIND_CLIENT_UPDATED value
         * @property {number} EVENT_KIND_MISBEHAVIOUR=7 EVENT_KIND_MISBEHAVIOUR value
         */
        v1.EventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_KIND_SEND_PACKET"] = 1;
            values[valuesById[2] = "EVENT_KIND_RECV_PACKET"] = 2;
            values[valuesById[3] = "EVENT_KIND_WRITE_ACK"] = 3;
            values[valuesById[4] = "EVENT_KIND_ACKNOWLEDGE_PACKET"] = 4;
            values[valuesById[5] = "EVENT_KIND_TIMEOUT_PACKET"] = 5;
            values[valuesById[6] = "EVENT_KIND_CLIENT_UPDATED"] = 6;
            values[valuesById[7] = "EVENT_KIND_MISBEHAVIOUR"] = 7;
            return values;
        })();

        v1.EventCursor = (function() {

            /**
             * Properties of an EventCursor.
             * @typedef {Object} isthmus.v1.EventCursor.$Properties
             * @property {isthmus.v1.Height.$Properties|null} [height] EventCursor height
             * @property {number|null} [txIndex] EventCursor txIndex
             * @property {number|null} [eventIndex] EventCursor eventIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventCursor.
             * @memberof isthmus.v1
             * @interface IEventCursor
             * @augments isthmus.v1.EventCursor.$Properties
             * @deprecated Use isthmus.v1.EventCursor.$Properties instead.
             */

            /**
             * Shape of an EventCursor.
             * @typedef {isthmus.v1.EventCursor.$Properties} isthmus.v1.EventCursor.$Shape
             */

            /**
             * Constructs a new EventCursor.
             * @memberof isthmus.v1
             * @classdesc Represents an EventCursor.
             * @constructor
             * @param {isthmus.v1.EventCursor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventCursor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EventCursor height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.EventCursor
             * @instance
             */
            EventCursor.prototype.height = null;

            /**
             * EventCursor txIndex.
             * @member {number} txIndex
             * @memberof isthmus.v1.EventCursor
             * @instance
             */
            EventCursor.prototype.txIndex = 0;

            /**
             * EventCursor eventIndex.
             * @member {number} eventIndex
             * @memberof isthmus.v1.EventCursor
             * @instance
             */
            EventCursor.prototype.eventIndex = 0;

            /**
             * Creates a new EventCursor instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {isthmus.v1.EventCursor.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.EventCursor} EventCursor instance
             * @type {{
             *   (properties: isthmus.v1.EventCursor.$Shape): isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape;
             *   (properties?: isthmus.v1.EventCursor.$Properties): isthmus.v1.EventCursor;
             * }}
             */
            EventCursor.create = function(properties) {
                return new EventCursor(properties);
            };

            /**
             * Encodes the specified EventCursor message. Does not implicitly {@link isthmus.v1.EventCursor.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {isthmus.v1.EventCursor.$Properties} message EventCursor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventCursor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex") && message.txIndex !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.txIndex);
                if (message.eventIndex != null && $Object.hasOwnProperty.call(message, "eventIndex") && message.eventIndex !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.eventIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EventCursor message, length delimited. Does not implicitly {@link isthmus.v1.EventCursor.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {isthmus.v1.EventCursor.$Properties} message EventCursor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventCursor.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventCursor message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape} EventCursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventCursor.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.EventCursor();
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
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.txIndex = value;
                            else
                                delete message.txIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.eventIndex = value;
                            else
                                delete message.eventIndex;
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
             * Decodes an EventCursor message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape} EventCursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventCursor.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventCursor message.
             * @function verify
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventCursor.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex"))
                    if (!$util.isInteger(message.txIndex))
                        return "txIndex: integer expected";
                if (message.eventIndex != null && $Object.hasOwnProperty.call(message, "eventIndex"))
                    if (!$util.isInteger(message.eventIndex))
                        return "eventIndex: integer expected";
                return null;
            };

            /**
             * Creates an EventCursor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.EventCursor} EventCursor
             */
            EventCursor.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.EventCursor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.EventCursor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.EventCursor();
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.EventCursor.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                if (object.txIndex != null)
                    if ($Number(object.txIndex) !== 0)
                        message.txIndex = object.txIndex >>> 0;
                if (object.eventIndex != null)
                    if ($Number(object.eventIndex) !== 0)
                        message.eventIndex = object.eventIndex >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EventCursor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {isthmus.v1.EventCursor} message EventCursor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventCursor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.height = null;
                    object.txIndex = 0;
                    object.eventIndex = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex"))
                    object.txIndex = message.txIndex;
                if (message.eventIndex != null && $Object.hasOwnProperty.call(message, "eventIndex"))
                    object.eventIndex = message.eventIndex;
                return object;
            };

            /**
             * Converts this EventCursor to JSON.
             * @function toJSON
             * @memberof isthmus.v1.EventCursor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventCursor.prototype.toJSON = function() {
                return EventCursor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventCursor
             * @function getTypeUrl
             * @memberof isthmus.v1.EventCursor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventCursor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.EventCursor";
            };

            return EventCursor;
        })();

        v1.ChainEvent = (function() {

            /**
             * Properties of a ChainEvent.
             * @typedef {Object} isthmus.v1.ChainEvent.$Properties
             * @property {string|null} [chainId] ChainEvent chainId
             * @property {isthmus.v1.EventKind|null} [kind] ChainEvent kind
             * @property {isthmus.v1.EventCursor.$Properties|null} [cursor] ChainEvent cursor
             * @property {string|null} [txId] ChainEvent txId
             * @property {number|Long|null} [timeNs] ChainEvent timeNs
             * @property {isthmus.v1.Packet.$Properties|null} [packet] ChainEvent packet
             * @property {isthmus.v1.Acknowledgement.$Properties|null} [acknowledgement] ChainEvent acknowledgement
             * @property {isthmus.v1.ClientEvent.$Properties|null} [client] ChainEvent client
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChainEvent.
             * @memberof isthmus.v1
             * @interface IChainEvent
             * @augments isthmus.v1.ChainEvent.$Properties
             * @deprecated Use isthmus.v1.ChainEvent.$Properties instead.
             */

            /**
             * Shape of a ChainEvent.
             * @typedef {{
             *   chainId?: string|null;
             *   kind?: isthmus.v1.EventKind|null;
             *   cursor?: isthmus.v1.EventCursor.$Shape|null;
             *   txId?: string|null;
             *   timeNs?: number|Long|null;
             *   packet?: isthmus.v1.Packet.$Shape|null;
             *   acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
             *   client?: isthmus.v1.ClientEvent.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} isthmus.v1.ChainEvent.$Shape
             */

            /**
             * Constructs a new ChainEvent.
             * @memberof isthmus.v1
             * @classdesc Represents a ChainEvent.
             * @constructor
             * @param {isthmus.v1.ChainEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChainEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChainEvent chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.chainId = "";

            /**
             * ChainEvent kind.
             * @member {isthmus.v1.EventKind} kind
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.kind = 0;

            /**
             * ChainEvent cursor.
             * @member {isthmus.v1.EventCursor.$Properties|null|undefined} cursor
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.cursor = null;

            /**
             * ChainEvent txId.
             * @member {string} txId
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.txId = "";

            /**
             * ChainEvent timeNs.
             * @member {number|Long} timeNs
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ChainEvent packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.packet = null;

            /**
             * ChainEvent acknowledgement.
             * @member {isthmus.v1.Acknowledgement.$Properties|null|undefined} acknowledgement
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.acknowledgement = null;

            /**
             * ChainEvent client.
             * @member {isthmus.v1.ClientEvent.$Properties|null|undefined} client
             * @memberof isthmus.v1.ChainEvent
             * @instance
             */
            ChainEvent.prototype.client = null;

            /**
             * Creates a new ChainEvent instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {isthmus.v1.ChainEvent.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ChainEvent} ChainEvent instance
             * @type {{
             *   (properties: isthmus.v1.ChainEvent.$Shape): isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape;
             *   (properties?: isthmus.v1.ChainEvent.$Properties): isthmus.v1.ChainEvent;
             * }}
             */
            ChainEvent.create = function(properties) {
                return new ChainEvent(properties);
            };

            /**
             * Encodes the specified ChainEvent message. Does not implicitly {@link isthmus.v1.ChainEvent.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {isthmus.v1.ChainEvent.$Properties} message ChainEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    $root.isthmus.v1.EventCursor.encode(message.cursor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.txId);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeNs);
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    $root.isthmus.v1.Acknowledgement.encode(message.acknowledgement, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.client != null && $Object.hasOwnProperty.call(message, "client"))
                    $root.isthmus.v1.ClientEvent.encode(message.client, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ChainEvent message, length delimited. Does not implicitly {@link isthmus.v1.ChainEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {isthmus.v1.ChainEvent.$Properties} message ChainEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChainEvent message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape} ChainEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainEvent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ChainEvent();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cursor = $root.isthmus.v1.EventCursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.acknowledgement = $root.isthmus.v1.Acknowledgement.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledgement);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.client = $root.isthmus.v1.ClientEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.client);
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
             * Decodes a ChainEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape} ChainEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChainEvent message.
             * @function verify
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChainEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor")) {
                    let error = $root.isthmus.v1.EventCursor.verify(message.cursor, _depth + 1);
                    if (error)
                        return "cursor." + error;
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement")) {
                    let error = $root.isthmus.v1.Acknowledgement.verify(message.acknowledgement, _depth + 1);
                    if (error)
                        return "acknowledgement." + error;
                }
                if (message.client != null && $Object.hasOwnProperty.call(message, "client")) {
                    let error = $root.isthmus.v1.ClientEvent.verify(message.client, _depth + 1);
                    if (error)
                        return "client." + error;
                }
                return null;
            };

            /**
             * Creates a ChainEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ChainEvent} ChainEvent
             */
            ChainEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ChainEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ChainEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ChainEvent();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.isthmus.v1.EventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "EVENT_KIND_SEND_PACKET":
                    case 1:
                        message.kind = 1;
                        break;
                    case "EVENT_KIND_RECV_PACKET":
                    case 2:
                        message.kind = 2;
                        break;
                    case "EVENT_KIND_WRITE_ACK":
                    case 3:
                        message.kind = 3;
                        break;
                    case "EVENT_KIND_ACKNOWLEDGE_PACKET":
                    case 4:
                        message.kind = 4;
                        break;
                    case "EVENT_KIND_TIMEOUT_PACKET":
                    case 5:
                        message.kind = 5;
                        break;
                    case "EVENT_KIND_CLIENT_UPDATED":
                    case 6:
                        message.kind = 6;
                        break;
                    case "EVENT_KIND_MISBEHAVIOUR":
                    case 7:
                        message.kind = 7;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.cursor != null) {
                    if (!$util.isObject(object.cursor))
                        throw $TypeError(".isthmus.v1.ChainEvent.cursor: object expected");
                    message.cursor = $root.isthmus.v1.EventCursor.fromObject(object.cursor, _depth + 1);
                }
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.ChainEvent.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.acknowledgement != null) {
                    if (!$util.isObject(object.acknowledgement))
                        throw $TypeError(".isthmus.v1.ChainEvent.acknowledgement: object expected");
                    message.acknowledgement = $root.isthmus.v1.Acknowledgement.fromObject(object.acknowledgement, _depth + 1);
                }
                if (object.client != null) {
                    if (!$util.isObject(object.client))
                        throw $TypeError(".isthmus.v1.ChainEvent.client: object expected");
                    message.client = $root.isthmus.v1.ClientEvent.fromObject(object.client, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ChainEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {isthmus.v1.ChainEvent} message ChainEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChainEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.kind = options.enums === $String ? "EVENT_KIND_UNSPECIFIED" : 0;
                    object.cursor = null;
                    object.txId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.packet = null;
                    object.acknowledgement = null;
                    object.client = null;
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.isthmus.v1.EventKind[message.kind] === $undefined ? message.kind : $root.isthmus.v1.EventKind[message.kind] : message.kind;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = $root.isthmus.v1.EventCursor.toObject(message.cursor, options, _depth + 1);
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    object.acknowledgement = $root.isthmus.v1.Acknowledgement.toObject(message.acknowledgement, options, _depth + 1);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client"))
                    object.client = $root.isthmus.v1.ClientEvent.toObject(message.client, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ChainEvent to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ChainEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChainEvent.prototype.toJSON = function() {
                return ChainEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChainEvent
             * @function getTypeUrl
             * @memberof isthmus.v1.ChainEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChainEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ChainEvent";
            };

            return ChainEvent;
        })();

        v1.ClientEvent = (function() {

            /**
             * Properties of a ClientEvent.
             * @typedef {Object} isthmus.v1.ClientEvent.$Properties
             * @property {string|null} [clientId] ClientEvent clientId
             * @property {string|null} [clientType] ClientEvent clientType
             * @property {isthmus.v1.Height.$Properties|null} [consensusHeight] ClientEvent consensusHeight
             * @property {isthmus.v1.ClientMessage.$Properties|null} [message] ClientEvent message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientEvent.
             * @memberof isthmus.v1
             * @interface IClientEvent
             * @augments isthmus.v1.ClientEvent.$Properties
             * @deprecated Use isthmus.v1.ClientEvent.$Properties instead.
             */

            /**
             * Shape of a ClientEvent.
             * @typedef {isthmus.v1.ClientEvent.$Properties} isthmus.v1.ClientEvent.$Shape
             */

            /**
             * Constructs a new ClientEvent.
             * @memberof isthmus.v1
             * @classdesc Represents a ClientEvent.
             * @constructor
             * @param {isthmus.v1.ClientEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientEvent clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.ClientEvent
             * @instance
             */
            ClientEvent.prototype.clientId = "";

            /**
             * ClientEvent clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.ClientEvent
             * @instance
             */
            ClientEvent.prototype.clientType = "";

            /**
             * ClientEvent consensusHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} consensusHeight
             * @memberof isthmus.v1.ClientEvent
             * @instance
             */
            ClientEvent.prototype.consensusHeight = null;

            /**
             * ClientEvent message.
             * @member {isthmus.v1.ClientMessage.$Properties|null|undefined} message
             * @memberof isthmus.v1.ClientEvent
             * @instance
             */
            ClientEvent.prototype.message = null;

            /**
             * Creates a new ClientEvent instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {isthmus.v1.ClientEvent.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ClientEvent} ClientEvent instance
             * @type {{
             *   (properties: isthmus.v1.ClientEvent.$Shape): isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape;
             *   (properties?: isthmus.v1.ClientEvent.$Properties): isthmus.v1.ClientEvent;
             * }}
             */
            ClientEvent.create = function(properties) {
                return new ClientEvent(properties);
            };

            /**
             * Encodes the specified ClientEvent message. Does not implicitly {@link isthmus.v1.ClientEvent.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {isthmus.v1.ClientEvent.$Properties} message ClientEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientType);
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight"))
                    $root.isthmus.v1.Height.encode(message.consensusHeight, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.isthmus.v1.ClientMessage.encode(message.message, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientEvent message, length delimited. Does not implicitly {@link isthmus.v1.ClientEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {isthmus.v1.ClientEvent.$Properties} message ClientEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientEvent message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape} ClientEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientEvent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ClientEvent();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.consensusHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusHeight);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.isthmus.v1.ClientMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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
             * Decodes a ClientEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape} ClientEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientEvent message.
             * @function verify
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.consensusHeight, _depth + 1);
                    if (error)
                        return "consensusHeight." + error;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    let error = $root.isthmus.v1.ClientMessage.verify(message.message, _depth + 1);
                    if (error)
                        return "message." + error;
                }
                return null;
            };

            /**
             * Creates a ClientEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ClientEvent} ClientEvent
             */
            ClientEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ClientEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ClientEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ClientEvent();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.consensusHeight != null) {
                    if (!$util.isObject(object.consensusHeight))
                        throw $TypeError(".isthmus.v1.ClientEvent.consensusHeight: object expected");
                    message.consensusHeight = $root.isthmus.v1.Height.fromObject(object.consensusHeight, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".isthmus.v1.ClientEvent.message: object expected");
                    message.message = $root.isthmus.v1.ClientMessage.fromObject(object.message, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {isthmus.v1.ClientEvent} message ClientEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.clientType = "";
                    object.consensusHeight = null;
                    object.message = null;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight"))
                    object.consensusHeight = $root.isthmus.v1.Height.toObject(message.consensusHeight, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.isthmus.v1.ClientMessage.toObject(message.message, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ClientEvent to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ClientEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientEvent.prototype.toJSON = function() {
                return ClientEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientEvent
             * @function getTypeUrl
             * @memberof isthmus.v1.ClientEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ClientEvent";
            };

            return ClientEvent;
        })();

        v1.Relay = (function() {

            /**
             * Constructs a new Relay service.
             * @memberof isthmus.v1
             * @classdesc Represents a Relay
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Relay = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Relay.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Relay, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Relay service using the specified rpc implementation.
             * @function create
             * @memberof isthmus.v1.Relay
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Relay} RPC service. Useful where requests and/or responses are streamed.
             */
            Relay.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#sendMessage}.
             * @memberof isthmus.v1.Relay
             * @typedef SendMessageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.SendMessageResponse} [response] SendMessageResponse
             */

            /**
             * Calls SendMessage.
             * @memberof isthmus.v1.Relay
             * @typedef SendMessage
             * @type {{
             *   (request: isthmus.v1.ISendMessageRequest, callback: isthmus.v1.Relay.SendMessageCallback): void;
             *   (request: isthmus.v1.ISendMessageRequest): Promise<isthmus.v1.SendMessageResponse>;
             *   readonly name: "SendMessage";
             *   readonly path: "/isthmus.v1.Relay/SendMessage";
             *   readonly requestType: "SendMessageRequest";
             *   readonly responseType: "SendMessageResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SendMessage.
             * @name isthmus.v1.Relay#sendMessage
             * @type {isthmus.v1.Relay.SendMessage}
             */
            $Object.defineProperties(Relay.prototype.sendMessage = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.sendMessage, $root.isthmus.v1.SendMessageRequest, $root.isthmus.v1.SendMessageResponse, request, callback);
            }, {
                name: { value: "SendMessage" },
                path: { value: "/isthmus.v1.Relay/SendMessage" },
                requestType: { value: "SendMessageRequest" },
                responseType: { value: "SendMessageResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#getMessage}.
             * @memberof isthmus.v1.Relay
             * @typedef GetMessageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.Message} [response] Message
             */

            /**
             * Calls GetMessage.
             * @memberof isthmus.v1.Relay
             * @typedef GetMessage
             * @type {{
             *   (request: isthmus.v1.IGetMessageRequest, callback: isthmus.v1.Relay.GetMessageCallback): void;
             *   (request: isthmus.v1.IGetMessageRequest): Promise<isthmus.v1.Message>;
             *   readonly name: "GetMessage";
             *   readonly path: "/isthmus.v1.Relay/GetMessage";
             *   readonly requestType: "GetMessageRequest";
             *   readonly responseType: "Message";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetMessage.
             * @name isthmus.v1.Relay#getMessage
             * @type {isthmus.v1.Relay.GetMessage}
             */
            $Object.defineProperties(Relay.prototype.getMessage = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.getMessage, $root.isthmus.v1.GetMessageRequest, $root.isthmus.v1.Message, request, callback);
            }, {
                name: { value: "GetMessage" },
                path: { value: "/isthmus.v1.Relay/GetMessage" },
                requestType: { value: "GetMessageRequest" },
                responseType: { value: "Message" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#watchMessages}.
             * @memberof isthmus.v1.Relay
             * @typedef WatchMessagesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.WatchMessagesResponse} [response] WatchMessagesResponse
             */

            /**
             * Calls WatchMessages.
             * @memberof isthmus.v1.Relay
             * @typedef WatchMessages
             * @type {{
             *   (request: isthmus.v1.IWatchMessagesRequest, callback: isthmus.v1.Relay.WatchMessagesCallback): void;
             *   (request: isthmus.v1.IWatchMessagesRequest): Promise<isthmus.v1.WatchMessagesResponse>;
             *   readonly name: "WatchMessages";
             *   readonly path: "/isthmus.v1.Relay/WatchMessages";
             *   readonly requestType: "WatchMessagesRequest";
             *   readonly responseType: "WatchMessagesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls WatchMessages.
             * @name isthmus.v1.Relay#watchMessages
             * @type {isthmus.v1.Relay.WatchMessages}
             */
            $Object.defineProperties(Relay.prototype.watchMessages = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.watchMessages, $root.isthmus.v1.WatchMessagesRequest, $root.isthmus.v1.WatchMessagesResponse, request, callback);
            }, {
                name: { value: "WatchMessages" },
                path: { value: "/isthmus.v1.Relay/WatchMessages" },
                requestType: { value: "WatchMessagesRequest" },
                responseType: { value: "WatchMessagesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#queryState}.
             * @memberof isthmus.v1.Relay
             * @typedef QueryStateCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.QueryStateResponse} [response] QueryStateResponse
             */

            /**
             * Calls QueryState.
             * @memberof isthmus.v1.Relay
             * @typedef QueryState
             * @type {{
             *   (request: isthmus.v1.IQueryStateRequest, callback: isthmus.v1.Relay.QueryStateCallback): void;
             *   (request: isthmus.v1.IQueryStateRequest): Promise<isthmus.v1.QueryStateResponse>;
             *   readonly name: "QueryState";
             *   readonly path: "/isthmus.v1.Relay/QueryState";
             *   readonly requestType: "QueryStateRequest";
             *   readonly responseType: "QueryStateResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls QueryState.
             * @name isthmus.v1.Relay#queryState
             * @type {isthmus.v1.Relay.QueryState}
             */
            $Object.defineProperties(Relay.prototype.queryState = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.queryState, $root.isthmus.v1.QueryStateRequest, $root.isthmus.v1.QueryStateResponse, request, callback);
            }, {
                name: { value: "QueryState" },
                path: { value: "/isthmus.v1.Relay/QueryState" },
                requestType: { value: "QueryStateRequest" },
                responseType: { value: "QueryStateResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#listChains}.
             * @memberof isthmus.v1.Relay
             * @typedef ListChainsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.ListChainsResponse} [response] ListChainsResponse
             */

            /**
             * Calls ListChains.
             * @memberof isthmus.v1.Relay
             * @typedef ListChains
             * @type {{
             *   (request: isthmus.v1.IListChainsRequest, callback: isthmus.v1.Relay.ListChainsCallback): void;
             *   (request: isthmus.v1.IListChainsRequest): Promise<isthmus.v1.ListChainsResponse>;
             *   readonly name: "ListChains";
             *   readonly path: "/isthmus.v1.Relay/ListChains";
             *   readonly requestType: "ListChainsRequest";
             *   readonly responseType: "ListChainsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListChains.
             * @name isthmus.v1.Relay#listChains
             * @type {isthmus.v1.Relay.ListChains}
             */
            $Object.defineProperties(Relay.prototype.listChains = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.listChains, $root.isthmus.v1.ListChainsRequest, $root.isthmus.v1.ListChainsResponse, request, callback);
            }, {
                name: { value: "ListChains" },
                path: { value: "/isthmus.v1.Relay/ListChains" },
                requestType: { value: "ListChainsRequest" },
                responseType: { value: "ListChainsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#listPaths}.
             * @memberof isthmus.v1.Relay
             * @typedef ListPathsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.ListPathsResponse} [response] ListPathsResponse
             */

            /**
             * Calls ListPaths.
             * @memberof isthmus.v1.Relay
             * @typedef ListPaths
             * @type {{
             *   (request: isthmus.v1.IListPathsRequest, callback: isthmus.v1.Relay.ListPathsCallback): void;
             *   (request: isthmus.v1.IListPathsRequest): Promise<isthmus.v1.ListPathsResponse>;
             *   readonly name: "ListPaths";
             *   readonly path: "/isthmus.v1.Relay/ListPaths";
             *   readonly requestType: "ListPathsRequest";
             *   readonly responseType: "ListPathsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListPaths.
             * @name isthmus.v1.Relay#listPaths
             * @type {isthmus.v1.Relay.ListPaths}
             */
            $Object.defineProperties(Relay.prototype.listPaths = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.listPaths, $root.isthmus.v1.ListPathsRequest, $root.isthmus.v1.ListPathsResponse, request, callback);
            }, {
                name: { value: "ListPaths" },
                path: { value: "/isthmus.v1.Relay/ListPaths" },
                requestType: { value: "ListPathsRequest" },
                responseType: { value: "ListPathsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link isthmus.v1.Relay#getClient}.
             * @memberof isthmus.v1.Relay
             * @typedef GetClientCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {isthmus.v1.GetClientResponse} [response] GetClientResponse
             */

            /**
             * Calls GetClient.
             * @memberof isthmus.v1.Relay
             * @typedef GetClient
             * @type {{
             *   (request: isthmus.v1.IGetClientRequest, callback: isthmus.v1.Relay.GetClientCallback): void;
             *   (request: isthmus.v1.IGetClientRequest): Promise<isthmus.v1.GetClientResponse>;
             *   readonly name: "GetClient";
             *   readonly path: "/isthmus.v1.Relay/GetClient";
             *   readonly requestType: "GetClientRequest";
             *   readonly responseType: "GetClientResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetClient.
             * @name isthmus.v1.Relay#getClient
             * @type {isthmus.v1.Relay.GetClient}
             */
            $Object.defineProperties(Relay.prototype.getClient = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Relay.prototype.getClient, $root.isthmus.v1.GetClientRequest, $root.isthmus.v1.GetClientResponse, request, callback);
            }, {
                name: { value: "GetClient" },
                path: { value: "/isthmus.v1.Relay/GetClient" },
                requestType: { value: "GetClientRequest" },
                responseType: { value: "GetClientResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Relay;
        })();

        v1.SendMessageRequest = (function() {

            /**
             * Properties of a SendMessageRequest.
             * @typedef {Object} isthmus.v1.SendMessageRequest.$Properties
             * @property {string|null} [sourceChain] SendMessageRequest sourceChain
             * @property {string|null} [sourceChannel] SendMessageRequest sourceChannel
             * @property {string|null} [app] SendMessageRequest app
             * @property {Uint8Array|null} [payload] SendMessageRequest payload
             * @property {isthmus.v1.Height.$Properties|null} [timeoutHeight] SendMessageRequest timeoutHeight
             * @property {number|Long|null} [timeoutTimestampNs] SendMessageRequest timeoutTimestampNs
             * @property {string|null} [idempotencyKey] SendMessageRequest idempotencyKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessageRequest.
             * @memberof isthmus.v1
             * @interface ISendMessageRequest
             * @augments isthmus.v1.SendMessageRequest.$Properties
             * @deprecated Use isthmus.v1.SendMessageRequest.$Properties instead.
             */

            /**
             * Shape of a SendMessageRequest.
             * @typedef {isthmus.v1.SendMessageRequest.$Properties} isthmus.v1.SendMessageRequest.$Shape
             */

            /**
             * Constructs a new SendMessageRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a SendMessageRequest.
             * @constructor
             * @param {isthmus.v1.SendMessageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendMessageRequest sourceChain.
             * @member {string} sourceChain
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.sourceChain = "";

            /**
             * SendMessageRequest sourceChannel.
             * @member {string} sourceChannel
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.sourceChannel = "";

            /**
             * SendMessageRequest app.
             * @member {string} app
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.app = "";

            /**
             * SendMessageRequest payload.
             * @member {Uint8Array} payload
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.payload = $util.newBuffer([]);

            /**
             * SendMessageRequest timeoutHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} timeoutHeight
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.timeoutHeight = null;

            /**
             * SendMessageRequest timeoutTimestampNs.
             * @member {number|Long} timeoutTimestampNs
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.timeoutTimestampNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendMessageRequest idempotencyKey.
             * @member {string} idempotencyKey
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.idempotencyKey = "";

            /**
             * Creates a new SendMessageRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {isthmus.v1.SendMessageRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SendMessageRequest} SendMessageRequest instance
             * @type {{
             *   (properties: isthmus.v1.SendMessageRequest.$Shape): isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape;
             *   (properties?: isthmus.v1.SendMessageRequest.$Properties): isthmus.v1.SendMessageRequest;
             * }}
             */
            SendMessageRequest.create = function(properties) {
                return new SendMessageRequest(properties);
            };

            /**
             * Encodes the specified SendMessageRequest message. Does not implicitly {@link isthmus.v1.SendMessageRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {isthmus.v1.SendMessageRequest.$Properties} message SendMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain") && message.sourceChain !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sourceChain);
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel") && message.sourceChannel !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceChannel);
                if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.app);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    $root.isthmus.v1.Height.encode(message.timeoutHeight, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs") && (typeof message.timeoutTimestampNs === "object" ? message.timeoutTimestampNs.low || message.timeoutTimestampNs.high : message.timeoutTimestampNs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timeoutTimestampNs);
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey") && message.idempotencyKey !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.idempotencyKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.SendMessageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {isthmus.v1.SendMessageRequest.$Properties} message SendMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendMessageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SendMessageRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.sourceChain = value;
                            else
                                delete message.sourceChain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceChannel = value;
                            else
                                delete message.sourceChannel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.app = value;
                            else
                                delete message.app;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.timeoutHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.timeoutHeight);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeoutTimestampNs = value;
                            else
                                delete message.timeoutTimestampNs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.idempotencyKey = value;
                            else
                                delete message.idempotencyKey;
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
             * Decodes a SendMessageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendMessageRequest message.
             * @function verify
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendMessageRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    if (!$util.isString(message.sourceChain))
                        return "sourceChain: string expected";
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    if (!$util.isString(message.sourceChannel))
                        return "sourceChannel: string expected";
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    if (!$util.isString(message.app))
                        return "app: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.timeoutHeight, _depth + 1);
                    if (error)
                        return "timeoutHeight." + error;
                }
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (!$util.isInteger(message.timeoutTimestampNs) && !(message.timeoutTimestampNs && $util.isInteger(message.timeoutTimestampNs.low) && $util.isInteger(message.timeoutTimestampNs.high)))
                        return "timeoutTimestampNs: integer|Long expected";
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                    if (!$util.isString(message.idempotencyKey))
                        return "idempotencyKey: string expected";
                return null;
            };

            /**
             * Creates a SendMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SendMessageRequest} SendMessageRequest
             */
            SendMessageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SendMessageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SendMessageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SendMessageRequest();
                if (object.sourceChain != null)
                    if (typeof object.sourceChain !== "string" || object.sourceChain.length)
                        message.sourceChain = $String(object.sourceChain);
                if (object.sourceChannel != null)
                    if (typeof object.sourceChannel !== "string" || object.sourceChannel.length)
                        message.sourceChannel = $String(object.sourceChannel);
                if (object.app != null)
                    if (typeof object.app !== "string" || object.app.length)
                        message.app = $String(object.app);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.timeoutHeight != null) {
                    if (!$util.isObject(object.timeoutHeight))
                        throw $TypeError(".isthmus.v1.SendMessageRequest.timeoutHeight: object expected");
                    message.timeoutHeight = $root.isthmus.v1.Height.fromObject(object.timeoutHeight, _depth + 1);
                }
                if (object.timeoutTimestampNs != null)
                    if (typeof object.timeoutTimestampNs === "object" ? object.timeoutTimestampNs.low || object.timeoutTimestampNs.high : $Number(object.timeoutTimestampNs) !== 0)
                        if ($util.Long)
                            message.timeoutTimestampNs = $util.Long.fromValue(object.timeoutTimestampNs, true);
                        else if (typeof object.timeoutTimestampNs === "string")
                            message.timeoutTimestampNs = $parseInt(object.timeoutTimestampNs, 10);
                        else if (typeof object.timeoutTimestampNs === "number")
                            message.timeoutTimestampNs = object.timeoutTimestampNs;
                        else if (typeof object.timeoutTimestampNs === "object")
                            message.timeoutTimestampNs = new $util.LongBits(object.timeoutTimestampNs.low >>> 0, object.timeoutTimestampNs.high >>> 0).toNumber(true);
                if (object.idempotencyKey != null)
                    if (typeof object.idempotencyKey !== "string" || object.idempotencyKey.length)
                        message.idempotencyKey = $String(object.idempotencyKey);
                return message;
            };

            /**
             * Creates a plain object from a SendMessageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {isthmus.v1.SendMessageRequest} message SendMessageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendMessageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sourceChain = "";
                    object.sourceChannel = "";
                    object.app = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.timeoutHeight = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeoutTimestampNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeoutTimestampNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.idempotencyKey = "";
                }
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    object.sourceChain = message.sourceChain;
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    object.sourceChannel = message.sourceChannel;
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    object.app = message.app;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.timeoutHeight != null && $Object.hasOwnProperty.call(message, "timeoutHeight"))
                    object.timeoutHeight = $root.isthmus.v1.Height.toObject(message.timeoutHeight, options, _depth + 1);
                if (message.timeoutTimestampNs != null && $Object.hasOwnProperty.call(message, "timeoutTimestampNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeoutTimestampNs = typeof message.timeoutTimestampNs === "number" ? $BigInt(message.timeoutTimestampNs) : $util.Long.fromBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeoutTimestampNs === "number")
                        object.timeoutTimestampNs = options.longs === $String ? $String(message.timeoutTimestampNs) : message.timeoutTimestampNs;
                    else
                        object.timeoutTimestampNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeoutTimestampNs) : options.longs === $Number ? new $util.LongBits(message.timeoutTimestampNs.low >>> 0, message.timeoutTimestampNs.high >>> 0).toNumber(true) : message.timeoutTimestampNs;
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                    object.idempotencyKey = message.idempotencyKey;
                return object;
            };

            /**
             * Converts this SendMessageRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SendMessageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendMessageRequest.prototype.toJSON = function() {
                return SendMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendMessageRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.SendMessageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendMessageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SendMessageRequest";
            };

            return SendMessageRequest;
        })();

        v1.SendMessageResponse = (function() {

            /**
             * Properties of a SendMessageResponse.
             * @typedef {Object} isthmus.v1.SendMessageResponse.$Properties
             * @property {string|null} [messageId] SendMessageResponse messageId
             * @property {isthmus.v1.Packet.$Properties|null} [packet] SendMessageResponse packet
             * @property {string|null} [txId] SendMessageResponse txId
             * @property {isthmus.v1.Height.$Properties|null} [height] SendMessageResponse height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessageResponse.
             * @memberof isthmus.v1
             * @interface ISendMessageResponse
             * @augments isthmus.v1.SendMessageResponse.$Properties
             * @deprecated Use isthmus.v1.SendMessageResponse.$Properties instead.
             */

            /**
             * Shape of a SendMessageResponse.
             * @typedef {isthmus.v1.SendMessageResponse.$Properties} isthmus.v1.SendMessageResponse.$Shape
             */

            /**
             * Constructs a new SendMessageResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a SendMessageResponse.
             * @constructor
             * @param {isthmus.v1.SendMessageResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessageResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendMessageResponse messageId.
             * @member {string} messageId
             * @memberof isthmus.v1.SendMessageResponse
             * @instance
             */
            SendMessageResponse.prototype.messageId = "";

            /**
             * SendMessageResponse packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.SendMessageResponse
             * @instance
             */
            SendMessageResponse.prototype.packet = null;

            /**
             * SendMessageResponse txId.
             * @member {string} txId
             * @memberof isthmus.v1.SendMessageResponse
             * @instance
             */
            SendMessageResponse.prototype.txId = "";

            /**
             * SendMessageResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.SendMessageResponse
             * @instance
             */
            SendMessageResponse.prototype.height = null;

            /**
             * Creates a new SendMessageResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {isthmus.v1.SendMessageResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.SendMessageResponse} SendMessageResponse instance
             * @type {{
             *   (properties: isthmus.v1.SendMessageResponse.$Shape): isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape;
             *   (properties?: isthmus.v1.SendMessageResponse.$Properties): isthmus.v1.SendMessageResponse;
             * }}
             */
            SendMessageResponse.create = function(properties) {
                return new SendMessageResponse(properties);
            };

            /**
             * Encodes the specified SendMessageResponse message. Does not implicitly {@link isthmus.v1.SendMessageResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {isthmus.v1.SendMessageResponse.$Properties} message SendMessageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.txId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendMessageResponse message, length delimited. Does not implicitly {@link isthmus.v1.SendMessageResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {isthmus.v1.SendMessageResponse.$Properties} message SendMessageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendMessageResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape} SendMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.SendMessageResponse();
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
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a SendMessageResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape} SendMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendMessageResponse message.
             * @function verify
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendMessageResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a SendMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.SendMessageResponse} SendMessageResponse
             */
            SendMessageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.SendMessageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.SendMessageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.SendMessageResponse();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.SendMessageResponse.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.SendMessageResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SendMessageResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {isthmus.v1.SendMessageResponse} message SendMessageResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendMessageResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.packet = null;
                    object.txId = "";
                    object.height = null;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SendMessageResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.SendMessageResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendMessageResponse.prototype.toJSON = function() {
                return SendMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendMessageResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.SendMessageResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendMessageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.SendMessageResponse";
            };

            return SendMessageResponse;
        })();

        v1.GetMessageRequest = (function() {

            /**
             * Properties of a GetMessageRequest.
             * @typedef {Object} isthmus.v1.GetMessageRequest.$Properties
             * @property {string|null} [messageId] GetMessageRequest messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetMessageRequest.
             * @memberof isthmus.v1
             * @interface IGetMessageRequest
             * @augments isthmus.v1.GetMessageRequest.$Properties
             * @deprecated Use isthmus.v1.GetMessageRequest.$Properties instead.
             */

            /**
             * Shape of a GetMessageRequest.
             * @typedef {isthmus.v1.GetMessageRequest.$Properties} isthmus.v1.GetMessageRequest.$Shape
             */

            /**
             * Constructs a new GetMessageRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a GetMessageRequest.
             * @constructor
             * @param {isthmus.v1.GetMessageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetMessageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetMessageRequest messageId.
             * @member {string} messageId
             * @memberof isthmus.v1.GetMessageRequest
             * @instance
             */
            GetMessageRequest.prototype.messageId = "";

            /**
             * Creates a new GetMessageRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {isthmus.v1.GetMessageRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetMessageRequest} GetMessageRequest instance
             * @type {{
             *   (properties: isthmus.v1.GetMessageRequest.$Shape): isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape;
             *   (properties?: isthmus.v1.GetMessageRequest.$Properties): isthmus.v1.GetMessageRequest;
             * }}
             */
            GetMessageRequest.create = function(properties) {
                return new GetMessageRequest(properties);
            };

            /**
             * Encodes the specified GetMessageRequest message. Does not implicitly {@link isthmus.v1.GetMessageRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {isthmus.v1.GetMessageRequest.$Properties} message GetMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMessageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetMessageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {isthmus.v1.GetMessageRequest.$Properties} message GetMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMessageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetMessageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape} GetMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMessageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetMessageRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
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
             * Decodes a GetMessageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape} GetMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMessageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetMessageRequest message.
             * @function verify
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetMessageRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a GetMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetMessageRequest} GetMessageRequest
             */
            GetMessageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetMessageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetMessageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetMessageRequest();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a GetMessageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {isthmus.v1.GetMessageRequest} message GetMessageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetMessageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this GetMessageRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetMessageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetMessageRequest.prototype.toJSON = function() {
                return GetMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetMessageRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.GetMessageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetMessageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetMessageRequest";
            };

            return GetMessageRequest;
        })();

        /**
         * MessageStatus enum.
         * @name isthmus.v1.MessageStatus
         * @enum {number}
         * @property {number} MESSAGE_STATUS_UNSPECIFIED=0 MESSAGE_STATUS_UNSPECIFIED value
         * @property {number} MESSAGE_STATUS_SENT=1 MESSAGE_STATUS_SENT value
         * @property {number} MESSAGE_STATUS_RECEIVED=2 MESSAGE_STATUS_RECEIVED value
         * @property {number} MESSAGE_STATUS_ACKNOWLEDGED=3 MESSAGE_STATUS_ACKNOWLEDGED value
         * @property {number} MESSAGE_STATUS_TIMED_OUT=4 MESSAGE_STATUS_TIMED_OUT value
         * @property {number} MESSAGE_STATUS_FAILED=5 MESSAGE_STATUS_FAILED value
         */
        v1.MessageStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MESSAGE_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MESSAGE_STATUS_SENT"] = 1;
            values[valuesById[2] = "MESSAGE_STATUS_RECEIVED"] = 2;
            values[valuesById[3] = "MESSAGE_STATUS_ACKNOWLEDGED"] = 3;
            values[valuesById[4] = "MESSAGE_STATUS_TIMED_OUT"] = 4;
            values[valuesById[5] = "MESSAGE_STATUS_FAILED"] = 5;
            return values;
        })();

        v1.Hop = (function() {

            /**
             * Properties of a Hop.
             * @typedef {Object} isthmus.v1.Hop.$Properties
             * @property {string|null} [chainId] Hop chainId
             * @property {string|null} [step] Hop step
             * @property {isthmus.v1.Height.$Properties|null} [height] Hop height
             * @property {string|null} [txId] Hop txId
             * @property {isthmus.v1.Height.$Properties|null} [proofHeight] Hop proofHeight
             * @property {number|Long|null} [timeNs] Hop timeNs
             * @property {string|null} [error] Hop error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hop.
             * @memberof isthmus.v1
             * @interface IHop
             * @augments isthmus.v1.Hop.$Properties
             * @deprecated Use isthmus.v1.Hop.$Properties instead.
             */

            /**
             * Shape of a Hop.
             * @typedef {isthmus.v1.Hop.$Properties} isthmus.v1.Hop.$Shape
             */

            /**
             * Constructs a new Hop.
             * @memberof isthmus.v1
             * @classdesc Represents a Hop.
             * @constructor
             * @param {isthmus.v1.Hop.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hop = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hop chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.chainId = "";

            /**
             * Hop step.
             * @member {string} step
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.step = "";

            /**
             * Hop height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.height = null;

            /**
             * Hop txId.
             * @member {string} txId
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.txId = "";

            /**
             * Hop proofHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} proofHeight
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.proofHeight = null;

            /**
             * Hop timeNs.
             * @member {number|Long} timeNs
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hop error.
             * @member {string} error
             * @memberof isthmus.v1.Hop
             * @instance
             */
            Hop.prototype.error = "";

            /**
             * Creates a new Hop instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Hop
             * @static
             * @param {isthmus.v1.Hop.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Hop} Hop instance
             * @type {{
             *   (properties: isthmus.v1.Hop.$Shape): isthmus.v1.Hop & isthmus.v1.Hop.$Shape;
             *   (properties?: isthmus.v1.Hop.$Properties): isthmus.v1.Hop;
             * }}
             */
            Hop.create = function(properties) {
                return new Hop(properties);
            };

            /**
             * Encodes the specified Hop message. Does not implicitly {@link isthmus.v1.Hop.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Hop
             * @static
             * @param {isthmus.v1.Hop.$Properties} message Hop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hop.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.step);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.txId);
                if (message.proofHeight != null && $Object.hasOwnProperty.call(message, "proofHeight"))
                    $root.isthmus.v1.Height.encode(message.proofHeight, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timeNs);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hop message, length delimited. Does not implicitly {@link isthmus.v1.Hop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Hop
             * @static
             * @param {isthmus.v1.Hop.$Properties} message Hop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hop.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hop message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Hop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Hop & isthmus.v1.Hop.$Shape} Hop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hop.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Hop();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.proofHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.proofHeight);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
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
             * Decodes a Hop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Hop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Hop & isthmus.v1.Hop.$Shape} Hop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hop.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hop message.
             * @function verify
             * @memberof isthmus.v1.Hop
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hop.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isString(message.step))
                        return "step: string expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.proofHeight != null && $Object.hasOwnProperty.call(message, "proofHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.proofHeight, _depth + 1);
                    if (error)
                        return "proofHeight." + error;
                }
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            /**
             * Creates a Hop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Hop
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Hop} Hop
             */
            Hop.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Hop)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Hop: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Hop();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.step != null)
                    if (typeof object.step !== "string" || object.step.length)
                        message.step = $String(object.step);
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.Hop.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.proofHeight != null) {
                    if (!$util.isObject(object.proofHeight))
                        throw $TypeError(".isthmus.v1.Hop.proofHeight: object expected");
                    message.proofHeight = $root.isthmus.v1.Height.fromObject(object.proofHeight, _depth + 1);
                }
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a Hop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Hop
             * @static
             * @param {isthmus.v1.Hop} message Hop
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hop.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.step = "";
                    object.height = null;
                    object.txId = "";
                    object.proofHeight = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.error = "";
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.proofHeight != null && $Object.hasOwnProperty.call(message, "proofHeight"))
                    object.proofHeight = $root.isthmus.v1.Height.toObject(message.proofHeight, options, _depth + 1);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this Hop to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Hop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hop.prototype.toJSON = function() {
                return Hop.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hop
             * @function getTypeUrl
             * @memberof isthmus.v1.Hop
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hop.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Hop";
            };

            return Hop;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} isthmus.v1.Message.$Properties
             * @property {string|null} [messageId] Message messageId
             * @property {isthmus.v1.Packet.$Properties|null} [packet] Message packet
             * @property {isthmus.v1.MessageStatus|null} [status] Message status
             * @property {Array.<isthmus.v1.Hop.$Properties>|null} [hops] Message hops
             * @property {isthmus.v1.Acknowledgement.$Properties|null} [acknowledgement] Message acknowledgement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof isthmus.v1
             * @interface IMessage
             * @augments isthmus.v1.Message.$Properties
             * @deprecated Use isthmus.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {{
             *   messageId?: string|null;
             *   packet?: isthmus.v1.Packet.$Shape|null;
             *   status?: isthmus.v1.MessageStatus|null;
             *   hops?: Array.<isthmus.v1.Hop.$Shape>|null;
             *   acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} isthmus.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof isthmus.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {isthmus.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                this.hops = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message messageId.
             * @member {string} messageId
             * @memberof isthmus.v1.Message
             * @instance
             */
            Message.prototype.messageId = "";

            /**
             * Message packet.
             * @member {isthmus.v1.Packet.$Properties|null|undefined} packet
             * @memberof isthmus.v1.Message
             * @instance
             */
            Message.prototype.packet = null;

            /**
             * Message status.
             * @member {isthmus.v1.MessageStatus} status
             * @memberof isthmus.v1.Message
             * @instance
             */
            Message.prototype.status = 0;

            /**
             * Message hops.
             * @member {Array.<isthmus.v1.Hop.$Properties>} hops
             * @memberof isthmus.v1.Message
             * @instance
             */
            Message.prototype.hops = $util.emptyArray;

            /**
             * Message acknowledgement.
             * @member {isthmus.v1.Acknowledgement.$Properties|null|undefined} acknowledgement
             * @memberof isthmus.v1.Message
             * @instance
             */
            Message.prototype.acknowledgement = null;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Message
             * @static
             * @param {isthmus.v1.Message.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Message} Message instance
             * @type {{
             *   (properties: isthmus.v1.Message.$Shape): isthmus.v1.Message & isthmus.v1.Message.$Shape;
             *   (properties?: isthmus.v1.Message.$Properties): isthmus.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link isthmus.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Message
             * @static
             * @param {isthmus.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.isthmus.v1.Packet.encode(message.packet, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.hops != null && message.hops.length)
                    for (let i = 0; i < message.hops.length; ++i)
                        $root.isthmus.v1.Hop.encode(message.hops[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    $root.isthmus.v1.Acknowledgement.encode(message.acknowledgement, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link isthmus.v1.Message.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Message
             * @static
             * @param {isthmus.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Message & isthmus.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Message();
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
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.packet = $root.isthmus.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hops && message.hops.length))
                                message.hops = [];
                            message.hops.push($root.isthmus.v1.Hop.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.acknowledgement = $root.isthmus.v1.Acknowledgement.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledgement);
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
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Message & isthmus.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Message message.
             * @function verify
             * @memberof isthmus.v1.Message
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Message.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.isthmus.v1.Packet.verify(message.packet, _depth + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.hops != null && $Object.hasOwnProperty.call(message, "hops")) {
                    if (!$Array.isArray(message.hops))
                        return "hops: array expected";
                    for (let i = 0; i < message.hops.length; ++i) {
                        let error = $root.isthmus.v1.Hop.verify(message.hops[i], _depth + 1);
                        if (error)
                            return "hops." + error;
                    }
                }
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement")) {
                    let error = $root.isthmus.v1.Acknowledgement.verify(message.acknowledgement, _depth + 1);
                    if (error)
                        return "acknowledgement." + error;
                }
                return null;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Message} Message
             */
            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Message();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".isthmus.v1.Message.packet: object expected");
                    message.packet = $root.isthmus.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.isthmus.v1.MessageStatus[object.status] !== 0))
                    switch (object.status) {
                    case "MESSAGE_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "MESSAGE_STATUS_SENT":
                    case 1:
                        message.status = 1;
                        break;
                    case "MESSAGE_STATUS_RECEIVED":
                    case 2:
                        message.status = 2;
                        break;
                    case "MESSAGE_STATUS_ACKNOWLEDGED":
                    case 3:
                        message.status = 3;
                        break;
                    case "MESSAGE_STATUS_TIMED_OUT":
                    case 4:
                        message.status = 4;
                        break;
                    case "MESSAGE_STATUS_FAILED":
                    case 5:
                        message.status = 5;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.hops) {
                    if (!$Array.isArray(object.hops))
                        throw $TypeError(".isthmus.v1.Message.hops: array expected");
                    message.hops = $Array(object.hops.length);
                    for (let i = 0; i < object.hops.length; ++i) {
                        if (!$util.isObject(object.hops[i]))
                            throw $TypeError(".isthmus.v1.Message.hops: object expected");
                        message.hops[i] = $root.isthmus.v1.Hop.fromObject(object.hops[i], _depth + 1);
                    }
                }
                if (object.acknowledgement != null) {
                    if (!$util.isObject(object.acknowledgement))
                        throw $TypeError(".isthmus.v1.Message.acknowledgement: object expected");
                    message.acknowledgement = $root.isthmus.v1.Acknowledgement.fromObject(object.acknowledgement, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Message
             * @static
             * @param {isthmus.v1.Message} message Message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hops = [];
                if (options.defaults) {
                    object.messageId = "";
                    object.packet = null;
                    object.status = options.enums === $String ? "MESSAGE_STATUS_UNSPECIFIED" : 0;
                    object.acknowledgement = null;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.isthmus.v1.Packet.toObject(message.packet, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.isthmus.v1.MessageStatus[message.status] === $undefined ? message.status : $root.isthmus.v1.MessageStatus[message.status] : message.status;
                if (message.hops && message.hops.length) {
                    object.hops = $Array(message.hops.length);
                    for (let j = 0; j < message.hops.length; ++j)
                        object.hops[j] = $root.isthmus.v1.Hop.toObject(message.hops[j], options, _depth + 1);
                }
                if (message.acknowledgement != null && $Object.hasOwnProperty.call(message, "acknowledgement"))
                    object.acknowledgement = $root.isthmus.v1.Acknowledgement.toObject(message.acknowledgement, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof isthmus.v1.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Message";
            };

            return Message;
        })();

        v1.WatchMessagesRequest = (function() {

            /**
             * Properties of a WatchMessagesRequest.
             * @typedef {Object} isthmus.v1.WatchMessagesRequest.$Properties
             * @property {string|null} [chainId] WatchMessagesRequest chainId
             * @property {string|null} [channel] WatchMessagesRequest channel
             * @property {string|null} [app] WatchMessagesRequest app
             * @property {Array.<isthmus.v1.MessageStatus>|null} [statuses] WatchMessagesRequest statuses
             * @property {string|null} [cursor] WatchMessagesRequest cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchMessagesRequest.
             * @memberof isthmus.v1
             * @interface IWatchMessagesRequest
             * @augments isthmus.v1.WatchMessagesRequest.$Properties
             * @deprecated Use isthmus.v1.WatchMessagesRequest.$Properties instead.
             */

            /**
             * Shape of a WatchMessagesRequest.
             * @typedef {isthmus.v1.WatchMessagesRequest.$Properties} isthmus.v1.WatchMessagesRequest.$Shape
             */

            /**
             * Constructs a new WatchMessagesRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a WatchMessagesRequest.
             * @constructor
             * @param {isthmus.v1.WatchMessagesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchMessagesRequest = function (properties) {
                this.statuses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchMessagesRequest chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             */
            WatchMessagesRequest.prototype.chainId = "";

            /**
             * WatchMessagesRequest channel.
             * @member {string} channel
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             */
            WatchMessagesRequest.prototype.channel = "";

            /**
             * WatchMessagesRequest app.
             * @member {string} app
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             */
            WatchMessagesRequest.prototype.app = "";

            /**
             * WatchMessagesRequest statuses.
             * @member {Array.<isthmus.v1.MessageStatus>} statuses
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             */
            WatchMessagesRequest.prototype.statuses = $util.emptyArray;

            /**
             * WatchMessagesRequest cursor.
             * @member {string} cursor
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             */
            WatchMessagesRequest.prototype.cursor = "";

            /**
             * Creates a new WatchMessagesRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {isthmus.v1.WatchMessagesRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.WatchMessagesRequest} WatchMessagesRequest instance
             * @type {{
             *   (properties: isthmus.v1.WatchMessagesRequest.$Shape): isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape;
             *   (properties?: isthmus.v1.WatchMessagesRequest.$Properties): isthmus.v1.WatchMessagesRequest;
             * }}
             */
            WatchMessagesRequest.create = function(properties) {
                return new WatchMessagesRequest(properties);
            };

            /**
             * Encodes the specified WatchMessagesRequest message. Does not implicitly {@link isthmus.v1.WatchMessagesRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {isthmus.v1.WatchMessagesRequest.$Properties} message WatchMessagesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchMessagesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.channel);
                if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.app);
                if (message.statuses != null && message.statuses.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.statuses);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WatchMessagesRequest message, length delimited. Does not implicitly {@link isthmus.v1.WatchMessagesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {isthmus.v1.WatchMessagesRequest.$Properties} message WatchMessagesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchMessagesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchMessagesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape} WatchMessagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchMessagesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.WatchMessagesRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.app = value;
                            else
                                delete message.app;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.statuses && message.statuses.length))
                                    message.statuses = [];
                                reader.int32s(message.statuses);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.statuses && message.statuses.length))
                                message.statuses = [];
                            message.statuses.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
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
             * Decodes a WatchMessagesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape} WatchMessagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchMessagesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchMessagesRequest message.
             * @function verify
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchMessagesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    if (!$util.isString(message.app))
                        return "app: string expected";
                if (message.statuses != null && $Object.hasOwnProperty.call(message, "statuses")) {
                    if (!$Array.isArray(message.statuses))
                        return "statuses: array expected";
                    for (let i = 0; i < message.statuses.length; ++i)
                        if (typeof message.statuses[i] !== "number" || (message.statuses[i] | 0) !== message.statuses[i])
                            return "statuses: enum value[] expected";
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            /**
             * Creates a WatchMessagesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.WatchMessagesRequest} WatchMessagesRequest
             */
            WatchMessagesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.WatchMessagesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.WatchMessagesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.WatchMessagesRequest();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.app != null)
                    if (typeof object.app !== "string" || object.app.length)
                        message.app = $String(object.app);
                if (object.statuses) {
                    if (!$Array.isArray(object.statuses))
                        throw $TypeError(".isthmus.v1.WatchMessagesRequest.statuses: array expected");
                    message.statuses = [];
                    for (let i = 0; i < object.statuses.length; ++i)
                        switch (object.statuses[i]) {
                        case "MESSAGE_STATUS_UNSPECIFIED":
                        case 0:
                            message.statuses[message.statuses.length] = 0;
                            break;
                        case "MESSAGE_STATUS_SENT":
                        case 1:
                            message.statuses[message.statuses.length] = 1;
                            break;
                        case "MESSAGE_STATUS_RECEIVED":
                        case 2:
                            message.statuses[message.statuses.length] = 2;
                            break;
                        case "MESSAGE_STATUS_ACKNOWLEDGED":
                        case 3:
                            message.statuses[message.statuses.length] = 3;
                            break;
                        case "MESSAGE_STATUS_TIMED_OUT":
                        case 4:
                            message.statuses[message.statuses.length] = 4;
                            break;
                        case "MESSAGE_STATUS_FAILED":
                        case 5:
                            message.statuses[message.statuses.length] = 5;
                            break;
                        default:
                            if (typeof object.statuses[i] === "number" && (object.statuses[i] | 0) === object.statuses[i])
                                message.statuses[message.statuses.length] = object.statuses[i];
                        }
                }
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a WatchMessagesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {isthmus.v1.WatchMessagesRequest} message WatchMessagesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchMessagesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.statuses = [];
                if (options.defaults) {
                    object.chainId = "";
                    object.channel = "";
                    object.app = "";
                    object.cursor = "";
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    object.app = message.app;
                if (message.statuses && message.statuses.length) {
                    object.statuses = $Array(message.statuses.length);
                    for (let j = 0; j < message.statuses.length; ++j)
                        object.statuses[j] = options.enums === $String ? $root.isthmus.v1.MessageStatus[message.statuses[j]] === $undefined ? message.statuses[j] : $root.isthmus.v1.MessageStatus[message.statuses[j]] : message.statuses[j];
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this WatchMessagesRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.WatchMessagesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchMessagesRequest.prototype.toJSON = function() {
                return WatchMessagesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchMessagesRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.WatchMessagesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchMessagesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.WatchMessagesRequest";
            };

            return WatchMessagesRequest;
        })();

        v1.WatchMessagesResponse = (function() {

            /**
             * Properties of a WatchMessagesResponse.
             * @typedef {Object} isthmus.v1.WatchMessagesResponse.$Properties
             * @property {isthmus.v1.Message.$Properties|null} [message] WatchMessagesResponse message
             * @property {string|null} [cursor] WatchMessagesResponse cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchMessagesResponse.
             * @memberof isthmus.v1
             * @interface IWatchMessagesResponse
             * @augments isthmus.v1.WatchMessagesResponse.$Properties
             * @deprecated Use isthmus.v1.WatchMessagesResponse.$Properties instead.
             */

            /**
             * Shape of a WatchMessagesResponse.
             * @typedef {{
             *   message?: isthmus.v1.Message.$Shape|null;
             *   cursor?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} isthmus.v1.WatchMessagesResponse.$Shape
             */

            /**
             * Constructs a new WatchMessagesResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a WatchMessagesResponse.
             * @constructor
             * @param {isthmus.v1.WatchMessagesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchMessagesResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchMessagesResponse message.
             * @member {isthmus.v1.Message.$Properties|null|undefined} message
             * @memberof isthmus.v1.WatchMessagesResponse
             * @instance
             */
            WatchMessagesResponse.prototype.message = null;

            /**
             * WatchMessagesResponse cursor.
             * @member {string} cursor
             * @memberof isthmus.v1.WatchMessagesResponse
             * @instance
             */
            WatchMessagesResponse.prototype.cursor = "";

            /**
             * Creates a new WatchMessagesResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {isthmus.v1.WatchMessagesResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.WatchMessagesResponse} WatchMessagesResponse instance
             * @type {{
             *   (properties: isthmus.v1.WatchMessagesResponse.$Shape): isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape;
             *   (properties?: isthmus.v1.WatchMessagesResponse.$Properties): isthmus.v1.WatchMessagesResponse;
             * }}
             */
            WatchMessagesResponse.create = function(properties) {
                return new WatchMessagesResponse(properties);
            };

            /**
             * Encodes the specified WatchMessagesResponse message. Does not implicitly {@link isthmus.v1.WatchMessagesResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {isthmus.v1.WatchMessagesResponse.$Properties} message WatchMessagesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchMessagesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.isthmus.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WatchMessagesResponse message, length delimited. Does not implicitly {@link isthmus.v1.WatchMessagesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {isthmus.v1.WatchMessagesResponse.$Properties} message WatchMessagesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchMessagesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchMessagesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape} WatchMessagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchMessagesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.WatchMessagesResponse();
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
                            message.message = $root.isthmus.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
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
             * Decodes a WatchMessagesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape} WatchMessagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchMessagesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchMessagesResponse message.
             * @function verify
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchMessagesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    let error = $root.isthmus.v1.Message.verify(message.message, _depth + 1);
                    if (error)
                        return "message." + error;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            /**
             * Creates a WatchMessagesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.WatchMessagesResponse} WatchMessagesResponse
             */
            WatchMessagesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.WatchMessagesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.WatchMessagesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.WatchMessagesResponse();
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".isthmus.v1.WatchMessagesResponse.message: object expected");
                    message.message = $root.isthmus.v1.Message.fromObject(object.message, _depth + 1);
                }
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a WatchMessagesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {isthmus.v1.WatchMessagesResponse} message WatchMessagesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchMessagesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.message = null;
                    object.cursor = "";
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.isthmus.v1.Message.toObject(message.message, options, _depth + 1);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this WatchMessagesResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.WatchMessagesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchMessagesResponse.prototype.toJSON = function() {
                return WatchMessagesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchMessagesResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.WatchMessagesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchMessagesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.WatchMessagesResponse";
            };

            return WatchMessagesResponse;
        })();

        v1.QueryStateRequest = (function() {

            /**
             * Properties of a QueryStateRequest.
             * @typedef {Object} isthmus.v1.QueryStateRequest.$Properties
             * @property {string|null} [chainId] QueryStateRequest chainId
             * @property {string|null} [path] QueryStateRequest path
             * @property {isthmus.v1.Height.$Properties|null} [height] QueryStateRequest height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryStateRequest.
             * @memberof isthmus.v1
             * @interface IQueryStateRequest
             * @augments isthmus.v1.QueryStateRequest.$Properties
             * @deprecated Use isthmus.v1.QueryStateRequest.$Properties instead.
             */

            /**
             * Shape of a QueryStateRequest.
             * @typedef {isthmus.v1.QueryStateRequest.$Properties} isthmus.v1.QueryStateRequest.$Shape
             */

            /**
             * Constructs a new QueryStateRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryStateRequest.
             * @constructor
             * @param {isthmus.v1.QueryStateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryStateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryStateRequest chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.QueryStateRequest
             * @instance
             */
            QueryStateRequest.prototype.chainId = "";

            /**
             * QueryStateRequest path.
             * @member {string} path
             * @memberof isthmus.v1.QueryStateRequest
             * @instance
             */
            QueryStateRequest.prototype.path = "";

            /**
             * QueryStateRequest height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.QueryStateRequest
             * @instance
             */
            QueryStateRequest.prototype.height = null;

            /**
             * Creates a new QueryStateRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {isthmus.v1.QueryStateRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryStateRequest} QueryStateRequest instance
             * @type {{
             *   (properties: isthmus.v1.QueryStateRequest.$Shape): isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape;
             *   (properties?: isthmus.v1.QueryStateRequest.$Properties): isthmus.v1.QueryStateRequest;
             * }}
             */
            QueryStateRequest.create = function(properties) {
                return new QueryStateRequest(properties);
            };

            /**
             * Encodes the specified QueryStateRequest message. Does not implicitly {@link isthmus.v1.QueryStateRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {isthmus.v1.QueryStateRequest.$Properties} message QueryStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryStateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryStateRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryStateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {isthmus.v1.QueryStateRequest.$Properties} message QueryStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryStateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryStateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape} QueryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryStateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryStateRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
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
             * Decodes a QueryStateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape} QueryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryStateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryStateRequest message.
             * @function verify
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryStateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                return null;
            };

            /**
             * Creates a QueryStateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryStateRequest} QueryStateRequest
             */
            QueryStateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryStateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryStateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryStateRequest();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.QueryStateRequest.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryStateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {isthmus.v1.QueryStateRequest} message QueryStateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryStateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.path = "";
                    object.height = null;
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryStateRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryStateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryStateRequest.prototype.toJSON = function() {
                return QueryStateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryStateRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryStateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryStateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryStateRequest";
            };

            return QueryStateRequest;
        })();

        v1.Verdict = (function() {

            /**
             * Properties of a Verdict.
             * @typedef {Object} isthmus.v1.Verdict.$Properties
             * @property {string|null} [clientId] Verdict clientId
             * @property {string|null} [clientType] Verdict clientType
             * @property {isthmus.v1.Height.$Properties|null} [consensusHeight] Verdict consensusHeight
             * @property {boolean|null} [verified] Verdict verified
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Verdict.
             * @memberof isthmus.v1
             * @interface IVerdict
             * @augments isthmus.v1.Verdict.$Properties
             * @deprecated Use isthmus.v1.Verdict.$Properties instead.
             */

            /**
             * Shape of a Verdict.
             * @typedef {isthmus.v1.Verdict.$Properties} isthmus.v1.Verdict.$Shape
             */

            /**
             * Constructs a new Verdict.
             * @memberof isthmus.v1
             * @classdesc Represents a Verdict.
             * @constructor
             * @param {isthmus.v1.Verdict.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Verdict = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Verdict clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.Verdict
             * @instance
             */
            Verdict.prototype.clientId = "";

            /**
             * Verdict clientType.
             * @member {string} clientType
             * @memberof isthmus.v1.Verdict
             * @instance
             */
            Verdict.prototype.clientType = "";

            /**
             * Verdict consensusHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} consensusHeight
             * @memberof isthmus.v1.Verdict
             * @instance
             */
            Verdict.prototype.consensusHeight = null;

            /**
             * Verdict verified.
             * @member {boolean} verified
             * @memberof isthmus.v1.Verdict
             * @instance
             */
            Verdict.prototype.verified = false;

            /**
             * Creates a new Verdict instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {isthmus.v1.Verdict.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Verdict} Verdict instance
             * @type {{
             *   (properties: isthmus.v1.Verdict.$Shape): isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape;
             *   (properties?: isthmus.v1.Verdict.$Properties): isthmus.v1.Verdict;
             * }}
             */
            Verdict.create = function(properties) {
                return new Verdict(properties);
            };

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link isthmus.v1.Verdict.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {isthmus.v1.Verdict.$Properties} message Verdict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType") && message.clientType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientType);
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight"))
                    $root.isthmus.v1.Height.encode(message.consensusHeight, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.verified);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Verdict message, length delimited. Does not implicitly {@link isthmus.v1.Verdict.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {isthmus.v1.Verdict.$Properties} message Verdict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Verdict();
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
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientType = value;
                            else
                                delete message.clientType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.consensusHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusHeight);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
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
             * Decodes a Verdict message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Verdict message.
             * @function verify
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Verdict.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    if (!$util.isString(message.clientType))
                        return "clientType: string expected";
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.consensusHeight, _depth + 1);
                    if (error)
                        return "consensusHeight." + error;
                }
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    if (typeof message.verified !== "boolean")
                        return "verified: boolean expected";
                return null;
            };

            /**
             * Creates a Verdict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Verdict} Verdict
             */
            Verdict.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Verdict)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Verdict: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Verdict();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.clientType != null)
                    if (typeof object.clientType !== "string" || object.clientType.length)
                        message.clientType = $String(object.clientType);
                if (object.consensusHeight != null) {
                    if (!$util.isObject(object.consensusHeight))
                        throw $TypeError(".isthmus.v1.Verdict.consensusHeight: object expected");
                    message.consensusHeight = $root.isthmus.v1.Height.fromObject(object.consensusHeight, _depth + 1);
                }
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                return message;
            };

            /**
             * Creates a plain object from a Verdict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {isthmus.v1.Verdict} message Verdict
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Verdict.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.clientType = "";
                    object.consensusHeight = null;
                    object.verified = false;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    object.clientType = message.clientType;
                if (message.consensusHeight != null && $Object.hasOwnProperty.call(message, "consensusHeight"))
                    object.consensusHeight = $root.isthmus.v1.Height.toObject(message.consensusHeight, options, _depth + 1);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                return object;
            };

            /**
             * Converts this Verdict to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Verdict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Verdict.prototype.toJSON = function() {
                return Verdict.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Verdict
             * @function getTypeUrl
             * @memberof isthmus.v1.Verdict
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Verdict.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Verdict";
            };

            return Verdict;
        })();

        v1.QueryStateResponse = (function() {

            /**
             * Properties of a QueryStateResponse.
             * @typedef {Object} isthmus.v1.QueryStateResponse.$Properties
             * @property {Uint8Array|null} [value] QueryStateResponse value
             * @property {boolean|null} [exists] QueryStateResponse exists
             * @property {isthmus.v1.Proof.$Properties|null} [proof] QueryStateResponse proof
             * @property {isthmus.v1.Height.$Properties|null} [height] QueryStateResponse height
             * @property {isthmus.v1.Verdict.$Properties|null} [verdict] QueryStateResponse verdict
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryStateResponse.
             * @memberof isthmus.v1
             * @interface IQueryStateResponse
             * @augments isthmus.v1.QueryStateResponse.$Properties
             * @deprecated Use isthmus.v1.QueryStateResponse.$Properties instead.
             */

            /**
             * Shape of a QueryStateResponse.
             * @typedef {isthmus.v1.QueryStateResponse.$Properties} isthmus.v1.QueryStateResponse.$Shape
             */

            /**
             * Constructs a new QueryStateResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a QueryStateResponse.
             * @constructor
             * @param {isthmus.v1.QueryStateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryStateResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryStateResponse value.
             * @member {Uint8Array} value
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             */
            QueryStateResponse.prototype.value = $util.newBuffer([]);

            /**
             * QueryStateResponse exists.
             * @member {boolean} exists
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             */
            QueryStateResponse.prototype.exists = false;

            /**
             * QueryStateResponse proof.
             * @member {isthmus.v1.Proof.$Properties|null|undefined} proof
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             */
            QueryStateResponse.prototype.proof = null;

            /**
             * QueryStateResponse height.
             * @member {isthmus.v1.Height.$Properties|null|undefined} height
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             */
            QueryStateResponse.prototype.height = null;

            /**
             * QueryStateResponse verdict.
             * @member {isthmus.v1.Verdict.$Properties|null|undefined} verdict
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             */
            QueryStateResponse.prototype.verdict = null;

            /**
             * Creates a new QueryStateResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {isthmus.v1.QueryStateResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.QueryStateResponse} QueryStateResponse instance
             * @type {{
             *   (properties: isthmus.v1.QueryStateResponse.$Shape): isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape;
             *   (properties?: isthmus.v1.QueryStateResponse.$Properties): isthmus.v1.QueryStateResponse;
             * }}
             */
            QueryStateResponse.create = function(properties) {
                return new QueryStateResponse(properties);
            };

            /**
             * Encodes the specified QueryStateResponse message. Does not implicitly {@link isthmus.v1.QueryStateResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {isthmus.v1.QueryStateResponse.$Properties} message QueryStateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryStateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists") && message.exists !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.exists);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    $root.isthmus.v1.Proof.encode(message.proof, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    $root.isthmus.v1.Height.encode(message.height, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    $root.isthmus.v1.Verdict.encode(message.verdict, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryStateResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryStateResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {isthmus.v1.QueryStateResponse.$Properties} message QueryStateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryStateResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueryStateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape} QueryStateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryStateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.QueryStateResponse();
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
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exists = value;
                            else
                                delete message.exists;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proof = $root.isthmus.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.height = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.height);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.verdict = $root.isthmus.v1.Verdict.decode(reader, reader.size(), $undefined, _depth + 1, message.verdict);
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
             * Decodes a QueryStateResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape} QueryStateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryStateResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueryStateResponse message.
             * @function verify
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryStateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists"))
                    if (typeof message.exists !== "boolean")
                        return "exists: boolean expected";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    let error = $root.isthmus.v1.Proof.verify(message.proof, _depth + 1);
                    if (error)
                        return "proof." + error;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    let error = $root.isthmus.v1.Height.verify(message.height, _depth + 1);
                    if (error)
                        return "height." + error;
                }
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict")) {
                    let error = $root.isthmus.v1.Verdict.verify(message.verdict, _depth + 1);
                    if (error)
                        return "verdict." + error;
                }
                return null;
            };

            /**
             * Creates a QueryStateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.QueryStateResponse} QueryStateResponse
             */
            QueryStateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.QueryStateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.QueryStateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.QueryStateResponse();
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.exists != null)
                    if (object.exists)
                        message.exists = $Boolean(object.exists);
                if (object.proof != null) {
                    if (!$util.isObject(object.proof))
                        throw $TypeError(".isthmus.v1.QueryStateResponse.proof: object expected");
                    message.proof = $root.isthmus.v1.Proof.fromObject(object.proof, _depth + 1);
                }
                if (object.height != null) {
                    if (!$util.isObject(object.height))
                        throw $TypeError(".isthmus.v1.QueryStateResponse.height: object expected");
                    message.height = $root.isthmus.v1.Height.fromObject(object.height, _depth + 1);
                }
                if (object.verdict != null) {
                    if (!$util.isObject(object.verdict))
                        throw $TypeError(".isthmus.v1.QueryStateResponse.verdict: object expected");
                    message.verdict = $root.isthmus.v1.Verdict.fromObject(object.verdict, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryStateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {isthmus.v1.QueryStateResponse} message QueryStateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryStateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object.exists = false;
                    object.proof = null;
                    object.height = null;
                    object.verdict = null;
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists"))
                    object.exists = message.exists;
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = $root.isthmus.v1.Proof.toObject(message.proof, options, _depth + 1);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = $root.isthmus.v1.Height.toObject(message.height, options, _depth + 1);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = $root.isthmus.v1.Verdict.toObject(message.verdict, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryStateResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.QueryStateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryStateResponse.prototype.toJSON = function() {
                return QueryStateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryStateResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.QueryStateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryStateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.QueryStateResponse";
            };

            return QueryStateResponse;
        })();

        v1.ListChainsRequest = (function() {

            /**
             * Properties of a ListChainsRequest.
             * @typedef {Object} isthmus.v1.ListChainsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListChainsRequest.
             * @memberof isthmus.v1
             * @interface IListChainsRequest
             * @augments isthmus.v1.ListChainsRequest.$Properties
             * @deprecated Use isthmus.v1.ListChainsRequest.$Properties instead.
             */

            /**
             * Shape of a ListChainsRequest.
             * @typedef {isthmus.v1.ListChainsRequest.$Properties} isthmus.v1.ListChainsRequest.$Shape
             */

            /**
             * Constructs a new ListChainsRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a ListChainsRequest.
             * @constructor
             * @param {isthmus.v1.ListChainsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListChainsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListChainsRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {isthmus.v1.ListChainsRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ListChainsRequest} ListChainsRequest instance
             * @type {{
             *   (properties: isthmus.v1.ListChainsRequest.$Shape): isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape;
             *   (properties?: isthmus.v1.ListChainsRequest.$Properties): isthmus.v1.ListChainsRequest;
             * }}
             */
            ListChainsRequest.create = function(properties) {
                return new ListChainsRequest(properties);
            };

            /**
             * Encodes the specified ListChainsRequest message. Does not implicitly {@link isthmus.v1.ListChainsRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {isthmus.v1.ListChainsRequest.$Properties} message ListChainsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListChainsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListChainsRequest message, length delimited. Does not implicitly {@link isthmus.v1.ListChainsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {isthmus.v1.ListChainsRequest.$Properties} message ListChainsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListChainsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListChainsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape} ListChainsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListChainsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ListChainsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a ListChainsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape} ListChainsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListChainsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListChainsRequest message.
             * @function verify
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListChainsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListChainsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ListChainsRequest} ListChainsRequest
             */
            ListChainsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ListChainsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ListChainsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.isthmus.v1.ListChainsRequest();
            };

            /**
             * Creates a plain object from a ListChainsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {isthmus.v1.ListChainsRequest} message ListChainsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListChainsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListChainsRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ListChainsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListChainsRequest.prototype.toJSON = function() {
                return ListChainsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListChainsRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.ListChainsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListChainsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ListChainsRequest";
            };

            return ListChainsRequest;
        })();

        v1.ChainSummary = (function() {

            /**
             * Properties of a ChainSummary.
             * @typedef {Object} isthmus.v1.ChainSummary.$Properties
             * @property {string|null} [chainId] ChainSummary chainId
             * @property {string|null} [chainType] ChainSummary chainType
             * @property {isthmus.v1.Height.$Properties|null} [latestHeight] ChainSummary latestHeight
             * @property {string|null} [clientId] ChainSummary clientId
             * @property {isthmus.v1.ClientStatus|null} [clientStatus] ChainSummary clientStatus
             * @property {number|Long|null} [trustingPeriodRemainingS] ChainSummary trustingPeriodRemainingS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChainSummary.
             * @memberof isthmus.v1
             * @interface IChainSummary
             * @augments isthmus.v1.ChainSummary.$Properties
             * @deprecated Use isthmus.v1.ChainSummary.$Properties instead.
             */

            /**
             * Shape of a ChainSummary.
             * @typedef {isthmus.v1.ChainSummary.$Properties} isthmus.v1.ChainSummary.$Shape
             */

            /**
             * Constructs a new ChainSummary.
             * @memberof isthmus.v1
             * @classdesc Represents a ChainSummary.
             * @constructor
             * @param {isthmus.v1.ChainSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChainSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChainSummary chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.chainId = "";

            /**
             * ChainSummary chainType.
             * @member {string} chainType
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.chainType = "";

            /**
             * ChainSummary latestHeight.
             * @member {isthmus.v1.Height.$Properties|null|undefined} latestHeight
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.latestHeight = null;

            /**
             * ChainSummary clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.clientId = "";

            /**
             * ChainSummary clientStatus.
             * @member {isthmus.v1.ClientStatus} clientStatus
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.clientStatus = 0;

            /**
             * ChainSummary trustingPeriodRemainingS.
             * @member {number|Long} trustingPeriodRemainingS
             * @memberof isthmus.v1.ChainSummary
             * @instance
             */
            ChainSummary.prototype.trustingPeriodRemainingS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ChainSummary instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {isthmus.v1.ChainSummary.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ChainSummary} ChainSummary instance
             * @type {{
             *   (properties: isthmus.v1.ChainSummary.$Shape): isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape;
             *   (properties?: isthmus.v1.ChainSummary.$Properties): isthmus.v1.ChainSummary;
             * }}
             */
            ChainSummary.create = function(properties) {
                return new ChainSummary(properties);
            };

            /**
             * Encodes the specified ChainSummary message. Does not implicitly {@link isthmus.v1.ChainSummary.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {isthmus.v1.ChainSummary.$Properties} message ChainSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType") && message.chainType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.chainType);
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    $root.isthmus.v1.Height.encode(message.latestHeight, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientId);
                if (message.clientStatus != null && $Object.hasOwnProperty.call(message, "clientStatus") && message.clientStatus !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.clientStatus);
                if (message.trustingPeriodRemainingS != null && $Object.hasOwnProperty.call(message, "trustingPeriodRemainingS") && (typeof message.trustingPeriodRemainingS === "object" ? message.trustingPeriodRemainingS.low || message.trustingPeriodRemainingS.high : message.trustingPeriodRemainingS !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.trustingPeriodRemainingS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ChainSummary message, length delimited. Does not implicitly {@link isthmus.v1.ChainSummary.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {isthmus.v1.ChainSummary.$Properties} message ChainSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainSummary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChainSummary message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape} ChainSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainSummary.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ChainSummary();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainType = value;
                            else
                                delete message.chainType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.latestHeight = $root.isthmus.v1.Height.decode(reader, reader.size(), $undefined, _depth + 1, message.latestHeight);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.clientStatus = value;
                            else
                                delete message.clientStatus;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trustingPeriodRemainingS = value;
                            else
                                delete message.trustingPeriodRemainingS;
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
             * Decodes a ChainSummary message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape} ChainSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainSummary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChainSummary message.
             * @function verify
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChainSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType"))
                    if (!$util.isString(message.chainType))
                        return "chainType: string expected";
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight")) {
                    let error = $root.isthmus.v1.Height.verify(message.latestHeight, _depth + 1);
                    if (error)
                        return "latestHeight." + error;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.clientStatus != null && $Object.hasOwnProperty.call(message, "clientStatus"))
                    if (typeof message.clientStatus !== "number" || (message.clientStatus | 0) !== message.clientStatus)
                        return "clientStatus: enum value expected";
                if (message.trustingPeriodRemainingS != null && $Object.hasOwnProperty.call(message, "trustingPeriodRemainingS"))
                    if (!$util.isInteger(message.trustingPeriodRemainingS) && !(message.trustingPeriodRemainingS && $util.isInteger(message.trustingPeriodRemainingS.low) && $util.isInteger(message.trustingPeriodRemainingS.high)))
                        return "trustingPeriodRemainingS: integer|Long expected";
                return null;
            };

            /**
             * Creates a ChainSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ChainSummary} ChainSummary
             */
            ChainSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ChainSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ChainSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ChainSummary();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.chainType != null)
                    if (typeof object.chainType !== "string" || object.chainType.length)
                        message.chainType = $String(object.chainType);
                if (object.latestHeight != null) {
                    if (!$util.isObject(object.latestHeight))
                        throw $TypeError(".isthmus.v1.ChainSummary.latestHeight: object expected");
                    message.latestHeight = $root.isthmus.v1.Height.fromObject(object.latestHeight, _depth + 1);
                }
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.clientStatus !== 0 && (typeof object.clientStatus !== "string" || $root.isthmus.v1.ClientStatus[object.clientStatus] !== 0))
                    switch (object.clientStatus) {
                    case "CLIENT_STATUS_UNSPECIFIED":
                    case 0:
                        message.clientStatus = 0;
                        break;
                    case "CLIENT_STATUS_ACTIVE":
                    case 1:
                        message.clientStatus = 1;
                        break;
                    case "CLIENT_STATUS_EXPIRED":
                    case 2:
                        message.clientStatus = 2;
                        break;
                    case "CLIENT_STATUS_FROZEN":
                    case 3:
                        message.clientStatus = 3;
                        break;
                    default:
                        if (typeof object.clientStatus === "number" && (object.clientStatus | 0) === object.clientStatus)
                            message.clientStatus = object.clientStatus;
                    }
                if (object.trustingPeriodRemainingS != null)
                    if (typeof object.trustingPeriodRemainingS === "object" ? object.trustingPeriodRemainingS.low || object.trustingPeriodRemainingS.high : $Number(object.trustingPeriodRemainingS) !== 0)
                        if ($util.Long)
                            message.trustingPeriodRemainingS = $util.Long.fromValue(object.trustingPeriodRemainingS, true);
                        else if (typeof object.trustingPeriodRemainingS === "string")
                            message.trustingPeriodRemainingS = $parseInt(object.trustingPeriodRemainingS, 10);
                        else if (typeof object.trustingPeriodRemainingS === "number")
                            message.trustingPeriodRemainingS = object.trustingPeriodRemainingS;
                        else if (typeof object.trustingPeriodRemainingS === "object")
                            message.trustingPeriodRemainingS = new $util.LongBits(object.trustingPeriodRemainingS.low >>> 0, object.trustingPeriodRemainingS.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ChainSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {isthmus.v1.ChainSummary} message ChainSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChainSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.chainType = "";
                    object.latestHeight = null;
                    object.clientId = "";
                    object.clientStatus = options.enums === $String ? "CLIENT_STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trustingPeriodRemainingS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trustingPeriodRemainingS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.chainType != null && $Object.hasOwnProperty.call(message, "chainType"))
                    object.chainType = message.chainType;
                if (message.latestHeight != null && $Object.hasOwnProperty.call(message, "latestHeight"))
                    object.latestHeight = $root.isthmus.v1.Height.toObject(message.latestHeight, options, _depth + 1);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.clientStatus != null && $Object.hasOwnProperty.call(message, "clientStatus"))
                    object.clientStatus = options.enums === $String ? $root.isthmus.v1.ClientStatus[message.clientStatus] === $undefined ? message.clientStatus : $root.isthmus.v1.ClientStatus[message.clientStatus] : message.clientStatus;
                if (message.trustingPeriodRemainingS != null && $Object.hasOwnProperty.call(message, "trustingPeriodRemainingS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trustingPeriodRemainingS = typeof message.trustingPeriodRemainingS === "number" ? $BigInt(message.trustingPeriodRemainingS) : $util.Long.fromBits(message.trustingPeriodRemainingS.low >>> 0, message.trustingPeriodRemainingS.high >>> 0, true).toBigInt();
                    else if (typeof message.trustingPeriodRemainingS === "number")
                        object.trustingPeriodRemainingS = options.longs === $String ? $String(message.trustingPeriodRemainingS) : message.trustingPeriodRemainingS;
                    else
                        object.trustingPeriodRemainingS = options.longs === $String ? $util.Long.prototype.toString.call(message.trustingPeriodRemainingS) : options.longs === $Number ? new $util.LongBits(message.trustingPeriodRemainingS.low >>> 0, message.trustingPeriodRemainingS.high >>> 0).toNumber(true) : message.trustingPeriodRemainingS;
                return object;
            };

            /**
             * Converts this ChainSummary to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ChainSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChainSummary.prototype.toJSON = function() {
                return ChainSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChainSummary
             * @function getTypeUrl
             * @memberof isthmus.v1.ChainSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChainSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ChainSummary";
            };

            return ChainSummary;
        })();

        v1.ListChainsResponse = (function() {

            /**
             * Properties of a ListChainsResponse.
             * @typedef {Object} isthmus.v1.ListChainsResponse.$Properties
             * @property {Array.<isthmus.v1.ChainSummary.$Properties>|null} [chains] ListChainsResponse chains
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListChainsResponse.
             * @memberof isthmus.v1
             * @interface IListChainsResponse
             * @augments isthmus.v1.ListChainsResponse.$Properties
             * @deprecated Use isthmus.v1.ListChainsResponse.$Properties instead.
             */

            /**
             * Shape of a ListChainsResponse.
             * @typedef {isthmus.v1.ListChainsResponse.$Properties} isthmus.v1.ListChainsResponse.$Shape
             */

            /**
             * Constructs a new ListChainsResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a ListChainsResponse.
             * @constructor
             * @param {isthmus.v1.ListChainsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListChainsResponse = function (properties) {
                this.chains = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListChainsResponse chains.
             * @member {Array.<isthmus.v1.ChainSummary.$Properties>} chains
             * @memberof isthmus.v1.ListChainsResponse
             * @instance
             */
            ListChainsResponse.prototype.chains = $util.emptyArray;

            /**
             * Creates a new ListChainsResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {isthmus.v1.ListChainsResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ListChainsResponse} ListChainsResponse instance
             * @type {{
             *   (properties: isthmus.v1.ListChainsResponse.$Shape): isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape;
             *   (properties?: isthmus.v1.ListChainsResponse.$Properties): isthmus.v1.ListChainsResponse;
             * }}
             */
            ListChainsResponse.create = function(properties) {
                return new ListChainsResponse(properties);
            };

            /**
             * Encodes the specified ListChainsResponse message. Does not implicitly {@link isthmus.v1.ListChainsResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {isthmus.v1.ListChainsResponse.$Properties} message ListChainsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListChainsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chains != null && message.chains.length)
                    for (let i = 0; i < message.chains.length; ++i)
                        $root.isthmus.v1.ChainSummary.encode(message.chains[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListChainsResponse message, length delimited. Does not implicitly {@link isthmus.v1.ListChainsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {isthmus.v1.ListChainsResponse.$Properties} message ListChainsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListChainsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListChainsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape} ListChainsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListChainsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ListChainsResponse();
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
                            if (!(message.chains && message.chains.length))
                                message.chains = [];
                            message.chains.push($root.isthmus.v1.ChainSummary.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ListChainsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape} ListChainsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListChainsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListChainsResponse message.
             * @function verify
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListChainsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chains != null && $Object.hasOwnProperty.call(message, "chains")) {
                    if (!$Array.isArray(message.chains))
                        return "chains: array expected";
                    for (let i = 0; i < message.chains.length; ++i) {
                        let error = $root.isthmus.v1.ChainSummary.verify(message.chains[i], _depth + 1);
                        if (error)
                            return "chains." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListChainsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ListChainsResponse} ListChainsResponse
             */
            ListChainsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ListChainsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ListChainsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ListChainsResponse();
                if (object.chains) {
                    if (!$Array.isArray(object.chains))
                        throw $TypeError(".isthmus.v1.ListChainsResponse.chains: array expected");
                    message.chains = $Array(object.chains.length);
                    for (let i = 0; i < object.chains.length; ++i) {
                        if (!$util.isObject(object.chains[i]))
                            throw $TypeError(".isthmus.v1.ListChainsResponse.chains: object expected");
                        message.chains[i] = $root.isthmus.v1.ChainSummary.fromObject(object.chains[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListChainsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {isthmus.v1.ListChainsResponse} message ListChainsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListChainsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.chains = [];
                if (message.chains && message.chains.length) {
                    object.chains = $Array(message.chains.length);
                    for (let j = 0; j < message.chains.length; ++j)
                        object.chains[j] = $root.isthmus.v1.ChainSummary.toObject(message.chains[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListChainsResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ListChainsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListChainsResponse.prototype.toJSON = function() {
                return ListChainsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListChainsResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.ListChainsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListChainsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ListChainsResponse";
            };

            return ListChainsResponse;
        })();

        v1.ListPathsRequest = (function() {

            /**
             * Properties of a ListPathsRequest.
             * @typedef {Object} isthmus.v1.ListPathsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPathsRequest.
             * @memberof isthmus.v1
             * @interface IListPathsRequest
             * @augments isthmus.v1.ListPathsRequest.$Properties
             * @deprecated Use isthmus.v1.ListPathsRequest.$Properties instead.
             */

            /**
             * Shape of a ListPathsRequest.
             * @typedef {isthmus.v1.ListPathsRequest.$Properties} isthmus.v1.ListPathsRequest.$Shape
             */

            /**
             * Constructs a new ListPathsRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a ListPathsRequest.
             * @constructor
             * @param {isthmus.v1.ListPathsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPathsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListPathsRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {isthmus.v1.ListPathsRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ListPathsRequest} ListPathsRequest instance
             * @type {{
             *   (properties: isthmus.v1.ListPathsRequest.$Shape): isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape;
             *   (properties?: isthmus.v1.ListPathsRequest.$Properties): isthmus.v1.ListPathsRequest;
             * }}
             */
            ListPathsRequest.create = function(properties) {
                return new ListPathsRequest(properties);
            };

            /**
             * Encodes the specified ListPathsRequest message. Does not implicitly {@link isthmus.v1.ListPathsRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {isthmus.v1.ListPathsRequest.$Properties} message ListPathsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPathsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListPathsRequest message, length delimited. Does not implicitly {@link isthmus.v1.ListPathsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {isthmus.v1.ListPathsRequest.$Properties} message ListPathsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPathsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListPathsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape} ListPathsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPathsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ListPathsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a ListPathsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape} ListPathsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPathsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListPathsRequest message.
             * @function verify
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListPathsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListPathsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ListPathsRequest} ListPathsRequest
             */
            ListPathsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ListPathsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ListPathsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.isthmus.v1.ListPathsRequest();
            };

            /**
             * Creates a plain object from a ListPathsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {isthmus.v1.ListPathsRequest} message ListPathsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPathsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListPathsRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ListPathsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPathsRequest.prototype.toJSON = function() {
                return ListPathsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPathsRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.ListPathsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPathsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ListPathsRequest";
            };

            return ListPathsRequest;
        })();

        /**
         * Ordering enum.
         * @name isthmus.v1.Ordering
         * @enum {number}
         * @property {number} ORDERING_UNSPECIFIED=0 ORDERING_UNSPECIFIED value
         * @property {number} ORDERING_UNORDERED=1 ORDERING_UNORDERED value
         * @property {number} ORDERING_ORDERED=2 ORDERING_ORDERED value
         */
        v1.Ordering = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ORDERING_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ORDERING_UNORDERED"] = 1;
            values[valuesById[2] = "ORDERING_ORDERED"] = 2;
            return values;
        })();

        v1.Path = (function() {

            /**
             * Properties of a Path.
             * @typedef {Object} isthmus.v1.Path.$Properties
             * @property {string|null} [sourceChain] Path sourceChain
             * @property {string|null} [sourceChannel] Path sourceChannel
             * @property {string|null} [destChain] Path destChain
             * @property {string|null} [destChannel] Path destChannel
             * @property {isthmus.v1.Ordering|null} [ordering] Path ordering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Path.
             * @memberof isthmus.v1
             * @interface IPath
             * @augments isthmus.v1.Path.$Properties
             * @deprecated Use isthmus.v1.Path.$Properties instead.
             */

            /**
             * Shape of a Path.
             * @typedef {isthmus.v1.Path.$Properties} isthmus.v1.Path.$Shape
             */

            /**
             * Constructs a new Path.
             * @memberof isthmus.v1
             * @classdesc Represents a Path.
             * @constructor
             * @param {isthmus.v1.Path.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Path = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Path sourceChain.
             * @member {string} sourceChain
             * @memberof isthmus.v1.Path
             * @instance
             */
            Path.prototype.sourceChain = "";

            /**
             * Path sourceChannel.
             * @member {string} sourceChannel
             * @memberof isthmus.v1.Path
             * @instance
             */
            Path.prototype.sourceChannel = "";

            /**
             * Path destChain.
             * @member {string} destChain
             * @memberof isthmus.v1.Path
             * @instance
             */
            Path.prototype.destChain = "";

            /**
             * Path destChannel.
             * @member {string} destChannel
             * @memberof isthmus.v1.Path
             * @instance
             */
            Path.prototype.destChannel = "";

            /**
             * Path ordering.
             * @member {isthmus.v1.Ordering} ordering
             * @memberof isthmus.v1.Path
             * @instance
             */
            Path.prototype.ordering = 0;

            /**
             * Creates a new Path instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.Path
             * @static
             * @param {isthmus.v1.Path.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.Path} Path instance
             * @type {{
             *   (properties: isthmus.v1.Path.$Shape): isthmus.v1.Path & isthmus.v1.Path.$Shape;
             *   (properties?: isthmus.v1.Path.$Properties): isthmus.v1.Path;
             * }}
             */
            Path.create = function(properties) {
                return new Path(properties);
            };

            /**
             * Encodes the specified Path message. Does not implicitly {@link isthmus.v1.Path.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.Path
             * @static
             * @param {isthmus.v1.Path.$Properties} message Path message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Path.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain") && message.sourceChain !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sourceChain);
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel") && message.sourceChannel !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceChannel);
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain") && message.destChain !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.destChain);
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel") && message.destChannel !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.destChannel);
                if (message.ordering != null && $Object.hasOwnProperty.call(message, "ordering") && message.ordering !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.ordering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Path message, length delimited. Does not implicitly {@link isthmus.v1.Path.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.Path
             * @static
             * @param {isthmus.v1.Path.$Properties} message Path message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Path.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Path message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.Path
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.Path & isthmus.v1.Path.$Shape} Path
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Path.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.Path();
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
                            if ((value = reader.stringVerify()).length)
                                message.sourceChain = value;
                            else
                                delete message.sourceChain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceChannel = value;
                            else
                                delete message.sourceChannel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.destChain = value;
                            else
                                delete message.destChain;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.destChannel = value;
                            else
                                delete message.destChannel;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.ordering = value;
                            else
                                delete message.ordering;
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
             * Decodes a Path message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.Path
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.Path & isthmus.v1.Path.$Shape} Path
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Path.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Path message.
             * @function verify
             * @memberof isthmus.v1.Path
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Path.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    if (!$util.isString(message.sourceChain))
                        return "sourceChain: string expected";
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    if (!$util.isString(message.sourceChannel))
                        return "sourceChannel: string expected";
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain"))
                    if (!$util.isString(message.destChain))
                        return "destChain: string expected";
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel"))
                    if (!$util.isString(message.destChannel))
                        return "destChannel: string expected";
                if (message.ordering != null && $Object.hasOwnProperty.call(message, "ordering"))
                    if (typeof message.ordering !== "number" || (message.ordering | 0) !== message.ordering)
                        return "ordering: enum value expected";
                return null;
            };

            /**
             * Creates a Path message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.Path
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.Path} Path
             */
            Path.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.Path)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.Path: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.Path();
                if (object.sourceChain != null)
                    if (typeof object.sourceChain !== "string" || object.sourceChain.length)
                        message.sourceChain = $String(object.sourceChain);
                if (object.sourceChannel != null)
                    if (typeof object.sourceChannel !== "string" || object.sourceChannel.length)
                        message.sourceChannel = $String(object.sourceChannel);
                if (object.destChain != null)
                    if (typeof object.destChain !== "string" || object.destChain.length)
                        message.destChain = $String(object.destChain);
                if (object.destChannel != null)
                    if (typeof object.destChannel !== "string" || object.destChannel.length)
                        message.destChannel = $String(object.destChannel);
                if (object.ordering !== 0 && (typeof object.ordering !== "string" || $root.isthmus.v1.Ordering[object.ordering] !== 0))
                    switch (object.ordering) {
                    case "ORDERING_UNSPECIFIED":
                    case 0:
                        message.ordering = 0;
                        break;
                    case "ORDERING_UNORDERED":
                    case 1:
                        message.ordering = 1;
                        break;
                    case "ORDERING_ORDERED":
                    case 2:
                        message.ordering = 2;
                        break;
                    default:
                        if (typeof object.ordering === "number" && (object.ordering | 0) === object.ordering)
                            message.ordering = object.ordering;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Path message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.Path
             * @static
             * @param {isthmus.v1.Path} message Path
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Path.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sourceChain = "";
                    object.sourceChannel = "";
                    object.destChain = "";
                    object.destChannel = "";
                    object.ordering = options.enums === $String ? "ORDERING_UNSPECIFIED" : 0;
                }
                if (message.sourceChain != null && $Object.hasOwnProperty.call(message, "sourceChain"))
                    object.sourceChain = message.sourceChain;
                if (message.sourceChannel != null && $Object.hasOwnProperty.call(message, "sourceChannel"))
                    object.sourceChannel = message.sourceChannel;
                if (message.destChain != null && $Object.hasOwnProperty.call(message, "destChain"))
                    object.destChain = message.destChain;
                if (message.destChannel != null && $Object.hasOwnProperty.call(message, "destChannel"))
                    object.destChannel = message.destChannel;
                if (message.ordering != null && $Object.hasOwnProperty.call(message, "ordering"))
                    object.ordering = options.enums === $String ? $root.isthmus.v1.Ordering[message.ordering] === $undefined ? message.ordering : $root.isthmus.v1.Ordering[message.ordering] : message.ordering;
                return object;
            };

            /**
             * Converts this Path to JSON.
             * @function toJSON
             * @memberof isthmus.v1.Path
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Path.prototype.toJSON = function() {
                return Path.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Path
             * @function getTypeUrl
             * @memberof isthmus.v1.Path
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Path.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.Path";
            };

            return Path;
        })();

        v1.ListPathsResponse = (function() {

            /**
             * Properties of a ListPathsResponse.
             * @typedef {Object} isthmus.v1.ListPathsResponse.$Properties
             * @property {Array.<isthmus.v1.Path.$Properties>|null} [paths] ListPathsResponse paths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPathsResponse.
             * @memberof isthmus.v1
             * @interface IListPathsResponse
             * @augments isthmus.v1.ListPathsResponse.$Properties
             * @deprecated Use isthmus.v1.ListPathsResponse.$Properties instead.
             */

            /**
             * Shape of a ListPathsResponse.
             * @typedef {isthmus.v1.ListPathsResponse.$Properties} isthmus.v1.ListPathsResponse.$Shape
             */

            /**
             * Constructs a new ListPathsResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a ListPathsResponse.
             * @constructor
             * @param {isthmus.v1.ListPathsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPathsResponse = function (properties) {
                this.paths = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListPathsResponse paths.
             * @member {Array.<isthmus.v1.Path.$Properties>} paths
             * @memberof isthmus.v1.ListPathsResponse
             * @instance
             */
            ListPathsResponse.prototype.paths = $util.emptyArray;

            /**
             * Creates a new ListPathsResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {isthmus.v1.ListPathsResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.ListPathsResponse} ListPathsResponse instance
             * @type {{
             *   (properties: isthmus.v1.ListPathsResponse.$Shape): isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape;
             *   (properties?: isthmus.v1.ListPathsResponse.$Properties): isthmus.v1.ListPathsResponse;
             * }}
             */
            ListPathsResponse.create = function(properties) {
                return new ListPathsResponse(properties);
            };

            /**
             * Encodes the specified ListPathsResponse message. Does not implicitly {@link isthmus.v1.ListPathsResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {isthmus.v1.ListPathsResponse.$Properties} message ListPathsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPathsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.paths != null && message.paths.length)
                    for (let i = 0; i < message.paths.length; ++i)
                        $root.isthmus.v1.Path.encode(message.paths[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListPathsResponse message, length delimited. Does not implicitly {@link isthmus.v1.ListPathsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {isthmus.v1.ListPathsResponse.$Properties} message ListPathsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPathsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListPathsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape} ListPathsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPathsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.ListPathsResponse();
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
                            if (!(message.paths && message.paths.length))
                                message.paths = [];
                            message.paths.push($root.isthmus.v1.Path.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ListPathsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape} ListPathsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPathsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListPathsResponse message.
             * @function verify
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListPathsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.paths != null && $Object.hasOwnProperty.call(message, "paths")) {
                    if (!$Array.isArray(message.paths))
                        return "paths: array expected";
                    for (let i = 0; i < message.paths.length; ++i) {
                        let error = $root.isthmus.v1.Path.verify(message.paths[i], _depth + 1);
                        if (error)
                            return "paths." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListPathsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.ListPathsResponse} ListPathsResponse
             */
            ListPathsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.ListPathsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.ListPathsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.ListPathsResponse();
                if (object.paths) {
                    if (!$Array.isArray(object.paths))
                        throw $TypeError(".isthmus.v1.ListPathsResponse.paths: array expected");
                    message.paths = $Array(object.paths.length);
                    for (let i = 0; i < object.paths.length; ++i) {
                        if (!$util.isObject(object.paths[i]))
                            throw $TypeError(".isthmus.v1.ListPathsResponse.paths: object expected");
                        message.paths[i] = $root.isthmus.v1.Path.fromObject(object.paths[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListPathsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {isthmus.v1.ListPathsResponse} message ListPathsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPathsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.paths = [];
                if (message.paths && message.paths.length) {
                    object.paths = $Array(message.paths.length);
                    for (let j = 0; j < message.paths.length; ++j)
                        object.paths[j] = $root.isthmus.v1.Path.toObject(message.paths[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListPathsResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.ListPathsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPathsResponse.prototype.toJSON = function() {
                return ListPathsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPathsResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.ListPathsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPathsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.ListPathsResponse";
            };

            return ListPathsResponse;
        })();

        v1.GetClientRequest = (function() {

            /**
             * Properties of a GetClientRequest.
             * @typedef {Object} isthmus.v1.GetClientRequest.$Properties
             * @property {string|null} [chainId] GetClientRequest chainId
             * @property {string|null} [clientId] GetClientRequest clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetClientRequest.
             * @memberof isthmus.v1
             * @interface IGetClientRequest
             * @augments isthmus.v1.GetClientRequest.$Properties
             * @deprecated Use isthmus.v1.GetClientRequest.$Properties instead.
             */

            /**
             * Shape of a GetClientRequest.
             * @typedef {isthmus.v1.GetClientRequest.$Properties} isthmus.v1.GetClientRequest.$Shape
             */

            /**
             * Constructs a new GetClientRequest.
             * @memberof isthmus.v1
             * @classdesc Represents a GetClientRequest.
             * @constructor
             * @param {isthmus.v1.GetClientRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetClientRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetClientRequest chainId.
             * @member {string} chainId
             * @memberof isthmus.v1.GetClientRequest
             * @instance
             */
            GetClientRequest.prototype.chainId = "";

            /**
             * GetClientRequest clientId.
             * @member {string} clientId
             * @memberof isthmus.v1.GetClientRequest
             * @instance
             */
            GetClientRequest.prototype.clientId = "";

            /**
             * Creates a new GetClientRequest instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {isthmus.v1.GetClientRequest.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetClientRequest} GetClientRequest instance
             * @type {{
             *   (properties: isthmus.v1.GetClientRequest.$Shape): isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape;
             *   (properties?: isthmus.v1.GetClientRequest.$Properties): isthmus.v1.GetClientRequest;
             * }}
             */
            GetClientRequest.create = function(properties) {
                return new GetClientRequest(properties);
            };

            /**
             * Encodes the specified GetClientRequest message. Does not implicitly {@link isthmus.v1.GetClientRequest.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {isthmus.v1.GetClientRequest.$Properties} message GetClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetClientRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetClientRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {isthmus.v1.GetClientRequest.$Properties} message GetClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape} GetClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetClientRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
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
             * Decodes a GetClientRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape} GetClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetClientRequest message.
             * @function verify
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetClientRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                return null;
            };

            /**
             * Creates a GetClientRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetClientRequest} GetClientRequest
             */
            GetClientRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetClientRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetClientRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetClientRequest();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from a GetClientRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {isthmus.v1.GetClientRequest} message GetClientRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetClientRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    object.clientId = "";
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this GetClientRequest to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetClientRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetClientRequest.prototype.toJSON = function() {
                return GetClientRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetClientRequest
             * @function getTypeUrl
             * @memberof isthmus.v1.GetClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetClientRequest";
            };

            return GetClientRequest;
        })();

        v1.GetClientResponse = (function() {

            /**
             * Properties of a GetClientResponse.
             * @typedef {Object} isthmus.v1.GetClientResponse.$Properties
             * @property {isthmus.v1.ClientState.$Properties|null} [clientState] GetClientResponse clientState
             * @property {isthmus.v1.ConsensusState.$Properties|null} [consensusState] GetClientResponse consensusState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetClientResponse.
             * @memberof isthmus.v1
             * @interface IGetClientResponse
             * @augments isthmus.v1.GetClientResponse.$Properties
             * @deprecated Use isthmus.v1.GetClientResponse.$Properties instead.
             */

            /**
             * Shape of a GetClientResponse.
             * @typedef {isthmus.v1.GetClientResponse.$Properties} isthmus.v1.GetClientResponse.$Shape
             */

            /**
             * Constructs a new GetClientResponse.
             * @memberof isthmus.v1
             * @classdesc Represents a GetClientResponse.
             * @constructor
             * @param {isthmus.v1.GetClientResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetClientResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetClientResponse clientState.
             * @member {isthmus.v1.ClientState.$Properties|null|undefined} clientState
             * @memberof isthmus.v1.GetClientResponse
             * @instance
             */
            GetClientResponse.prototype.clientState = null;

            /**
             * GetClientResponse consensusState.
             * @member {isthmus.v1.ConsensusState.$Properties|null|undefined} consensusState
             * @memberof isthmus.v1.GetClientResponse
             * @instance
             */
            GetClientResponse.prototype.consensusState = null;

            /**
             * Creates a new GetClientResponse instance using the specified properties.
             * @function create
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {isthmus.v1.GetClientResponse.$Properties=} [properties] Properties to set
             * @returns {isthmus.v1.GetClientResponse} GetClientResponse instance
             * @type {{
             *   (properties: isthmus.v1.GetClientResponse.$Shape): isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape;
             *   (properties?: isthmus.v1.GetClientResponse.$Properties): isthmus.v1.GetClientResponse;
             * }}
             */
            GetClientResponse.create = function(properties) {
                return new GetClientResponse(properties);
            };

            /**
             * Encodes the specified GetClientResponse message. Does not implicitly {@link isthmus.v1.GetClientResponse.verify|verify} messages.
             * @function encode
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {isthmus.v1.GetClientResponse.$Properties} message GetClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    $root.isthmus.v1.ClientState.encode(message.clientState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    $root.isthmus.v1.ConsensusState.encode(message.consensusState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetClientResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetClientResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {isthmus.v1.GetClientResponse.$Properties} message GetClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetClientResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape} GetClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.isthmus.v1.GetClientResponse();
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
                            message.clientState = $root.isthmus.v1.ClientState.decode(reader, reader.size(), $undefined, _depth + 1, message.clientState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.consensusState = $root.isthmus.v1.ConsensusState.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusState);
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
             * Decodes a GetClientResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape} GetClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetClientResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetClientResponse message.
             * @function verify
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetClientResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState")) {
                    let error = $root.isthmus.v1.ClientState.verify(message.clientState, _depth + 1);
                    if (error)
                        return "clientState." + error;
                }
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState")) {
                    let error = $root.isthmus.v1.ConsensusState.verify(message.consensusState, _depth + 1);
                    if (error)
                        return "consensusState." + error;
                }
                return null;
            };

            /**
             * Creates a GetClientResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {isthmus.v1.GetClientResponse} GetClientResponse
             */
            GetClientResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.isthmus.v1.GetClientResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".isthmus.v1.GetClientResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.isthmus.v1.GetClientResponse();
                if (object.clientState != null) {
                    if (!$util.isObject(object.clientState))
                        throw $TypeError(".isthmus.v1.GetClientResponse.clientState: object expected");
                    message.clientState = $root.isthmus.v1.ClientState.fromObject(object.clientState, _depth + 1);
                }
                if (object.consensusState != null) {
                    if (!$util.isObject(object.consensusState))
                        throw $TypeError(".isthmus.v1.GetClientResponse.consensusState: object expected");
                    message.consensusState = $root.isthmus.v1.ConsensusState.fromObject(object.consensusState, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetClientResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {isthmus.v1.GetClientResponse} message GetClientResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetClientResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientState = null;
                    object.consensusState = null;
                }
                if (message.clientState != null && $Object.hasOwnProperty.call(message, "clientState"))
                    object.clientState = $root.isthmus.v1.ClientState.toObject(message.clientState, options, _depth + 1);
                if (message.consensusState != null && $Object.hasOwnProperty.call(message, "consensusState"))
                    object.consensusState = $root.isthmus.v1.ConsensusState.toObject(message.consensusState, options, _depth + 1);
                return object;
            };

            /**
             * Converts this GetClientResponse to JSON.
             * @function toJSON
             * @memberof isthmus.v1.GetClientResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetClientResponse.prototype.toJSON = function() {
                return GetClientResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetClientResponse
             * @function getTypeUrl
             * @memberof isthmus.v1.GetClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/isthmus.v1.GetClientResponse";
            };

            return GetClientResponse;
        })();

        return v1;
    })();

    return isthmus;
})();

export {
  $root as default
};
