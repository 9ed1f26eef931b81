import * as $protobuf from "protobufjs";
import Long from "long";

/** Namespace isthmus. */
export namespace isthmus {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a Ledger */
        class Ledger extends $protobuf.rpc.Service {

            /**
             * Constructs a new Ledger service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Ledger service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Ledger;

            /** Calls GetChainInfo. */
            getChainInfo: isthmus.v1.Ledger.GetChainInfo;

            /** Calls GetLatestHeight. */
            getLatestHeight: isthmus.v1.Ledger.GetLatestHeight;

            /** Calls GetClientMessage. */
            getClientMessage: isthmus.v1.Ledger.GetClientMessage;

            /** Calls StreamEvents. */
            streamEvents: isthmus.v1.Ledger.StreamEvents;

            /** Calls QueryProof. */
            queryProof: isthmus.v1.Ledger.QueryProof;

            /** Calls Submit. */
            submit: isthmus.v1.Ledger.Submit;

            /** Calls QueryClient. */
            queryClient: isthmus.v1.Ledger.QueryClient;
        }

        namespace Ledger {

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getChainInfo}.
             * @param error Error, if any
             * @param [response] GetChainInfoResponse
             */
            type GetChainInfoCallback = (error: (Error|null), response?: isthmus.v1.GetChainInfoResponse) => void;

            /** Calls GetChainInfo. */
            type GetChainInfo = {
              (request: isthmus.v1.IGetChainInfoRequest, callback: isthmus.v1.Ledger.GetChainInfoCallback): void;
              (request: isthmus.v1.IGetChainInfoRequest): Promise<isthmus.v1.GetChainInfoResponse>;
              readonly name: "GetChainInfo";
              readonly path: "/isthmus.v1.Ledger/GetChainInfo";
              readonly requestType: "GetChainInfoRequest";
              readonly responseType: "GetChainInfoResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getLatestHeight}.
             * @param error Error, if any
             * @param [response] GetLatestHeightResponse
             */
            type GetLatestHeightCallback = (error: (Error|null), response?: isthmus.v1.GetLatestHeightResponse) => void;

            /** Calls GetLatestHeight. */
            type GetLatestHeight = {
              (request: isthmus.v1.IGetLatestHeightRequest, callback: isthmus.v1.Ledger.GetLatestHeightCallback): void;
              (request: isthmus.v1.IGetLatestHeightRequest): Promise<isthmus.v1.GetLatestHeightResponse>;
              readonly name: "GetLatestHeight";
              readonly path: "/isthmus.v1.Ledger/GetLatestHeight";
              readonly requestType: "GetLatestHeightRequest";
              readonly responseType: "GetLatestHeightResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#getClientMessage}.
             * @param error Error, if any
             * @param [response] GetClientMessageResponse
             */
            type GetClientMessageCallback = (error: (Error|null), response?: isthmus.v1.GetClientMessageResponse) => void;

            /** Calls GetClientMessage. */
            type GetClientMessage = {
              (request: isthmus.v1.IGetClientMessageRequest, callback: isthmus.v1.Ledger.GetClientMessageCallback): void;
              (request: isthmus.v1.IGetClientMessageRequest): Promise<isthmus.v1.GetClientMessageResponse>;
              readonly name: "GetClientMessage";
              readonly path: "/isthmus.v1.Ledger/GetClientMessage";
              readonly requestType: "GetClientMessageRequest";
              readonly responseType: "GetClientMessageResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#streamEvents}.
             * @param error Error, if any
             * @param [response] StreamEventsResponse
             */
            type StreamEventsCallback = (error: (Error|null), response?: isthmus.v1.StreamEventsResponse) => void;

            /** Calls StreamEvents. */
            type StreamEvents = {
              (request: isthmus.v1.IStreamEventsRequest, callback: isthmus.v1.Ledger.StreamEventsCallback): void;
              (request: isthmus.v1.IStreamEventsRequest): Promise<isthmus.v1.StreamEventsResponse>;
              readonly name: "StreamEvents";
              readonly path: "/isthmus.v1.Ledger/StreamEvents";
              readonly requestType: "StreamEventsRequest";
              readonly responseType: "StreamEventsResponse";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#queryProof}.
             * @param error Error, if any
             * @param [response] QueryProofResponse
             */
            type QueryProofCallback = (error: (Error|null), response?: isthmus.v1.QueryProofResponse) => void;

            /** Calls QueryProof. */
            type QueryProof = {
              (request: isthmus.v1.IQueryProofRequest, callback: isthmus.v1.Ledger.QueryProofCallback): void;
              (request: isthmus.v1.IQueryProofRequest): Promise<isthmus.v1.QueryProofResponse>;
              readonly name: "QueryProof";
              readonly path: "/isthmus.v1.Ledger/QueryProof";
              readonly requestType: "QueryProofRequest";
              readonly responseType: "QueryProofResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#submit}.
             * @param error Error, if any
             * @param [response] SubmitResponse
             */
            type SubmitCallback = (error: (Error|null), response?: isthmus.v1.SubmitResponse) => void;

            /** Calls Submit. */
            type Submit = {
              (request: isthmus.v1.ISubmitRequest, callback: isthmus.v1.Ledger.SubmitCallback): void;
              (request: isthmus.v1.ISubmitRequest): Promise<isthmus.v1.SubmitResponse>;
              readonly name: "Submit";
              readonly path: "/isthmus.v1.Ledger/Submit";
              readonly requestType: "SubmitRequest";
              readonly responseType: "SubmitResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Ledger#queryClient}.
             * @param error Error, if any
             * @param [response] QueryClientResponse
             */
            type QueryClientCallback = (error: (Error|null), response?: isthmus.v1.QueryClientResponse) => void;

            /** Calls QueryClient. */
            type QueryClient = {
              (request: isthmus.v1.IQueryClientRequest, callback: isthmus.v1.Ledger.QueryClientCallback): void;
              (request: isthmus.v1.IQueryClientRequest): Promise<isthmus.v1.QueryClientResponse>;
              readonly name: "QueryClient";
              readonly path: "/isthmus.v1.Ledger/QueryClient";
              readonly requestType: "QueryClientRequest";
              readonly responseType: "QueryClientResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a GetChainInfoRequest.
         * @deprecated Use isthmus.v1.GetChainInfoRequest.$Properties instead.
         */
        interface IGetChainInfoRequest extends isthmus.v1.GetChainInfoRequest.$Properties {
        }

        /** Represents a GetChainInfoRequest. */
        class GetChainInfoRequest {

            /**
             * Constructs a new GetChainInfoRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetChainInfoRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetChainInfoRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetChainInfoRequest instance
             */
            static create(properties: isthmus.v1.GetChainInfoRequest.$Shape): isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape;
            static create(properties?: isthmus.v1.GetChainInfoRequest.$Properties): isthmus.v1.GetChainInfoRequest;

            /**
             * Encodes the specified GetChainInfoRequest message. Does not implicitly {@link isthmus.v1.GetChainInfoRequest.verify|verify} messages.
             * @param message GetChainInfoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetChainInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetChainInfoRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetChainInfoRequest.verify|verify} messages.
             * @param message GetChainInfoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetChainInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetChainInfoRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape} GetChainInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape;

            /**
             * Decodes a GetChainInfoRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape} GetChainInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetChainInfoRequest & isthmus.v1.GetChainInfoRequest.$Shape;

            /**
             * Verifies a GetChainInfoRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetChainInfoRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetChainInfoRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetChainInfoRequest;

            /**
             * Creates a plain object from a GetChainInfoRequest message. Also converts values to other types if specified.
             * @param message GetChainInfoRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetChainInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetChainInfoRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetChainInfoRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetChainInfoRequest {

            /** Properties of a GetChainInfoRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetChainInfoRequest. */
            type $Shape = isthmus.v1.GetChainInfoRequest.$Properties;
        }

        /**
         * Properties of a GetChainInfoResponse.
         * @deprecated Use isthmus.v1.GetChainInfoResponse.$Properties instead.
         */
        interface IGetChainInfoResponse extends isthmus.v1.GetChainInfoResponse.$Properties {
        }

        /** Represents a GetChainInfoResponse. */
        class GetChainInfoResponse {

            /**
             * Constructs a new GetChainInfoResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetChainInfoResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetChainInfoResponse chainId. */
            chainId: string;

            /** GetChainInfoResponse chainType. */
            chainType: string;

            /** GetChainInfoResponse clientType. */
            clientType: string;

            /** GetChainInfoResponse latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** GetChainInfoResponse latestTimeNs. */
            latestTimeNs: (number|Long);

            /**
             * Creates a new GetChainInfoResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetChainInfoResponse instance
             */
            static create(properties: isthmus.v1.GetChainInfoResponse.$Shape): isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape;
            static create(properties?: isthmus.v1.GetChainInfoResponse.$Properties): isthmus.v1.GetChainInfoResponse;

            /**
             * Encodes the specified GetChainInfoResponse message. Does not implicitly {@link isthmus.v1.GetChainInfoResponse.verify|verify} messages.
             * @param message GetChainInfoResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetChainInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetChainInfoResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetChainInfoResponse.verify|verify} messages.
             * @param message GetChainInfoResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetChainInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetChainInfoResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape} GetChainInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape;

            /**
             * Decodes a GetChainInfoResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape} GetChainInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetChainInfoResponse & isthmus.v1.GetChainInfoResponse.$Shape;

            /**
             * Verifies a GetChainInfoResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetChainInfoResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetChainInfoResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetChainInfoResponse;

            /**
             * Creates a plain object from a GetChainInfoResponse message. Also converts values to other types if specified.
             * @param message GetChainInfoResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetChainInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetChainInfoResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetChainInfoResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetChainInfoResponse {

            /** Properties of a GetChainInfoResponse. */
            interface $Properties {

                /** GetChainInfoResponse chainId */
                chainId?: (string|null);

                /** GetChainInfoResponse chainType */
                chainType?: (string|null);

                /** GetChainInfoResponse clientType */
                clientType?: (string|null);

                /** GetChainInfoResponse latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** GetChainInfoResponse latestTimeNs */
                latestTimeNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetChainInfoResponse. */
            type $Shape = isthmus.v1.GetChainInfoResponse.$Properties;
        }

        /**
         * Properties of a GetLatestHeightRequest.
         * @deprecated Use isthmus.v1.GetLatestHeightRequest.$Properties instead.
         */
        interface IGetLatestHeightRequest extends isthmus.v1.GetLatestHeightRequest.$Properties {
        }

        /** Represents a GetLatestHeightRequest. */
        class GetLatestHeightRequest {

            /**
             * Constructs a new GetLatestHeightRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetLatestHeightRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetLatestHeightRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetLatestHeightRequest instance
             */
            static create(properties: isthmus.v1.GetLatestHeightRequest.$Shape): isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape;
            static create(properties?: isthmus.v1.GetLatestHeightRequest.$Properties): isthmus.v1.GetLatestHeightRequest;

            /**
             * Encodes the specified GetLatestHeightRequest message. Does not implicitly {@link isthmus.v1.GetLatestHeightRequest.verify|verify} messages.
             * @param message GetLatestHeightRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetLatestHeightRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetLatestHeightRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetLatestHeightRequest.verify|verify} messages.
             * @param message GetLatestHeightRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetLatestHeightRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetLatestHeightRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape} GetLatestHeightRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape;

            /**
             * Decodes a GetLatestHeightRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape} GetLatestHeightRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetLatestHeightRequest & isthmus.v1.GetLatestHeightRequest.$Shape;

            /**
             * Verifies a GetLatestHeightRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetLatestHeightRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetLatestHeightRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetLatestHeightRequest;

            /**
             * Creates a plain object from a GetLatestHeightRequest message. Also converts values to other types if specified.
             * @param message GetLatestHeightRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetLatestHeightRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetLatestHeightRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetLatestHeightRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetLatestHeightRequest {

            /** Properties of a GetLatestHeightRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetLatestHeightRequest. */
            type $Shape = isthmus.v1.GetLatestHeightRequest.$Properties;
        }

        /**
         * Properties of a GetLatestHeightResponse.
         * @deprecated Use isthmus.v1.GetLatestHeightResponse.$Properties instead.
         */
        interface IGetLatestHeightResponse extends isthmus.v1.GetLatestHeightResponse.$Properties {
        }

        /** Represents a GetLatestHeightResponse. */
        class GetLatestHeightResponse {

            /**
             * Constructs a new GetLatestHeightResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetLatestHeightResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetLatestHeightResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** GetLatestHeightResponse timeNs. */
            timeNs: (number|Long);

            /**
             * Creates a new GetLatestHeightResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetLatestHeightResponse instance
             */
            static create(properties: isthmus.v1.GetLatestHeightResponse.$Shape): isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape;
            static create(properties?: isthmus.v1.GetLatestHeightResponse.$Properties): isthmus.v1.GetLatestHeightResponse;

            /**
             * Encodes the specified GetLatestHeightResponse message. Does not implicitly {@link isthmus.v1.GetLatestHeightResponse.verify|verify} messages.
             * @param message GetLatestHeightResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetLatestHeightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetLatestHeightResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetLatestHeightResponse.verify|verify} messages.
             * @param message GetLatestHeightResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetLatestHeightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetLatestHeightResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape} GetLatestHeightResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape;

            /**
             * Decodes a GetLatestHeightResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape} GetLatestHeightResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetLatestHeightResponse & isthmus.v1.GetLatestHeightResponse.$Shape;

            /**
             * Verifies a GetLatestHeightResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetLatestHeightResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetLatestHeightResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetLatestHeightResponse;

            /**
             * Creates a plain object from a GetLatestHeightResponse message. Also converts values to other types if specified.
             * @param message GetLatestHeightResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetLatestHeightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetLatestHeightResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetLatestHeightResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetLatestHeightResponse {

            /** Properties of a GetLatestHeightResponse. */
            interface $Properties {

                /** GetLatestHeightResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** GetLatestHeightResponse timeNs */
                timeNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetLatestHeightResponse. */
            type $Shape = isthmus.v1.GetLatestHeightResponse.$Properties;
        }

        /**
         * Properties of a GetClientMessageRequest.
         * @deprecated Use isthmus.v1.GetClientMessageRequest.$Properties instead.
         */
        interface IGetClientMessageRequest extends isthmus.v1.GetClientMessageRequest.$Properties {
        }

        /** Represents a GetClientMessageRequest. */
        class GetClientMessageRequest {

            /**
             * Constructs a new GetClientMessageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetClientMessageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetClientMessageRequest trustedHeight. */
            trustedHeight?: (isthmus.v1.Height.$Properties|null);

            /** GetClientMessageRequest targetHeight. */
            targetHeight?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new GetClientMessageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetClientMessageRequest instance
             */
            static create(properties: isthmus.v1.GetClientMessageRequest.$Shape): isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape;
            static create(properties?: isthmus.v1.GetClientMessageRequest.$Properties): isthmus.v1.GetClientMessageRequest;

            /**
             * Encodes the specified GetClientMessageRequest message. Does not implicitly {@link isthmus.v1.GetClientMessageRequest.verify|verify} messages.
             * @param message GetClientMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetClientMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetClientMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetClientMessageRequest.verify|verify} messages.
             * @param message GetClientMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetClientMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetClientMessageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape} GetClientMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape;

            /**
             * Decodes a GetClientMessageRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape} GetClientMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetClientMessageRequest & isthmus.v1.GetClientMessageRequest.$Shape;

            /**
             * Verifies a GetClientMessageRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetClientMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetClientMessageRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetClientMessageRequest;

            /**
             * Creates a plain object from a GetClientMessageRequest message. Also converts values to other types if specified.
             * @param message GetClientMessageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetClientMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetClientMessageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetClientMessageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClientMessageRequest {

            /** Properties of a GetClientMessageRequest. */
            interface $Properties {

                /** GetClientMessageRequest trustedHeight */
                trustedHeight?: (isthmus.v1.Height.$Properties|null);

                /** GetClientMessageRequest targetHeight */
                targetHeight?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetClientMessageRequest. */
            type $Shape = isthmus.v1.GetClientMessageRequest.$Properties;
        }

        /**
         * Properties of a GetClientMessageResponse.
         * @deprecated Use isthmus.v1.GetClientMessageResponse.$Properties instead.
         */
        interface IGetClientMessageResponse extends isthmus.v1.GetClientMessageResponse.$Properties {
        }

        /** Represents a GetClientMessageResponse. */
        class GetClientMessageResponse {

            /**
             * Constructs a new GetClientMessageResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetClientMessageResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetClientMessageResponse messages. */
            messages: isthmus.v1.ClientMessage.$Properties[];

            /** GetClientMessageResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new GetClientMessageResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetClientMessageResponse instance
             */
            static create(properties: isthmus.v1.GetClientMessageResponse.$Shape): isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape;
            static create(properties?: isthmus.v1.GetClientMessageResponse.$Properties): isthmus.v1.GetClientMessageResponse;

            /**
             * Encodes the specified GetClientMessageResponse message. Does not implicitly {@link isthmus.v1.GetClientMessageResponse.verify|verify} messages.
             * @param message GetClientMessageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetClientMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetClientMessageResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetClientMessageResponse.verify|verify} messages.
             * @param message GetClientMessageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetClientMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetClientMessageResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape} GetClientMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape;

            /**
             * Decodes a GetClientMessageResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape} GetClientMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetClientMessageResponse & isthmus.v1.GetClientMessageResponse.$Shape;

            /**
             * Verifies a GetClientMessageResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetClientMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetClientMessageResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetClientMessageResponse;

            /**
             * Creates a plain object from a GetClientMessageResponse message. Also converts values to other types if specified.
             * @param message GetClientMessageResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetClientMessageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetClientMessageResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetClientMessageResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClientMessageResponse {

            /** Properties of a GetClientMessageResponse. */
            interface $Properties {

                /** GetClientMessageResponse messages */
                messages?: (isthmus.v1.ClientMessage.$Properties[]|null);

                /** GetClientMessageResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetClientMessageResponse. */
            type $Shape = isthmus.v1.GetClientMessageResponse.$Properties;
        }

        /**
         * Properties of a StreamEventsRequest.
         * @deprecated Use isthmus.v1.StreamEventsRequest.$Properties instead.
         */
        interface IStreamEventsRequest extends isthmus.v1.StreamEventsRequest.$Properties {
        }

        /** Represents a StreamEventsRequest. */
        class StreamEventsRequest {

            /**
             * Constructs a new StreamEventsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.StreamEventsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamEventsRequest fromHeight. */
            fromHeight?: (isthmus.v1.Height.$Properties|null);

            /** StreamEventsRequest after. */
            after?: (isthmus.v1.EventCursor.$Properties|null);

            /** StreamEventsRequest kinds. */
            kinds: isthmus.v1.EventKind[];

            /** StreamEventsRequest follow. */
            follow: boolean;

            /**
             * Creates a new StreamEventsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamEventsRequest instance
             */
            static create(properties: isthmus.v1.StreamEventsRequest.$Shape): isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape;
            static create(properties?: isthmus.v1.StreamEventsRequest.$Properties): isthmus.v1.StreamEventsRequest;

            /**
             * Encodes the specified StreamEventsRequest message. Does not implicitly {@link isthmus.v1.StreamEventsRequest.verify|verify} messages.
             * @param message StreamEventsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.StreamEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamEventsRequest message, length delimited. Does not implicitly {@link isthmus.v1.StreamEventsRequest.verify|verify} messages.
             * @param message StreamEventsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.StreamEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamEventsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape} StreamEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape;

            /**
             * Decodes a StreamEventsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape} StreamEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.StreamEventsRequest & isthmus.v1.StreamEventsRequest.$Shape;

            /**
             * Verifies a StreamEventsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamEventsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamEventsRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.StreamEventsRequest;

            /**
             * Creates a plain object from a StreamEventsRequest message. Also converts values to other types if specified.
             * @param message StreamEventsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.StreamEventsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamEventsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamEventsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamEventsRequest {

            /** Properties of a StreamEventsRequest. */
            interface $Properties {

                /** StreamEventsRequest fromHeight */
                fromHeight?: (isthmus.v1.Height.$Properties|null);

                /** StreamEventsRequest after */
                after?: (isthmus.v1.EventCursor.$Properties|null);

                /** StreamEventsRequest kinds */
                kinds?: (isthmus.v1.EventKind[]|null);

                /** StreamEventsRequest follow */
                follow?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamEventsRequest. */
            type $Shape = isthmus.v1.StreamEventsRequest.$Properties;
        }

        /**
         * Properties of a StreamEventsResponse.
         * @deprecated Use isthmus.v1.StreamEventsResponse.$Properties instead.
         */
        interface IStreamEventsResponse extends isthmus.v1.StreamEventsResponse.$Properties {
        }

        /** Represents a StreamEventsResponse. */
        class StreamEventsResponse {

            /**
             * Constructs a new StreamEventsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.StreamEventsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamEventsResponse event. */
            event?: (isthmus.v1.ChainEvent.$Properties|null);

            /** StreamEventsResponse checkpoint. */
            checkpoint?: (isthmus.v1.Height.$Properties|null);

            /** StreamEventsResponse item. */
            item?: ("event"|"checkpoint");

            /**
             * Creates a new StreamEventsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamEventsResponse instance
             */
            static create(properties: isthmus.v1.StreamEventsResponse.$Shape): isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape;
            static create(properties?: isthmus.v1.StreamEventsResponse.$Properties): isthmus.v1.StreamEventsResponse;

            /**
             * Encodes the specified StreamEventsResponse message. Does not implicitly {@link isthmus.v1.StreamEventsResponse.verify|verify} messages.
             * @param message StreamEventsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.StreamEventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamEventsResponse message, length delimited. Does not implicitly {@link isthmus.v1.StreamEventsResponse.verify|verify} messages.
             * @param message StreamEventsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.StreamEventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamEventsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape} StreamEventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape;

            /**
             * Decodes a StreamEventsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape} StreamEventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.StreamEventsResponse & isthmus.v1.StreamEventsResponse.$Shape;

            /**
             * Verifies a StreamEventsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamEventsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamEventsResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.StreamEventsResponse;

            /**
             * Creates a plain object from a StreamEventsResponse message. Also converts values to other types if specified.
             * @param message StreamEventsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.StreamEventsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamEventsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamEventsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamEventsResponse {

            /** Properties of a StreamEventsResponse. */
            interface $Properties {

                /** StreamEventsResponse event */
                event?: (isthmus.v1.ChainEvent.$Properties|null);

                /** StreamEventsResponse checkpoint */
                checkpoint?: (isthmus.v1.Height.$Properties|null);

                /** StreamEventsResponse item */
                item?: ("event"|"checkpoint");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a StreamEventsResponse. */
            type $Shape = {
              event?: isthmus.v1.ChainEvent.$Shape|null;
              checkpoint?: isthmus.v1.Height.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ item?: undefined; event?: null; checkpoint?: null }|{ item?: "event"; event: isthmus.v1.ChainEvent.$Shape; checkpoint?: null }|{ item?: "checkpoint"; event?: null; checkpoint: isthmus.v1.Height.$Shape })
            );
        }

        /**
         * Properties of a QueryProofRequest.
         * @deprecated Use isthmus.v1.QueryProofRequest.$Properties instead.
         */
        interface IQueryProofRequest extends isthmus.v1.QueryProofRequest.$Properties {
        }

        /** Represents a QueryProofRequest. */
        class QueryProofRequest {

            /**
             * Constructs a new QueryProofRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryProofRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryProofRequest path. */
            path: string;

            /** QueryProofRequest height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new QueryProofRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryProofRequest instance
             */
            static create(properties: isthmus.v1.QueryProofRequest.$Shape): isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape;
            static create(properties?: isthmus.v1.QueryProofRequest.$Properties): isthmus.v1.QueryProofRequest;

            /**
             * Encodes the specified QueryProofRequest message. Does not implicitly {@link isthmus.v1.QueryProofRequest.verify|verify} messages.
             * @param message QueryProofRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryProofRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryProofRequest.verify|verify} messages.
             * @param message QueryProofRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryProofRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape} QueryProofRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape;

            /**
             * Decodes a QueryProofRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape} QueryProofRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryProofRequest & isthmus.v1.QueryProofRequest.$Shape;

            /**
             * Verifies a QueryProofRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryProofRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryProofRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryProofRequest;

            /**
             * Creates a plain object from a QueryProofRequest message. Also converts values to other types if specified.
             * @param message QueryProofRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryProofRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryProofRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryProofRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryProofRequest {

            /** Properties of a QueryProofRequest. */
            interface $Properties {

                /** QueryProofRequest path */
                path?: (string|null);

                /** QueryProofRequest height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryProofRequest. */
            type $Shape = isthmus.v1.QueryProofRequest.$Properties;
        }

        /**
         * Properties of a QueryProofResponse.
         * @deprecated Use isthmus.v1.QueryProofResponse.$Properties instead.
         */
        interface IQueryProofResponse extends isthmus.v1.QueryProofResponse.$Properties {
        }

        /** Represents a QueryProofResponse. */
        class QueryProofResponse {

            /**
             * Constructs a new QueryProofResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryProofResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryProofResponse value. */
            value: Uint8Array;

            /** QueryProofResponse exists. */
            exists: boolean;

            /** QueryProofResponse proof. */
            proof?: (isthmus.v1.Proof.$Properties|null);

            /** QueryProofResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new QueryProofResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryProofResponse instance
             */
            static create(properties: isthmus.v1.QueryProofResponse.$Shape): isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape;
            static create(properties?: isthmus.v1.QueryProofResponse.$Properties): isthmus.v1.QueryProofResponse;

            /**
             * Encodes the specified QueryProofResponse message. Does not implicitly {@link isthmus.v1.QueryProofResponse.verify|verify} messages.
             * @param message QueryProofResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryProofResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryProofResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryProofResponse.verify|verify} messages.
             * @param message QueryProofResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryProofResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryProofResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape} QueryProofResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape;

            /**
             * Decodes a QueryProofResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape} QueryProofResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryProofResponse & isthmus.v1.QueryProofResponse.$Shape;

            /**
             * Verifies a QueryProofResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryProofResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryProofResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryProofResponse;

            /**
             * Creates a plain object from a QueryProofResponse message. Also converts values to other types if specified.
             * @param message QueryProofResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryProofResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryProofResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryProofResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryProofResponse {

            /** Properties of a QueryProofResponse. */
            interface $Properties {

                /** QueryProofResponse value */
                value?: (Uint8Array|null);

                /** QueryProofResponse exists */
                exists?: (boolean|null);

                /** QueryProofResponse proof */
                proof?: (isthmus.v1.Proof.$Properties|null);

                /** QueryProofResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryProofResponse. */
            type $Shape = isthmus.v1.QueryProofResponse.$Properties;
        }

        /**
         * Properties of a SubmitRequest.
         * @deprecated Use isthmus.v1.SubmitRequest.$Properties instead.
         */
        interface ISubmitRequest extends isthmus.v1.SubmitRequest.$Properties {
        }

        /** Represents a SubmitRequest. */
        class SubmitRequest {

            /**
             * Constructs a new SubmitRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SubmitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitRequest messages. */
            messages: isthmus.v1.Msg.$Properties[];

            /** SubmitRequest memo. */
            memo: string;

            /**
             * Creates a new SubmitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitRequest instance
             */
            static create(properties: isthmus.v1.SubmitRequest.$Shape): isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape;
            static create(properties?: isthmus.v1.SubmitRequest.$Properties): isthmus.v1.SubmitRequest;

            /**
             * Encodes the specified SubmitRequest message. Does not implicitly {@link isthmus.v1.SubmitRequest.verify|verify} messages.
             * @param message SubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitRequest message, length delimited. Does not implicitly {@link isthmus.v1.SubmitRequest.verify|verify} messages.
             * @param message SubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape;

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SubmitRequest & isthmus.v1.SubmitRequest.$Shape;

            /**
             * Verifies a SubmitRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SubmitRequest;

            /**
             * Creates a plain object from a SubmitRequest message. Also converts values to other types if specified.
             * @param message SubmitRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SubmitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitRequest {

            /** Properties of a SubmitRequest. */
            interface $Properties {

                /** SubmitRequest messages */
                messages?: (isthmus.v1.Msg.$Properties[]|null);

                /** SubmitRequest memo */
                memo?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitRequest. */
            type $Shape = {
              messages?: isthmus.v1.Msg.$Shape[]|null;
              memo?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Msg.
         * @deprecated Use isthmus.v1.Msg.$Properties instead.
         */
        interface IMsg extends isthmus.v1.Msg.$Properties {
        }

        /** Represents a Msg. */
        class Msg {

            /**
             * Constructs a new Msg.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Msg.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Msg createClient. */
            createClient?: (isthmus.v1.CreateClient.$Properties|null);

            /** Msg updateClient. */
            updateClient?: (isthmus.v1.UpdateClient.$Properties|null);

            /** Msg submitMisbehaviour. */
            submitMisbehaviour?: (isthmus.v1.SubmitMisbehaviour.$Properties|null);

            /** Msg sendPacket. */
            sendPacket?: (isthmus.v1.SendPacket.$Properties|null);

            /** Msg recvPacket. */
            recvPacket?: (isthmus.v1.RecvPacket.$Properties|null);

            /** Msg acknowledgePacket. */
            acknowledgePacket?: (isthmus.v1.AcknowledgePacket.$Properties|null);

            /** Msg timeoutPacket. */
            timeoutPacket?: (isthmus.v1.TimeoutPacket.$Properties|null);

            /** Msg setValidators. */
            setValidators?: (isthmus.v1.SetValidators.$Properties|null);

            /** Msg openChannel. */
            openChannel?: (isthmus.v1.OpenChannel.$Properties|null);

            /** Msg notarize. */
            notarize?: (isthmus.v1.Notarize.$Properties|null);

            /** Msg kind. */
            kind?: ("createClient"|"updateClient"|"submitMisbehaviour"|"sendPacket"|"recvPacket"|"acknowledgePacket"|"timeoutPacket"|"setValidators"|"openChannel"|"notarize");

            /**
             * Creates a new Msg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Msg instance
             */
            static create(properties: isthmus.v1.Msg.$Shape): isthmus.v1.Msg & isthmus.v1.Msg.$Shape;
            static create(properties?: isthmus.v1.Msg.$Properties): isthmus.v1.Msg;

            /**
             * Encodes the specified Msg message. Does not implicitly {@link isthmus.v1.Msg.verify|verify} messages.
             * @param message Msg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Msg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Msg message, length delimited. Does not implicitly {@link isthmus.v1.Msg.verify|verify} messages.
             * @param message Msg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Msg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Msg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Msg & isthmus.v1.Msg.$Shape} Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Msg & isthmus.v1.Msg.$Shape;

            /**
             * Decodes a Msg message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Msg & isthmus.v1.Msg.$Shape} Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Msg & isthmus.v1.Msg.$Shape;

            /**
             * Verifies a Msg message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Msg message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Msg
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Msg;

            /**
             * Creates a plain object from a Msg message. Also converts values to other types if specified.
             * @param message Msg
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Msg, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Msg to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Msg
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Msg {

            /** Properties of a Msg. */
            interface $Properties {

                /** Msg createClient */
                createClient?: (isthmus.v1.CreateClient.$Properties|null);

                /** Msg updateClient */
                updateClient?: (isthmus.v1.UpdateClient.$Properties|null);

                /** Msg submitMisbehaviour */
                submitMisbehaviour?: (isthmus.v1.SubmitMisbehaviour.$Properties|null);

                /** Msg sendPacket */
                sendPacket?: (isthmus.v1.SendPacket.$Properties|null);

                /** Msg recvPacket */
                recvPacket?: (isthmus.v1.RecvPacket.$Properties|null);

                /** Msg acknowledgePacket */
                acknowledgePacket?: (isthmus.v1.AcknowledgePacket.$Properties|null);

                /** Msg timeoutPacket */
                timeoutPacket?: (isthmus.v1.TimeoutPacket.$Properties|null);

                /** Msg setValidators */
                setValidators?: (isthmus.v1.SetValidators.$Properties|null);

                /** Msg openChannel */
                openChannel?: (isthmus.v1.OpenChannel.$Properties|null);

                /** Msg notarize */
                notarize?: (isthmus.v1.Notarize.$Properties|null);

                /** Msg kind */
                kind?: ("createClient"|"updateClient"|"submitMisbehaviour"|"sendPacket"|"recvPacket"|"acknowledgePacket"|"timeoutPacket"|"setValidators"|"openChannel"|"notarize");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Msg. */
            type $Shape = {
              createClient?: isthmus.v1.CreateClient.$Shape|null;
              updateClient?: isthmus.v1.UpdateClient.$Shape|null;
              submitMisbehaviour?: isthmus.v1.SubmitMisbehaviour.$Shape|null;
              sendPacket?: isthmus.v1.SendPacket.$Shape|null;
              recvPacket?: isthmus.v1.RecvPacket.$Shape|null;
              acknowledgePacket?: isthmus.v1.AcknowledgePacket.$Shape|null;
              timeoutPacket?: isthmus.v1.TimeoutPacket.$Shape|null;
              setValidators?: isthmus.v1.SetValidators.$Shape|null;
              openChannel?: isthmus.v1.OpenChannel.$Shape|null;
              notarize?: isthmus.v1.Notarize.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "createClient"; createClient: isthmus.v1.CreateClient.$Shape; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "updateClient"; createClient?: null; updateClient: isthmus.v1.UpdateClient.$Shape; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "submitMisbehaviour"; createClient?: null; updateClient?: null; submitMisbehaviour: isthmus.v1.SubmitMisbehaviour.$Shape; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "sendPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket: isthmus.v1.SendPacket.$Shape; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "recvPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket: isthmus.v1.RecvPacket.$Shape; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "acknowledgePacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket: isthmus.v1.AcknowledgePacket.$Shape; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "timeoutPacket"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket: isthmus.v1.TimeoutPacket.$Shape; setValidators?: null; openChannel?: null; notarize?: null }|{ kind?: "setValidators"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators: isthmus.v1.SetValidators.$Shape; openChannel?: null; notarize?: null }|{ kind?: "openChannel"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel: isthmus.v1.OpenChannel.$Shape; notarize?: null }|{ kind?: "notarize"; createClient?: null; updateClient?: null; submitMisbehaviour?: null; sendPacket?: null; recvPacket?: null; acknowledgePacket?: null; timeoutPacket?: null; setValidators?: null; openChannel?: null; notarize: isthmus.v1.Notarize.$Shape })
            );
        }

        /**
         * Properties of a CreateClient.
         * @deprecated Use isthmus.v1.CreateClient.$Properties instead.
         */
        interface ICreateClient extends isthmus.v1.CreateClient.$Properties {
        }

        /** Represents a CreateClient. */
        class CreateClient {

            /**
             * Constructs a new CreateClient.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.CreateClient.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateClient clientType. */
            clientType: string;

            /** CreateClient clientState. */
            clientState: Uint8Array;

            /** CreateClient consensusState. */
            consensusState: Uint8Array;

            /**
             * Creates a new CreateClient instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateClient instance
             */
            static create(properties: isthmus.v1.CreateClient.$Shape): isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape;
            static create(properties?: isthmus.v1.CreateClient.$Properties): isthmus.v1.CreateClient;

            /**
             * Encodes the specified CreateClient message. Does not implicitly {@link isthmus.v1.CreateClient.verify|verify} messages.
             * @param message CreateClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.CreateClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CreateClient message, length delimited. Does not implicitly {@link isthmus.v1.CreateClient.verify|verify} messages.
             * @param message CreateClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.CreateClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateClient message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape} CreateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape;

            /**
             * Decodes a CreateClient message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape} CreateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.CreateClient & isthmus.v1.CreateClient.$Shape;

            /**
             * Verifies a CreateClient message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateClient message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateClient
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.CreateClient;

            /**
             * Creates a plain object from a CreateClient message. Also converts values to other types if specified.
             * @param message CreateClient
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.CreateClient, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateClient to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateClient
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateClient {

            /** Properties of a CreateClient. */
            interface $Properties {

                /** CreateClient clientType */
                clientType?: (string|null);

                /** CreateClient clientState */
                clientState?: (Uint8Array|null);

                /** CreateClient consensusState */
                consensusState?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateClient. */
            type $Shape = isthmus.v1.CreateClient.$Properties;
        }

        /**
         * Properties of an UpdateClient.
         * @deprecated Use isthmus.v1.UpdateClient.$Properties instead.
         */
        interface IUpdateClient extends isthmus.v1.UpdateClient.$Properties {
        }

        /** Represents an UpdateClient. */
        class UpdateClient {

            /**
             * Constructs a new UpdateClient.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.UpdateClient.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateClient clientId. */
            clientId: string;

            /** UpdateClient message. */
            message?: (isthmus.v1.ClientMessage.$Properties|null);

            /**
             * Creates a new UpdateClient instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateClient instance
             */
            static create(properties: isthmus.v1.UpdateClient.$Shape): isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape;
            static create(properties?: isthmus.v1.UpdateClient.$Properties): isthmus.v1.UpdateClient;

            /**
             * Encodes the specified UpdateClient message. Does not implicitly {@link isthmus.v1.UpdateClient.verify|verify} messages.
             * @param message UpdateClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.UpdateClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UpdateClient message, length delimited. Does not implicitly {@link isthmus.v1.UpdateClient.verify|verify} messages.
             * @param message UpdateClient message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.UpdateClient.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateClient message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape} UpdateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape;

            /**
             * Decodes an UpdateClient message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape} UpdateClient
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.UpdateClient & isthmus.v1.UpdateClient.$Shape;

            /**
             * Verifies an UpdateClient message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateClient message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateClient
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.UpdateClient;

            /**
             * Creates a plain object from an UpdateClient message. Also converts values to other types if specified.
             * @param message UpdateClient
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.UpdateClient, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateClient to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateClient
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateClient {

            /** Properties of an UpdateClient. */
            interface $Properties {

                /** UpdateClient clientId */
                clientId?: (string|null);

                /** UpdateClient message */
                message?: (isthmus.v1.ClientMessage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateClient. */
            type $Shape = isthmus.v1.UpdateClient.$Properties;
        }

        /**
         * Properties of a SubmitMisbehaviour.
         * @deprecated Use isthmus.v1.SubmitMisbehaviour.$Properties instead.
         */
        interface ISubmitMisbehaviour extends isthmus.v1.SubmitMisbehaviour.$Properties {
        }

        /** Represents a SubmitMisbehaviour. */
        class SubmitMisbehaviour {

            /**
             * Constructs a new SubmitMisbehaviour.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SubmitMisbehaviour.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitMisbehaviour clientId. */
            clientId: string;

            /** SubmitMisbehaviour misbehaviour. */
            misbehaviour?: (isthmus.v1.ClientMessage.$Properties|null);

            /**
             * Creates a new SubmitMisbehaviour instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitMisbehaviour instance
             */
            static create(properties: isthmus.v1.SubmitMisbehaviour.$Shape): isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape;
            static create(properties?: isthmus.v1.SubmitMisbehaviour.$Properties): isthmus.v1.SubmitMisbehaviour;

            /**
             * Encodes the specified SubmitMisbehaviour message. Does not implicitly {@link isthmus.v1.SubmitMisbehaviour.verify|verify} messages.
             * @param message SubmitMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SubmitMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitMisbehaviour message, length delimited. Does not implicitly {@link isthmus.v1.SubmitMisbehaviour.verify|verify} messages.
             * @param message SubmitMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SubmitMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitMisbehaviour message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape} SubmitMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape;

            /**
             * Decodes a SubmitMisbehaviour message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape} SubmitMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SubmitMisbehaviour & isthmus.v1.SubmitMisbehaviour.$Shape;

            /**
             * Verifies a SubmitMisbehaviour message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitMisbehaviour message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitMisbehaviour
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SubmitMisbehaviour;

            /**
             * Creates a plain object from a SubmitMisbehaviour message. Also converts values to other types if specified.
             * @param message SubmitMisbehaviour
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SubmitMisbehaviour, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitMisbehaviour to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitMisbehaviour
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitMisbehaviour {

            /** Properties of a SubmitMisbehaviour. */
            interface $Properties {

                /** SubmitMisbehaviour clientId */
                clientId?: (string|null);

                /** SubmitMisbehaviour misbehaviour */
                misbehaviour?: (isthmus.v1.ClientMessage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitMisbehaviour. */
            type $Shape = isthmus.v1.SubmitMisbehaviour.$Properties;
        }

        /**
         * Properties of a SendPacket.
         * @deprecated Use isthmus.v1.SendPacket.$Properties instead.
         */
        interface ISendPacket extends isthmus.v1.SendPacket.$Properties {
        }

        /** Represents a SendPacket. */
        class SendPacket {

            /**
             * Constructs a new SendPacket.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SendPacket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendPacket sourceChannel. */
            sourceChannel: string;

            /** SendPacket app. */
            app: string;

            /** SendPacket payload. */
            payload: Uint8Array;

            /** SendPacket timeoutHeight. */
            timeoutHeight?: (isthmus.v1.Height.$Properties|null);

            /** SendPacket timeoutTimestampNs. */
            timeoutTimestampNs: (number|Long);

            /**
             * Creates a new SendPacket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendPacket instance
             */
            static create(properties: isthmus.v1.SendPacket.$Shape): isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape;
            static create(properties?: isthmus.v1.SendPacket.$Properties): isthmus.v1.SendPacket;

            /**
             * Encodes the specified SendPacket message. Does not implicitly {@link isthmus.v1.SendPacket.verify|verify} messages.
             * @param message SendPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SendPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendPacket message, length delimited. Does not implicitly {@link isthmus.v1.SendPacket.verify|verify} messages.
             * @param message SendPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SendPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendPacket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape} SendPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape;

            /**
             * Decodes a SendPacket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape} SendPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SendPacket & isthmus.v1.SendPacket.$Shape;

            /**
             * Verifies a SendPacket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendPacket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendPacket
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SendPacket;

            /**
             * Creates a plain object from a SendPacket message. Also converts values to other types if specified.
             * @param message SendPacket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SendPacket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendPacket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendPacket
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendPacket {

            /** Properties of a SendPacket. */
            interface $Properties {

                /** SendPacket sourceChannel */
                sourceChannel?: (string|null);

                /** SendPacket app */
                app?: (string|null);

                /** SendPacket payload */
                payload?: (Uint8Array|null);

                /** SendPacket timeoutHeight */
                timeoutHeight?: (isthmus.v1.Height.$Properties|null);

                /** SendPacket timeoutTimestampNs */
                timeoutTimestampNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendPacket. */
            type $Shape = isthmus.v1.SendPacket.$Properties;
        }

        /**
         * Properties of a RecvPacket.
         * @deprecated Use isthmus.v1.RecvPacket.$Properties instead.
         */
        interface IRecvPacket extends isthmus.v1.RecvPacket.$Properties {
        }

        /** Represents a RecvPacket. */
        class RecvPacket {

            /**
             * Constructs a new RecvPacket.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.RecvPacket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecvPacket packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** RecvPacket proofCommitment. */
            proofCommitment?: (isthmus.v1.Proof.$Properties|null);

            /**
             * Creates a new RecvPacket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecvPacket instance
             */
            static create(properties: isthmus.v1.RecvPacket.$Shape): isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape;
            static create(properties?: isthmus.v1.RecvPacket.$Properties): isthmus.v1.RecvPacket;

            /**
             * Encodes the specified RecvPacket message. Does not implicitly {@link isthmus.v1.RecvPacket.verify|verify} messages.
             * @param message RecvPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.RecvPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RecvPacket message, length delimited. Does not implicitly {@link isthmus.v1.RecvPacket.verify|verify} messages.
             * @param message RecvPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.RecvPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecvPacket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape} RecvPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape;

            /**
             * Decodes a RecvPacket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape} RecvPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.RecvPacket & isthmus.v1.RecvPacket.$Shape;

            /**
             * Verifies a RecvPacket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecvPacket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecvPacket
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.RecvPacket;

            /**
             * Creates a plain object from a RecvPacket message. Also converts values to other types if specified.
             * @param message RecvPacket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.RecvPacket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecvPacket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecvPacket
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecvPacket {

            /** Properties of a RecvPacket. */
            interface $Properties {

                /** RecvPacket packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** RecvPacket proofCommitment */
                proofCommitment?: (isthmus.v1.Proof.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecvPacket. */
            type $Shape = isthmus.v1.RecvPacket.$Properties;
        }

        /**
         * Properties of an AcknowledgePacket.
         * @deprecated Use isthmus.v1.AcknowledgePacket.$Properties instead.
         */
        interface IAcknowledgePacket extends isthmus.v1.AcknowledgePacket.$Properties {
        }

        /** Represents an AcknowledgePacket. */
        class AcknowledgePacket {

            /**
             * Constructs a new AcknowledgePacket.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.AcknowledgePacket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AcknowledgePacket packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** AcknowledgePacket acknowledgement. */
            acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

            /** AcknowledgePacket proofAcked. */
            proofAcked?: (isthmus.v1.Proof.$Properties|null);

            /**
             * Creates a new AcknowledgePacket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcknowledgePacket instance
             */
            static create(properties: isthmus.v1.AcknowledgePacket.$Shape): isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape;
            static create(properties?: isthmus.v1.AcknowledgePacket.$Properties): isthmus.v1.AcknowledgePacket;

            /**
             * Encodes the specified AcknowledgePacket message. Does not implicitly {@link isthmus.v1.AcknowledgePacket.verify|verify} messages.
             * @param message AcknowledgePacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.AcknowledgePacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AcknowledgePacket message, length delimited. Does not implicitly {@link isthmus.v1.AcknowledgePacket.verify|verify} messages.
             * @param message AcknowledgePacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.AcknowledgePacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcknowledgePacket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape} AcknowledgePacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape;

            /**
             * Decodes an AcknowledgePacket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape} AcknowledgePacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.AcknowledgePacket & isthmus.v1.AcknowledgePacket.$Shape;

            /**
             * Verifies an AcknowledgePacket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AcknowledgePacket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AcknowledgePacket
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.AcknowledgePacket;

            /**
             * Creates a plain object from an AcknowledgePacket message. Also converts values to other types if specified.
             * @param message AcknowledgePacket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.AcknowledgePacket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AcknowledgePacket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AcknowledgePacket
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AcknowledgePacket {

            /** Properties of an AcknowledgePacket. */
            interface $Properties {

                /** AcknowledgePacket packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** AcknowledgePacket acknowledgement */
                acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

                /** AcknowledgePacket proofAcked */
                proofAcked?: (isthmus.v1.Proof.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AcknowledgePacket. */
            type $Shape = {
              packet?: isthmus.v1.Packet.$Shape|null;
              acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
              proofAcked?: isthmus.v1.Proof.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TimeoutPacket.
         * @deprecated Use isthmus.v1.TimeoutPacket.$Properties instead.
         */
        interface ITimeoutPacket extends isthmus.v1.TimeoutPacket.$Properties {
        }

        /** Represents a TimeoutPacket. */
        class TimeoutPacket {

            /**
             * Constructs a new TimeoutPacket.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.TimeoutPacket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeoutPacket packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** TimeoutPacket proofUnreceived. */
            proofUnreceived?: (isthmus.v1.Proof.$Properties|null);

            /** TimeoutPacket nextSequenceRecv. */
            nextSequenceRecv: (number|Long);

            /**
             * Creates a new TimeoutPacket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeoutPacket instance
             */
            static create(properties: isthmus.v1.TimeoutPacket.$Shape): isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape;
            static create(properties?: isthmus.v1.TimeoutPacket.$Properties): isthmus.v1.TimeoutPacket;

            /**
             * Encodes the specified TimeoutPacket message. Does not implicitly {@link isthmus.v1.TimeoutPacket.verify|verify} messages.
             * @param message TimeoutPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.TimeoutPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimeoutPacket message, length delimited. Does not implicitly {@link isthmus.v1.TimeoutPacket.verify|verify} messages.
             * @param message TimeoutPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.TimeoutPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeoutPacket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape} TimeoutPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape;

            /**
             * Decodes a TimeoutPacket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape} TimeoutPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.TimeoutPacket & isthmus.v1.TimeoutPacket.$Shape;

            /**
             * Verifies a TimeoutPacket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeoutPacket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimeoutPacket
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.TimeoutPacket;

            /**
             * Creates a plain object from a TimeoutPacket message. Also converts values to other types if specified.
             * @param message TimeoutPacket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.TimeoutPacket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeoutPacket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimeoutPacket
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeoutPacket {

            /** Properties of a TimeoutPacket. */
            interface $Properties {

                /** TimeoutPacket packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** TimeoutPacket proofUnreceived */
                proofUnreceived?: (isthmus.v1.Proof.$Properties|null);

                /** TimeoutPacket nextSequenceRecv */
                nextSequenceRecv?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeoutPacket. */
            type $Shape = isthmus.v1.TimeoutPacket.$Properties;
        }

        /**
         * Properties of a SetValidators.
         * @deprecated Use isthmus.v1.SetValidators.$Properties instead.
         */
        interface ISetValidators extends isthmus.v1.SetValidators.$Properties {
        }

        /** Represents a SetValidators. */
        class SetValidators {

            /**
             * Constructs a new SetValidators.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SetValidators.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetValidators updates. */
            updates: isthmus.v1.ValidatorPower.$Properties[];

            /**
             * Creates a new SetValidators instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetValidators instance
             */
            static create(properties: isthmus.v1.SetValidators.$Shape): isthmus.v1.SetValidators & isthmus.v1.SetValidators.$Shape;
            static create(properties?: isthmus.v1.SetValidators.$Properties): isthmus.v1.SetValidators;

            /**
             * Encodes the specified SetValidators message. Does not implicitly {@link isthmus.v1.SetValidators.verify|verify} messages.
             * @param message SetValidators message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SetValidators.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetValidators message, length delimited. Does not implicitly {@link isthmus.v1.SetValidators.verify|verify} messages.
             * @param message SetValidators message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SetValidators.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetValidators message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SetValidators & isthmus.v1.SetValidators.$Shape} SetValidators
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SetValidators & isthmus.v1.SetValidators.$Shape;

            /**
             * Decodes a SetValidators message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SetValidators & isthmus.v1.SetValidators.$Shape} SetValidators
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SetValidators & isthmus.v1.SetValidators.$Shape;

            /**
             * Verifies a SetValidators message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetValidators message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetValidators
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SetValidators;

            /**
             * Creates a plain object from a SetValidators message. Also converts values to other types if specified.
             * @param message SetValidators
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SetValidators, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetValidators to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetValidators
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetValidators {

            /** Properties of a SetValidators. */
            interface $Properties {

                /** SetValidators updates */
                updates?: (isthmus.v1.ValidatorPower.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetValidators. */
            type $Shape = isthmus.v1.SetValidators.$Properties;
        }

        /**
         * Properties of a ValidatorPower.
         * @deprecated Use isthmus.v1.ValidatorPower.$Properties instead.
         */
        interface IValidatorPower extends isthmus.v1.ValidatorPower.$Properties {
        }

        /** Represents a ValidatorPower. */
        class ValidatorPower {

            /**
             * Constructs a new ValidatorPower.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ValidatorPower.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValidatorPower ed25519PubKey. */
            ed25519PubKey: Uint8Array;

            /** ValidatorPower power. */
            power: (number|Long);

            /**
             * Creates a new ValidatorPower instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidatorPower instance
             */
            static create(properties: isthmus.v1.ValidatorPower.$Shape): isthmus.v1.ValidatorPower & isthmus.v1.ValidatorPower.$Shape;
            static create(properties?: isthmus.v1.ValidatorPower.$Properties): isthmus.v1.ValidatorPower;

            /**
             * Encodes the specified ValidatorPower message. Does not implicitly {@link isthmus.v1.ValidatorPower.verify|verify} messages.
             * @param message ValidatorPower message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ValidatorPower.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidatorPower message, length delimited. Does not implicitly {@link isthmus.v1.ValidatorPower.verify|verify} messages.
             * @param message ValidatorPower message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ValidatorPower.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidatorPower message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ValidatorPower & isthmus.v1.ValidatorPower.$Shape} ValidatorPower
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ValidatorPower & isthmus.v1.ValidatorPower.$Shape;

            /**
             * Decodes a ValidatorPower message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ValidatorPower & isthmus.v1.ValidatorPower.$Shape} ValidatorPower
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ValidatorPower & isthmus.v1.ValidatorPower.$Shape;

            /**
             * Verifies a ValidatorPower message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValidatorPower message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValidatorPower
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ValidatorPower;

            /**
             * Creates a plain object from a ValidatorPower message. Also converts values to other types if specified.
             * @param message ValidatorPower
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ValidatorPower, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValidatorPower to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValidatorPower
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValidatorPower {

            /** Properties of a ValidatorPower. */
            interface $Properties {

                /** ValidatorPower ed25519PubKey */
                ed25519PubKey?: (Uint8Array|null);

                /** ValidatorPower power */
                power?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValidatorPower. */
            type $Shape = isthmus.v1.ValidatorPower.$Properties;
        }

        /**
         * Properties of an OpenChannel.
         * @deprecated Use isthmus.v1.OpenChannel.$Properties instead.
         */
        interface IOpenChannel extends isthmus.v1.OpenChannel.$Properties {
        }

        /** Represents an OpenChannel. */
        class OpenChannel {

            /**
             * Constructs a new OpenChannel.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.OpenChannel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OpenChannel app. */
            app: string;

            /** OpenChannel counterpartyChainId. */
            counterpartyChainId: string;

            /** OpenChannel counterpartyChannelId. */
            counterpartyChannelId: string;

            /** OpenChannel clientId. */
            clientId: string;

            /** OpenChannel ordering. */
            ordering: isthmus.v1.Ordering;

            /**
             * Creates a new OpenChannel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenChannel instance
             */
            static create(properties: isthmus.v1.OpenChannel.$Shape): isthmus.v1.OpenChannel & isthmus.v1.OpenChannel.$Shape;
            static create(properties?: isthmus.v1.OpenChannel.$Properties): isthmus.v1.OpenChannel;

            /**
             * Encodes the specified OpenChannel message. Does not implicitly {@link isthmus.v1.OpenChannel.verify|verify} messages.
             * @param message OpenChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.OpenChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OpenChannel message, length delimited. Does not implicitly {@link isthmus.v1.OpenChannel.verify|verify} messages.
             * @param message OpenChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.OpenChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenChannel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.OpenChannel & isthmus.v1.OpenChannel.$Shape} OpenChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.OpenChannel & isthmus.v1.OpenChannel.$Shape;

            /**
             * Decodes an OpenChannel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.OpenChannel & isthmus.v1.OpenChannel.$Shape} OpenChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.OpenChannel & isthmus.v1.OpenChannel.$Shape;

            /**
             * Verifies an OpenChannel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OpenChannel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OpenChannel
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.OpenChannel;

            /**
             * Creates a plain object from an OpenChannel message. Also converts values to other types if specified.
             * @param message OpenChannel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.OpenChannel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpenChannel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OpenChannel
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OpenChannel {

            /** Properties of an OpenChannel. */
            interface $Properties {

                /** OpenChannel app */
                app?: (string|null);

                /** OpenChannel counterpartyChainId */
                counterpartyChainId?: (string|null);

                /** OpenChannel counterpartyChannelId */
                counterpartyChannelId?: (string|null);

                /** OpenChannel clientId */
                clientId?: (string|null);

                /** OpenChannel ordering */
                ordering?: (isthmus.v1.Ordering|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpenChannel. */
            type $Shape = isthmus.v1.OpenChannel.$Properties;
        }

        /**
         * Properties of a Notarize.
         * @deprecated Use isthmus.v1.Notarize.$Properties instead.
         */
        interface INotarize extends isthmus.v1.Notarize.$Properties {
        }

        /** Represents a Notarize. */
        class Notarize {

            /**
             * Constructs a new Notarize.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Notarize.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Notarize documentHash. */
            documentHash: Uint8Array;

            /** Notarize hashAlgorithm. */
            hashAlgorithm: string;

            /** Notarize label. */
            label: string;

            /**
             * Creates a new Notarize instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Notarize instance
             */
            static create(properties: isthmus.v1.Notarize.$Shape): isthmus.v1.Notarize & isthmus.v1.Notarize.$Shape;
            static create(properties?: isthmus.v1.Notarize.$Properties): isthmus.v1.Notarize;

            /**
             * Encodes the specified Notarize message. Does not implicitly {@link isthmus.v1.Notarize.verify|verify} messages.
             * @param message Notarize message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Notarize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Notarize message, length delimited. Does not implicitly {@link isthmus.v1.Notarize.verify|verify} messages.
             * @param message Notarize message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Notarize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Notarize message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Notarize & isthmus.v1.Notarize.$Shape} Notarize
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Notarize & isthmus.v1.Notarize.$Shape;

            /**
             * Decodes a Notarize message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Notarize & isthmus.v1.Notarize.$Shape} Notarize
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Notarize & isthmus.v1.Notarize.$Shape;

            /**
             * Verifies a Notarize message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Notarize message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Notarize
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Notarize;

            /**
             * Creates a plain object from a Notarize message. Also converts values to other types if specified.
             * @param message Notarize
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Notarize, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Notarize to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Notarize
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Notarize {

            /** Properties of a Notarize. */
            interface $Properties {

                /** Notarize documentHash */
                documentHash?: (Uint8Array|null);

                /** Notarize hashAlgorithm */
                hashAlgorithm?: (string|null);

                /** Notarize label */
                label?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Notarize. */
            type $Shape = isthmus.v1.Notarize.$Properties;
        }

        /** ChannelState enum. */
        enum ChannelState {

            /** CHANNEL_STATE_UNSPECIFIED value */
            CHANNEL_STATE_UNSPECIFIED = 0,

            /** CHANNEL_STATE_OPEN value */
            CHANNEL_STATE_OPEN = 1,

            /** CHANNEL_STATE_CLOSED value */
            CHANNEL_STATE_CLOSED = 2
        }

        /**
         * Properties of a ChannelEnd.
         * @deprecated Use isthmus.v1.ChannelEnd.$Properties instead.
         */
        interface IChannelEnd extends isthmus.v1.ChannelEnd.$Properties {
        }

        /** Represents a ChannelEnd. */
        class ChannelEnd {

            /**
             * Constructs a new ChannelEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ChannelEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChannelEnd state. */
            state: isthmus.v1.ChannelState;

            /** ChannelEnd ordering. */
            ordering: isthmus.v1.Ordering;

            /** ChannelEnd app. */
            app: string;

            /** ChannelEnd counterpartyChainId. */
            counterpartyChainId: string;

            /** ChannelEnd counterpartyChannelId. */
            counterpartyChannelId: string;

            /** ChannelEnd clientId. */
            clientId: string;

            /**
             * Creates a new ChannelEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChannelEnd instance
             */
            static create(properties: isthmus.v1.ChannelEnd.$Shape): isthmus.v1.ChannelEnd & isthmus.v1.ChannelEnd.$Shape;
            static create(properties?: isthmus.v1.ChannelEnd.$Properties): isthmus.v1.ChannelEnd;

            /**
             * Encodes the specified ChannelEnd message. Does not implicitly {@link isthmus.v1.ChannelEnd.verify|verify} messages.
             * @param message ChannelEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ChannelEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChannelEnd message, length delimited. Does not implicitly {@link isthmus.v1.ChannelEnd.verify|verify} messages.
             * @param message ChannelEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ChannelEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChannelEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ChannelEnd & isthmus.v1.ChannelEnd.$Shape} ChannelEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ChannelEnd & isthmus.v1.ChannelEnd.$Shape;

            /**
             * Decodes a ChannelEnd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ChannelEnd & isthmus.v1.ChannelEnd.$Shape} ChannelEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ChannelEnd & isthmus.v1.ChannelEnd.$Shape;

            /**
             * Verifies a ChannelEnd message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChannelEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChannelEnd
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ChannelEnd;

            /**
             * Creates a plain object from a ChannelEnd message. Also converts values to other types if specified.
             * @param message ChannelEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ChannelEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChannelEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChannelEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChannelEnd {

            /** Properties of a ChannelEnd. */
            interface $Properties {

                /** ChannelEnd state */
                state?: (isthmus.v1.ChannelState|null);

                /** ChannelEnd ordering */
                ordering?: (isthmus.v1.Ordering|null);

                /** ChannelEnd app */
                app?: (string|null);

                /** ChannelEnd counterpartyChainId */
                counterpartyChainId?: (string|null);

                /** ChannelEnd counterpartyChannelId */
                counterpartyChannelId?: (string|null);

                /** ChannelEnd clientId */
                clientId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChannelEnd. */
            type $Shape = isthmus.v1.ChannelEnd.$Properties;
        }

        /** ResultCode enum. */
        enum ResultCode {

            /** RESULT_CODE_UNSPECIFIED value */
            RESULT_CODE_UNSPECIFIED = 0,

            /** RESULT_CODE_OK value */
            RESULT_CODE_OK = 1,

            /** RESULT_CODE_ALREADY_DONE value */
            RESULT_CODE_ALREADY_DONE = 2,

            /** RESULT_CODE_REJECTED value */
            RESULT_CODE_REJECTED = 3,

            /** RESULT_CODE_RETRY value */
            RESULT_CODE_RETRY = 4
        }

        /**
         * Properties of a MsgResult.
         * @deprecated Use isthmus.v1.MsgResult.$Properties instead.
         */
        interface IMsgResult extends isthmus.v1.MsgResult.$Properties {
        }

        /** Represents a MsgResult. */
        class MsgResult {

            /**
             * Constructs a new MsgResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.MsgResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MsgResult code. */
            code: isthmus.v1.ResultCode;

            /** MsgResult errorCode. */
            errorCode: string;

            /** MsgResult message. */
            message: string;

            /** MsgResult data. */
            data: Uint8Array;

            /**
             * Creates a new MsgResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MsgResult instance
             */
            static create(properties: isthmus.v1.MsgResult.$Shape): isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape;
            static create(properties?: isthmus.v1.MsgResult.$Properties): isthmus.v1.MsgResult;

            /**
             * Encodes the specified MsgResult message. Does not implicitly {@link isthmus.v1.MsgResult.verify|verify} messages.
             * @param message MsgResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.MsgResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MsgResult message, length delimited. Does not implicitly {@link isthmus.v1.MsgResult.verify|verify} messages.
             * @param message MsgResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.MsgResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MsgResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape} MsgResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape;

            /**
             * Decodes a MsgResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape} MsgResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.MsgResult & isthmus.v1.MsgResult.$Shape;

            /**
             * Verifies a MsgResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MsgResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MsgResult
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.MsgResult;

            /**
             * Creates a plain object from a MsgResult message. Also converts values to other types if specified.
             * @param message MsgResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.MsgResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MsgResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MsgResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MsgResult {

            /** Properties of a MsgResult. */
            interface $Properties {

                /** MsgResult code */
                code?: (isthmus.v1.ResultCode|null);

                /** MsgResult errorCode */
                errorCode?: (string|null);

                /** MsgResult message */
                message?: (string|null);

                /** MsgResult data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MsgResult. */
            type $Shape = isthmus.v1.MsgResult.$Properties;
        }

        /**
         * Properties of a SubmitResponse.
         * @deprecated Use isthmus.v1.SubmitResponse.$Properties instead.
         */
        interface ISubmitResponse extends isthmus.v1.SubmitResponse.$Properties {
        }

        /** Represents a SubmitResponse. */
        class SubmitResponse {

            /**
             * Constructs a new SubmitResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SubmitResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitResponse results. */
            results: isthmus.v1.MsgResult.$Properties[];

            /** SubmitResponse txId. */
            txId: string;

            /** SubmitResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new SubmitResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitResponse instance
             */
            static create(properties: isthmus.v1.SubmitResponse.$Shape): isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape;
            static create(properties?: isthmus.v1.SubmitResponse.$Properties): isthmus.v1.SubmitResponse;

            /**
             * Encodes the specified SubmitResponse message. Does not implicitly {@link isthmus.v1.SubmitResponse.verify|verify} messages.
             * @param message SubmitResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SubmitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitResponse message, length delimited. Does not implicitly {@link isthmus.v1.SubmitResponse.verify|verify} messages.
             * @param message SubmitResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SubmitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape} SubmitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape;

            /**
             * Decodes a SubmitResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape} SubmitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SubmitResponse & isthmus.v1.SubmitResponse.$Shape;

            /**
             * Verifies a SubmitResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SubmitResponse;

            /**
             * Creates a plain object from a SubmitResponse message. Also converts values to other types if specified.
             * @param message SubmitResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SubmitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitResponse {

            /** Properties of a SubmitResponse. */
            interface $Properties {

                /** SubmitResponse results */
                results?: (isthmus.v1.MsgResult.$Properties[]|null);

                /** SubmitResponse txId */
                txId?: (string|null);

                /** SubmitResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitResponse. */
            type $Shape = isthmus.v1.SubmitResponse.$Properties;
        }

        /**
         * Properties of a QueryClientRequest.
         * @deprecated Use isthmus.v1.QueryClientRequest.$Properties instead.
         */
        interface IQueryClientRequest extends isthmus.v1.QueryClientRequest.$Properties {
        }

        /** Represents a QueryClientRequest. */
        class QueryClientRequest {

            /**
             * Constructs a new QueryClientRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryClientRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryClientRequest clientId. */
            clientId: string;

            /**
             * Creates a new QueryClientRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryClientRequest instance
             */
            static create(properties: isthmus.v1.QueryClientRequest.$Shape): isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape;
            static create(properties?: isthmus.v1.QueryClientRequest.$Properties): isthmus.v1.QueryClientRequest;

            /**
             * Encodes the specified QueryClientRequest message. Does not implicitly {@link isthmus.v1.QueryClientRequest.verify|verify} messages.
             * @param message QueryClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryClientRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryClientRequest.verify|verify} messages.
             * @param message QueryClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryClientRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape} QueryClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape;

            /**
             * Decodes a QueryClientRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape} QueryClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryClientRequest & isthmus.v1.QueryClientRequest.$Shape;

            /**
             * Verifies a QueryClientRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryClientRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryClientRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryClientRequest;

            /**
             * Creates a plain object from a QueryClientRequest message. Also converts values to other types if specified.
             * @param message QueryClientRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryClientRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryClientRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryClientRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryClientRequest {

            /** Properties of a QueryClientRequest. */
            interface $Properties {

                /** QueryClientRequest clientId */
                clientId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryClientRequest. */
            type $Shape = isthmus.v1.QueryClientRequest.$Properties;
        }

        /**
         * Properties of a QueryClientResponse.
         * @deprecated Use isthmus.v1.QueryClientResponse.$Properties instead.
         */
        interface IQueryClientResponse extends isthmus.v1.QueryClientResponse.$Properties {
        }

        /** Represents a QueryClientResponse. */
        class QueryClientResponse {

            /**
             * Constructs a new QueryClientResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryClientResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryClientResponse clientState. */
            clientState?: (isthmus.v1.ClientState.$Properties|null);

            /** QueryClientResponse consensusState. */
            consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

            /**
             * Creates a new QueryClientResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryClientResponse instance
             */
            static create(properties: isthmus.v1.QueryClientResponse.$Shape): isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape;
            static create(properties?: isthmus.v1.QueryClientResponse.$Properties): isthmus.v1.QueryClientResponse;

            /**
             * Encodes the specified QueryClientResponse message. Does not implicitly {@link isthmus.v1.QueryClientResponse.verify|verify} messages.
             * @param message QueryClientResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryClientResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryClientResponse.verify|verify} messages.
             * @param message QueryClientResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryClientResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape} QueryClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape;

            /**
             * Decodes a QueryClientResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape} QueryClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryClientResponse & isthmus.v1.QueryClientResponse.$Shape;

            /**
             * Verifies a QueryClientResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryClientResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryClientResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryClientResponse;

            /**
             * Creates a plain object from a QueryClientResponse message. Also converts values to other types if specified.
             * @param message QueryClientResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryClientResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryClientResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryClientResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryClientResponse {

            /** Properties of a QueryClientResponse. */
            interface $Properties {

                /** QueryClientResponse clientState */
                clientState?: (isthmus.v1.ClientState.$Properties|null);

                /** QueryClientResponse consensusState */
                consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryClientResponse. */
            type $Shape = isthmus.v1.QueryClientResponse.$Properties;
        }

        /**
         * Properties of an Height.
         * @deprecated Use isthmus.v1.Height.$Properties instead.
         */
        interface IHeight extends isthmus.v1.Height.$Properties {
        }

        /** Represents an Height. */
        class Height {

            /**
             * Constructs a new Height.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Height.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Height revision. */
            revision: (number|Long);

            /** Height height. */
            height: (number|Long);

            /**
             * Creates a new Height instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Height instance
             */
            static create(properties: isthmus.v1.Height.$Shape): isthmus.v1.Height & isthmus.v1.Height.$Shape;
            static create(properties?: isthmus.v1.Height.$Properties): isthmus.v1.Height;

            /**
             * Encodes the specified Height message. Does not implicitly {@link isthmus.v1.Height.verify|verify} messages.
             * @param message Height message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Height.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Height message, length delimited. Does not implicitly {@link isthmus.v1.Height.verify|verify} messages.
             * @param message Height message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Height.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Height message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Height & isthmus.v1.Height.$Shape} Height
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Height & isthmus.v1.Height.$Shape;

            /**
             * Decodes an Height message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Height & isthmus.v1.Height.$Shape} Height
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Height & isthmus.v1.Height.$Shape;

            /**
             * Verifies an Height message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Height message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Height
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Height;

            /**
             * Creates a plain object from an Height message. Also converts values to other types if specified.
             * @param message Height
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Height, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Height to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Height
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Height {

            /** Properties of an Height. */
            interface $Properties {

                /** Height revision */
                revision?: (number|Long|null);

                /** Height height */
                height?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Height. */
            type $Shape = isthmus.v1.Height.$Properties;
        }

        /**
         * Properties of a Packet.
         * @deprecated Use isthmus.v1.Packet.$Properties instead.
         */
        interface IPacket extends isthmus.v1.Packet.$Properties {
        }

        /** Represents a Packet. */
        class Packet {

            /**
             * Constructs a new Packet.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Packet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Packet sequence. */
            sequence: (number|Long);

            /** Packet sourceChain. */
            sourceChain: string;

            /** Packet sourceChannel. */
            sourceChannel: string;

            /** Packet destChain. */
            destChain: string;

            /** Packet destChannel. */
            destChannel: string;

            /** Packet app. */
            app: string;

            /** Packet payload. */
            payload: Uint8Array;

            /** Packet timeoutHeight. */
            timeoutHeight?: (isthmus.v1.Height.$Properties|null);

            /** Packet timeoutTimestampNs. */
            timeoutTimestampNs: (number|Long);

            /**
             * Creates a new Packet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Packet instance
             */
            static create(properties: isthmus.v1.Packet.$Shape): isthmus.v1.Packet & isthmus.v1.Packet.$Shape;
            static create(properties?: isthmus.v1.Packet.$Properties): isthmus.v1.Packet;

            /**
             * Encodes the specified Packet message. Does not implicitly {@link isthmus.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Packet message, length delimited. Does not implicitly {@link isthmus.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Packet & isthmus.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Packet & isthmus.v1.Packet.$Shape;

            /**
             * Decodes a Packet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Packet & isthmus.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Packet & isthmus.v1.Packet.$Shape;

            /**
             * Verifies a Packet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Packet
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Packet;

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @param message Packet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Packet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Packet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Packet {

            /** Properties of a Packet. */
            interface $Properties {

                /** Packet sequence */
                sequence?: (number|Long|null);

                /** Packet sourceChain */
                sourceChain?: (string|null);

                /** Packet sourceChannel */
                sourceChannel?: (string|null);

                /** Packet destChain */
                destChain?: (string|null);

                /** Packet destChannel */
                destChannel?: (string|null);

                /** Packet app */
                app?: (string|null);

                /** Packet payload */
                payload?: (Uint8Array|null);

                /** Packet timeoutHeight */
                timeoutHeight?: (isthmus.v1.Height.$Properties|null);

                /** Packet timeoutTimestampNs */
                timeoutTimestampNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Packet. */
            type $Shape = isthmus.v1.Packet.$Properties;
        }

        /**
         * Properties of an Acknowledgement.
         * @deprecated Use isthmus.v1.Acknowledgement.$Properties instead.
         */
        interface IAcknowledgement extends isthmus.v1.Acknowledgement.$Properties {
        }

        /** Represents an Acknowledgement. */
        class Acknowledgement {

            /**
             * Constructs a new Acknowledgement.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Acknowledgement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Acknowledgement result. */
            result?: (Uint8Array|null);

            /** Acknowledgement error. */
            error?: (string|null);

            /** Acknowledgement response. */
            response?: ("result"|"error");

            /**
             * Creates a new Acknowledgement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Acknowledgement instance
             */
            static create(properties: isthmus.v1.Acknowledgement.$Shape): isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape;
            static create(properties?: isthmus.v1.Acknowledgement.$Properties): isthmus.v1.Acknowledgement;

            /**
             * Encodes the specified Acknowledgement message. Does not implicitly {@link isthmus.v1.Acknowledgement.verify|verify} messages.
             * @param message Acknowledgement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Acknowledgement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Acknowledgement message, length delimited. Does not implicitly {@link isthmus.v1.Acknowledgement.verify|verify} messages.
             * @param message Acknowledgement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Acknowledgement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Acknowledgement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape} Acknowledgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape;

            /**
             * Decodes an Acknowledgement message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape} Acknowledgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Acknowledgement & isthmus.v1.Acknowledgement.$Shape;

            /**
             * Verifies an Acknowledgement message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Acknowledgement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Acknowledgement
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Acknowledgement;

            /**
             * Creates a plain object from an Acknowledgement message. Also converts values to other types if specified.
             * @param message Acknowledgement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Acknowledgement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Acknowledgement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Acknowledgement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Acknowledgement {

            /** Properties of an Acknowledgement. */
            interface $Properties {

                /** Acknowledgement result */
                result?: (Uint8Array|null);

                /** Acknowledgement error */
                error?: (string|null);

                /** Acknowledgement response */
                response?: ("result"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Acknowledgement. */
            type $Shape = {
              result?: Uint8Array|null;
              error?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ response?: undefined; result?: null; error?: null }|{ response?: "result"; result: Uint8Array; error?: null }|{ response?: "error"; result?: null; error: string })
            );
        }

        /**
         * Properties of a ClientMessage.
         * @deprecated Use isthmus.v1.ClientMessage.$Properties instead.
         */
        interface IClientMessage extends isthmus.v1.ClientMessage.$Properties {
        }

        /** Represents a ClientMessage. */
        class ClientMessage {

            /**
             * Constructs a new ClientMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ClientMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientMessage clientType. */
            clientType: string;

            /** ClientMessage bytes. */
            bytes: Uint8Array;

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientMessage instance
             */
            static create(properties: isthmus.v1.ClientMessage.$Shape): isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape;
            static create(properties?: isthmus.v1.ClientMessage.$Properties): isthmus.v1.ClientMessage;

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link isthmus.v1.ClientMessage.verify|verify} messages.
             * @param message ClientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link isthmus.v1.ClientMessage.verify|verify} messages.
             * @param message ClientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape;

            /**
             * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ClientMessage & isthmus.v1.ClientMessage.$Shape;

            /**
             * Verifies a ClientMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientMessage
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ClientMessage;

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @param message ClientMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ClientMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientMessage {

            /** Properties of a ClientMessage. */
            interface $Properties {

                /** ClientMessage clientType */
                clientType?: (string|null);

                /** ClientMessage bytes */
                bytes?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientMessage. */
            type $Shape = isthmus.v1.ClientMessage.$Properties;
        }

        /**
         * Properties of a Proof.
         * @deprecated Use isthmus.v1.Proof.$Properties instead.
         */
        interface IProof extends isthmus.v1.Proof.$Properties {
        }

        /** Represents a Proof. */
        class Proof {

            /**
             * Constructs a new Proof.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Proof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Proof kind. */
            kind: string;

            /** Proof bytes. */
            bytes: Uint8Array;

            /** Proof height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new Proof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Proof instance
             */
            static create(properties: isthmus.v1.Proof.$Shape): isthmus.v1.Proof & isthmus.v1.Proof.$Shape;
            static create(properties?: isthmus.v1.Proof.$Properties): isthmus.v1.Proof;

            /**
             * Encodes the specified Proof message. Does not implicitly {@link isthmus.v1.Proof.verify|verify} messages.
             * @param message Proof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Proof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Proof message, length delimited. Does not implicitly {@link isthmus.v1.Proof.verify|verify} messages.
             * @param message Proof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Proof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Proof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Proof & isthmus.v1.Proof.$Shape} Proof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Proof & isthmus.v1.Proof.$Shape;

            /**
             * Decodes a Proof message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Proof & isthmus.v1.Proof.$Shape} Proof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Proof & isthmus.v1.Proof.$Shape;

            /**
             * Verifies a Proof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Proof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Proof
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Proof;

            /**
             * Creates a plain object from a Proof message. Also converts values to other types if specified.
             * @param message Proof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Proof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Proof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Proof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Proof {

            /** Properties of a Proof. */
            interface $Properties {

                /** Proof kind */
                kind?: (string|null);

                /** Proof bytes */
                bytes?: (Uint8Array|null);

                /** Proof height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Proof. */
            type $Shape = isthmus.v1.Proof.$Properties;
        }

        /** ClientStatus enum. */
        enum ClientStatus {

            /** CLIENT_STATUS_UNSPECIFIED value */
            CLIENT_STATUS_UNSPECIFIED = 0,

            /** CLIENT_STATUS_ACTIVE value */
            CLIENT_STATUS_ACTIVE = 1,

            /** CLIENT_STATUS_EXPIRED value */
            CLIENT_STATUS_EXPIRED = 2,

            /** CLIENT_STATUS_FROZEN value */
            CLIENT_STATUS_FROZEN = 3
        }

        /**
         * Properties of a ClientState.
         * @deprecated Use isthmus.v1.ClientState.$Properties instead.
         */
        interface IClientState extends isthmus.v1.ClientState.$Properties {
        }

        /** Represents a ClientState. */
        class ClientState {

            /**
             * Constructs a new ClientState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ClientState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientState clientId. */
            clientId: string;

            /** ClientState clientType. */
            clientType: string;

            /** ClientState chainId. */
            chainId: string;

            /** ClientState latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** ClientState status. */
            status: isthmus.v1.ClientStatus;

            /** ClientState state. */
            state: Uint8Array;

            /**
             * Creates a new ClientState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientState instance
             */
            static create(properties: isthmus.v1.ClientState.$Shape): isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape;
            static create(properties?: isthmus.v1.ClientState.$Properties): isthmus.v1.ClientState;

            /**
             * Encodes the specified ClientState message. Does not implicitly {@link isthmus.v1.ClientState.verify|verify} messages.
             * @param message ClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientState message, length delimited. Does not implicitly {@link isthmus.v1.ClientState.verify|verify} messages.
             * @param message ClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape} ClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape;

            /**
             * Decodes a ClientState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape} ClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ClientState & isthmus.v1.ClientState.$Shape;

            /**
             * Verifies a ClientState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ClientState;

            /**
             * Creates a plain object from a ClientState message. Also converts values to other types if specified.
             * @param message ClientState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ClientState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientState {

            /** Properties of a ClientState. */
            interface $Properties {

                /** ClientState clientId */
                clientId?: (string|null);

                /** ClientState clientType */
                clientType?: (string|null);

                /** ClientState chainId */
                chainId?: (string|null);

                /** ClientState latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** ClientState status */
                status?: (isthmus.v1.ClientStatus|null);

                /** ClientState state */
                state?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientState. */
            type $Shape = isthmus.v1.ClientState.$Properties;
        }

        /**
         * Properties of a ConsensusState.
         * @deprecated Use isthmus.v1.ConsensusState.$Properties instead.
         */
        interface IConsensusState extends isthmus.v1.ConsensusState.$Properties {
        }

        /** Represents a ConsensusState. */
        class ConsensusState {

            /**
             * Constructs a new ConsensusState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ConsensusState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsensusState height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** ConsensusState timestampNs. */
            timestampNs: (number|Long);

            /** ConsensusState root. */
            root: Uint8Array;

            /** ConsensusState state. */
            state: Uint8Array;

            /**
             * Creates a new ConsensusState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsensusState instance
             */
            static create(properties: isthmus.v1.ConsensusState.$Shape): isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape;
            static create(properties?: isthmus.v1.ConsensusState.$Properties): isthmus.v1.ConsensusState;

            /**
             * Encodes the specified ConsensusState message. Does not implicitly {@link isthmus.v1.ConsensusState.verify|verify} messages.
             * @param message ConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConsensusState message, length delimited. Does not implicitly {@link isthmus.v1.ConsensusState.verify|verify} messages.
             * @param message ConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsensusState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape} ConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape;

            /**
             * Decodes a ConsensusState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape} ConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ConsensusState & isthmus.v1.ConsensusState.$Shape;

            /**
             * Verifies a ConsensusState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConsensusState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConsensusState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ConsensusState;

            /**
             * Creates a plain object from a ConsensusState message. Also converts values to other types if specified.
             * @param message ConsensusState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ConsensusState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConsensusState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConsensusState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsensusState {

            /** Properties of a ConsensusState. */
            interface $Properties {

                /** ConsensusState height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** ConsensusState timestampNs */
                timestampNs?: (number|Long|null);

                /** ConsensusState root */
                root?: (Uint8Array|null);

                /** ConsensusState state */
                state?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsensusState. */
            type $Shape = isthmus.v1.ConsensusState.$Properties;
        }

        /** EventKind enum. */
        enum EventKind {

            /** EVENT_KIND_UNSPECIFIED value */
            EVENT_KIND_UNSPECIFIED = 0,

            /** EVENT_KIND_SEND_PACKET value */
            EVENT_KIND_SEND_PACKET = 1,

            /** EVENT_KIND_RECV_PACKET value */
            EVENT_KIND_RECV_PACKET = 2,

            /** EVENT_KIND_WRITE_ACK value */
            EVENT_KIND_WRITE_ACK = 3,

            /** EVENT_KIND_ACKNOWLEDGE_PACKET value */
            EVENT_KIND_ACKNOWLEDGE_PACKET = 4,

            /** EVENT_KIND_TIMEOUT_PACKET value */
            EVENT_KIND_TIMEOUT_PACKET = 5,

            /** EVENT_KIND_CLIENT_UPDATED value */
            EVENT_KIND_CLIENT_UPDATED = 6,

            /** EVENT_KIND_MISBEHAVIOUR value */
            EVENT_KIND_MISBEHAVIOUR = 7
        }

        /**
         * Properties of an EventCursor.
         * @deprecated Use isthmus.v1.EventCursor.$Properties instead.
         */
        interface IEventCursor extends isthmus.v1.EventCursor.$Properties {
        }

        /** Represents an EventCursor. */
        class EventCursor {

            /**
             * Constructs a new EventCursor.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EventCursor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventCursor height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** EventCursor txIndex. */
            txIndex: number;

            /** EventCursor eventIndex. */
            eventIndex: number;

            /**
             * Creates a new EventCursor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventCursor instance
             */
            static create(properties: isthmus.v1.EventCursor.$Shape): isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape;
            static create(properties?: isthmus.v1.EventCursor.$Properties): isthmus.v1.EventCursor;

            /**
             * Encodes the specified EventCursor message. Does not implicitly {@link isthmus.v1.EventCursor.verify|verify} messages.
             * @param message EventCursor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EventCursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventCursor message, length delimited. Does not implicitly {@link isthmus.v1.EventCursor.verify|verify} messages.
             * @param message EventCursor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EventCursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventCursor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape} EventCursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape;

            /**
             * Decodes an EventCursor message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape} EventCursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EventCursor & isthmus.v1.EventCursor.$Shape;

            /**
             * Verifies an EventCursor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventCursor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventCursor
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EventCursor;

            /**
             * Creates a plain object from an EventCursor message. Also converts values to other types if specified.
             * @param message EventCursor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EventCursor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventCursor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventCursor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventCursor {

            /** Properties of an EventCursor. */
            interface $Properties {

                /** EventCursor height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** EventCursor txIndex */
                txIndex?: (number|null);

                /** EventCursor eventIndex */
                eventIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventCursor. */
            type $Shape = isthmus.v1.EventCursor.$Properties;
        }

        /**
         * Properties of a ChainEvent.
         * @deprecated Use isthmus.v1.ChainEvent.$Properties instead.
         */
        interface IChainEvent extends isthmus.v1.ChainEvent.$Properties {
        }

        /** Represents a ChainEvent. */
        class ChainEvent {

            /**
             * Constructs a new ChainEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ChainEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChainEvent chainId. */
            chainId: string;

            /** ChainEvent kind. */
            kind: isthmus.v1.EventKind;

            /** ChainEvent cursor. */
            cursor?: (isthmus.v1.EventCursor.$Properties|null);

            /** ChainEvent txId. */
            txId: string;

            /** ChainEvent timeNs. */
            timeNs: (number|Long);

            /** ChainEvent packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** ChainEvent acknowledgement. */
            acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

            /** ChainEvent client. */
            client?: (isthmus.v1.ClientEvent.$Properties|null);

            /**
             * Creates a new ChainEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChainEvent instance
             */
            static create(properties: isthmus.v1.ChainEvent.$Shape): isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape;
            static create(properties?: isthmus.v1.ChainEvent.$Properties): isthmus.v1.ChainEvent;

            /**
             * Encodes the specified ChainEvent message. Does not implicitly {@link isthmus.v1.ChainEvent.verify|verify} messages.
             * @param message ChainEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ChainEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChainEvent message, length delimited. Does not implicitly {@link isthmus.v1.ChainEvent.verify|verify} messages.
             * @param message ChainEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ChainEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChainEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape} ChainEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape;

            /**
             * Decodes a ChainEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape} ChainEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ChainEvent & isthmus.v1.ChainEvent.$Shape;

            /**
             * Verifies a ChainEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChainEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChainEvent
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ChainEvent;

            /**
             * Creates a plain object from a ChainEvent message. Also converts values to other types if specified.
             * @param message ChainEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ChainEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChainEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChainEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChainEvent {

            /** Properties of a ChainEvent. */
            interface $Properties {

                /** ChainEvent chainId */
                chainId?: (string|null);

                /** ChainEvent kind */
                kind?: (isthmus.v1.EventKind|null);

                /** ChainEvent cursor */
                cursor?: (isthmus.v1.EventCursor.$Properties|null);

                /** ChainEvent txId */
                txId?: (string|null);

                /** ChainEvent timeNs */
                timeNs?: (number|Long|null);

                /** ChainEvent packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** ChainEvent acknowledgement */
                acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

                /** ChainEvent client */
                client?: (isthmus.v1.ClientEvent.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChainEvent. */
            type $Shape = {
              chainId?: string|null;
              kind?: isthmus.v1.EventKind|null;
              cursor?: isthmus.v1.EventCursor.$Shape|null;
              txId?: string|null;
              timeNs?: number|Long|null;
              packet?: isthmus.v1.Packet.$Shape|null;
              acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
              client?: isthmus.v1.ClientEvent.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ClientEvent.
         * @deprecated Use isthmus.v1.ClientEvent.$Properties instead.
         */
        interface IClientEvent extends isthmus.v1.ClientEvent.$Properties {
        }

        /** Represents a ClientEvent. */
        class ClientEvent {

            /**
             * Constructs a new ClientEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ClientEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientEvent clientId. */
            clientId: string;

            /** ClientEvent clientType. */
            clientType: string;

            /** ClientEvent consensusHeight. */
            consensusHeight?: (isthmus.v1.Height.$Properties|null);

            /** ClientEvent message. */
            message?: (isthmus.v1.ClientMessage.$Properties|null);

            /**
             * Creates a new ClientEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientEvent instance
             */
            static create(properties: isthmus.v1.ClientEvent.$Shape): isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape;
            static create(properties?: isthmus.v1.ClientEvent.$Properties): isthmus.v1.ClientEvent;

            /**
             * Encodes the specified ClientEvent message. Does not implicitly {@link isthmus.v1.ClientEvent.verify|verify} messages.
             * @param message ClientEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ClientEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientEvent message, length delimited. Does not implicitly {@link isthmus.v1.ClientEvent.verify|verify} messages.
             * @param message ClientEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ClientEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape} ClientEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape;

            /**
             * Decodes a ClientEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape} ClientEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ClientEvent & isthmus.v1.ClientEvent.$Shape;

            /**
             * Verifies a ClientEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientEvent
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ClientEvent;

            /**
             * Creates a plain object from a ClientEvent message. Also converts values to other types if specified.
             * @param message ClientEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ClientEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientEvent {

            /** Properties of a ClientEvent. */
            interface $Properties {

                /** ClientEvent clientId */
                clientId?: (string|null);

                /** ClientEvent clientType */
                clientType?: (string|null);

                /** ClientEvent consensusHeight */
                consensusHeight?: (isthmus.v1.Height.$Properties|null);

                /** ClientEvent message */
                message?: (isthmus.v1.ClientMessage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientEvent. */
            type $Shape = isthmus.v1.ClientEvent.$Properties;
        }

        /**
         * Properties of a TendermintClientState.
         * @deprecated Use isthmus.v1.TendermintClientState.$Properties instead.
         */
        interface ITendermintClientState extends isthmus.v1.TendermintClientState.$Properties {
        }

        /** Represents a TendermintClientState. */
        class TendermintClientState {

            /**
             * Constructs a new TendermintClientState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.TendermintClientState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TendermintClientState chainId. */
            chainId: string;

            /** TendermintClientState trustLevelNumerator. */
            trustLevelNumerator: (number|Long);

            /** TendermintClientState trustLevelDenominator. */
            trustLevelDenominator: (number|Long);

            /** TendermintClientState trustingPeriodNs. */
            trustingPeriodNs: (number|Long);

            /** TendermintClientState unbondingPeriodNs. */
            unbondingPeriodNs: (number|Long);

            /** TendermintClientState maxClockDriftNs. */
            maxClockDriftNs: (number|Long);

            /** TendermintClientState latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** TendermintClientState frozenHeight. */
            frozenHeight?: (isthmus.v1.Height.$Properties|null);

            /** TendermintClientState proofSpecs. */
            proofSpecs: string[];

            /**
             * Creates a new TendermintClientState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TendermintClientState instance
             */
            static create(properties: isthmus.v1.TendermintClientState.$Shape): isthmus.v1.TendermintClientState & isthmus.v1.TendermintClientState.$Shape;
            static create(properties?: isthmus.v1.TendermintClientState.$Properties): isthmus.v1.TendermintClientState;

            /**
             * Encodes the specified TendermintClientState message. Does not implicitly {@link isthmus.v1.TendermintClientState.verify|verify} messages.
             * @param message TendermintClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.TendermintClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TendermintClientState message, length delimited. Does not implicitly {@link isthmus.v1.TendermintClientState.verify|verify} messages.
             * @param message TendermintClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.TendermintClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TendermintClientState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.TendermintClientState & isthmus.v1.TendermintClientState.$Shape} TendermintClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.TendermintClientState & isthmus.v1.TendermintClientState.$Shape;

            /**
             * Decodes a TendermintClientState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.TendermintClientState & isthmus.v1.TendermintClientState.$Shape} TendermintClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.TendermintClientState & isthmus.v1.TendermintClientState.$Shape;

            /**
             * Verifies a TendermintClientState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TendermintClientState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TendermintClientState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.TendermintClientState;

            /**
             * Creates a plain object from a TendermintClientState message. Also converts values to other types if specified.
             * @param message TendermintClientState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.TendermintClientState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TendermintClientState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TendermintClientState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TendermintClientState {

            /** Properties of a TendermintClientState. */
            interface $Properties {

                /** TendermintClientState chainId */
                chainId?: (string|null);

                /** TendermintClientState trustLevelNumerator */
                trustLevelNumerator?: (number|Long|null);

                /** TendermintClientState trustLevelDenominator */
                trustLevelDenominator?: (number|Long|null);

                /** TendermintClientState trustingPeriodNs */
                trustingPeriodNs?: (number|Long|null);

                /** TendermintClientState unbondingPeriodNs */
                unbondingPeriodNs?: (number|Long|null);

                /** TendermintClientState maxClockDriftNs */
                maxClockDriftNs?: (number|Long|null);

                /** TendermintClientState latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** TendermintClientState frozenHeight */
                frozenHeight?: (isthmus.v1.Height.$Properties|null);

                /** TendermintClientState proofSpecs */
                proofSpecs?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TendermintClientState. */
            type $Shape = isthmus.v1.TendermintClientState.$Properties;
        }

        /**
         * Properties of a TendermintConsensusState.
         * @deprecated Use isthmus.v1.TendermintConsensusState.$Properties instead.
         */
        interface ITendermintConsensusState extends isthmus.v1.TendermintConsensusState.$Properties {
        }

        /** Represents a TendermintConsensusState. */
        class TendermintConsensusState {

            /**
             * Constructs a new TendermintConsensusState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.TendermintConsensusState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TendermintConsensusState timestampNs. */
            timestampNs: (number|Long);

            /** TendermintConsensusState root. */
            root: Uint8Array;

            /** TendermintConsensusState nextValidatorsHash. */
            nextValidatorsHash: Uint8Array;

            /**
             * Creates a new TendermintConsensusState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TendermintConsensusState instance
             */
            static create(properties: isthmus.v1.TendermintConsensusState.$Shape): isthmus.v1.TendermintConsensusState & isthmus.v1.TendermintConsensusState.$Shape;
            static create(properties?: isthmus.v1.TendermintConsensusState.$Properties): isthmus.v1.TendermintConsensusState;

            /**
             * Encodes the specified TendermintConsensusState message. Does not implicitly {@link isthmus.v1.TendermintConsensusState.verify|verify} messages.
             * @param message TendermintConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.TendermintConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TendermintConsensusState message, length delimited. Does not implicitly {@link isthmus.v1.TendermintConsensusState.verify|verify} messages.
             * @param message TendermintConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.TendermintConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TendermintConsensusState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.TendermintConsensusState & isthmus.v1.TendermintConsensusState.$Shape} TendermintConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.TendermintConsensusState & isthmus.v1.TendermintConsensusState.$Shape;

            /**
             * Decodes a TendermintConsensusState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.TendermintConsensusState & isthmus.v1.TendermintConsensusState.$Shape} TendermintConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.TendermintConsensusState & isthmus.v1.TendermintConsensusState.$Shape;

            /**
             * Verifies a TendermintConsensusState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TendermintConsensusState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TendermintConsensusState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.TendermintConsensusState;

            /**
             * Creates a plain object from a TendermintConsensusState message. Also converts values to other types if specified.
             * @param message TendermintConsensusState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.TendermintConsensusState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TendermintConsensusState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TendermintConsensusState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TendermintConsensusState {

            /** Properties of a TendermintConsensusState. */
            interface $Properties {

                /** TendermintConsensusState timestampNs */
                timestampNs?: (number|Long|null);

                /** TendermintConsensusState root */
                root?: (Uint8Array|null);

                /** TendermintConsensusState nextValidatorsHash */
                nextValidatorsHash?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TendermintConsensusState. */
            type $Shape = isthmus.v1.TendermintConsensusState.$Properties;
        }

        /**
         * Properties of a TendermintMisbehaviour.
         * @deprecated Use isthmus.v1.TendermintMisbehaviour.$Properties instead.
         */
        interface ITendermintMisbehaviour extends isthmus.v1.TendermintMisbehaviour.$Properties {
        }

        /** Represents a TendermintMisbehaviour. */
        class TendermintMisbehaviour {

            /**
             * Constructs a new TendermintMisbehaviour.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.TendermintMisbehaviour.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TendermintMisbehaviour header_1. */
            header_1: Uint8Array;

            /** TendermintMisbehaviour header_2. */
            header_2: Uint8Array;

            /**
             * Creates a new TendermintMisbehaviour instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TendermintMisbehaviour instance
             */
            static create(properties: isthmus.v1.TendermintMisbehaviour.$Shape): isthmus.v1.TendermintMisbehaviour & isthmus.v1.TendermintMisbehaviour.$Shape;
            static create(properties?: isthmus.v1.TendermintMisbehaviour.$Properties): isthmus.v1.TendermintMisbehaviour;

            /**
             * Encodes the specified TendermintMisbehaviour message. Does not implicitly {@link isthmus.v1.TendermintMisbehaviour.verify|verify} messages.
             * @param message TendermintMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.TendermintMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TendermintMisbehaviour message, length delimited. Does not implicitly {@link isthmus.v1.TendermintMisbehaviour.verify|verify} messages.
             * @param message TendermintMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.TendermintMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TendermintMisbehaviour message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.TendermintMisbehaviour & isthmus.v1.TendermintMisbehaviour.$Shape} TendermintMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.TendermintMisbehaviour & isthmus.v1.TendermintMisbehaviour.$Shape;

            /**
             * Decodes a TendermintMisbehaviour message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.TendermintMisbehaviour & isthmus.v1.TendermintMisbehaviour.$Shape} TendermintMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.TendermintMisbehaviour & isthmus.v1.TendermintMisbehaviour.$Shape;

            /**
             * Verifies a TendermintMisbehaviour message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TendermintMisbehaviour message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TendermintMisbehaviour
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.TendermintMisbehaviour;

            /**
             * Creates a plain object from a TendermintMisbehaviour message. Also converts values to other types if specified.
             * @param message TendermintMisbehaviour
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.TendermintMisbehaviour, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TendermintMisbehaviour to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TendermintMisbehaviour
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TendermintMisbehaviour {

            /** Properties of a TendermintMisbehaviour. */
            interface $Properties {

                /** TendermintMisbehaviour header_1 */
                header_1?: (Uint8Array|null);

                /** TendermintMisbehaviour header_2 */
                header_2?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TendermintMisbehaviour. */
            type $Shape = isthmus.v1.TendermintMisbehaviour.$Properties;
        }

        /**
         * Properties of an AttestationSigner.
         * @deprecated Use isthmus.v1.AttestationSigner.$Properties instead.
         */
        interface IAttestationSigner extends isthmus.v1.AttestationSigner.$Properties {
        }

        /** Represents an AttestationSigner. */
        class AttestationSigner {

            /**
             * Constructs a new AttestationSigner.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.AttestationSigner.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationSigner scheme. */
            scheme: string;

            /** AttestationSigner publicKey. */
            publicKey: Uint8Array;

            /** AttestationSigner weight. */
            weight: (number|Long);

            /**
             * Creates a new AttestationSigner instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttestationSigner instance
             */
            static create(properties: isthmus.v1.AttestationSigner.$Shape): isthmus.v1.AttestationSigner & isthmus.v1.AttestationSigner.$Shape;
            static create(properties?: isthmus.v1.AttestationSigner.$Properties): isthmus.v1.AttestationSigner;

            /**
             * Encodes the specified AttestationSigner message. Does not implicitly {@link isthmus.v1.AttestationSigner.verify|verify} messages.
             * @param message AttestationSigner message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.AttestationSigner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AttestationSigner message, length delimited. Does not implicitly {@link isthmus.v1.AttestationSigner.verify|verify} messages.
             * @param message AttestationSigner message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.AttestationSigner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationSigner message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.AttestationSigner & isthmus.v1.AttestationSigner.$Shape} AttestationSigner
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.AttestationSigner & isthmus.v1.AttestationSigner.$Shape;

            /**
             * Decodes an AttestationSigner message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.AttestationSigner & isthmus.v1.AttestationSigner.$Shape} AttestationSigner
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.AttestationSigner & isthmus.v1.AttestationSigner.$Shape;

            /**
             * Verifies an AttestationSigner message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttestationSigner message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttestationSigner
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.AttestationSigner;

            /**
             * Creates a plain object from an AttestationSigner message. Also converts values to other types if specified.
             * @param message AttestationSigner
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.AttestationSigner, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttestationSigner to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttestationSigner
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttestationSigner {

            /** Properties of an AttestationSigner. */
            interface $Properties {

                /** AttestationSigner scheme */
                scheme?: (string|null);

                /** AttestationSigner publicKey */
                publicKey?: (Uint8Array|null);

                /** AttestationSigner weight */
                weight?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestationSigner. */
            type $Shape = isthmus.v1.AttestationSigner.$Properties;
        }

        /**
         * Properties of an AttestationClientState.
         * @deprecated Use isthmus.v1.AttestationClientState.$Properties instead.
         */
        interface IAttestationClientState extends isthmus.v1.AttestationClientState.$Properties {
        }

        /** Represents an AttestationClientState. */
        class AttestationClientState {

            /**
             * Constructs a new AttestationClientState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.AttestationClientState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationClientState chainId. */
            chainId: string;

            /** AttestationClientState signers. */
            signers: isthmus.v1.AttestationSigner.$Properties[];

            /** AttestationClientState threshold. */
            threshold: (number|Long);

            /** AttestationClientState signerSetSequence. */
            signerSetSequence: (number|Long);

            /** AttestationClientState latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** AttestationClientState latestTimestampNs. */
            latestTimestampNs: (number|Long);

            /** AttestationClientState trustingPeriodNs. */
            trustingPeriodNs: (number|Long);

            /** AttestationClientState maxClockDriftNs. */
            maxClockDriftNs: (number|Long);

            /** AttestationClientState frozen. */
            frozen: boolean;

            /**
             * Creates a new AttestationClientState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttestationClientState instance
             */
            static create(properties: isthmus.v1.AttestationClientState.$Shape): isthmus.v1.AttestationClientState & isthmus.v1.AttestationClientState.$Shape;
            static create(properties?: isthmus.v1.AttestationClientState.$Properties): isthmus.v1.AttestationClientState;

            /**
             * Encodes the specified AttestationClientState message. Does not implicitly {@link isthmus.v1.AttestationClientState.verify|verify} messages.
             * @param message AttestationClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.AttestationClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AttestationClientState message, length delimited. Does not implicitly {@link isthmus.v1.AttestationClientState.verify|verify} messages.
             * @param message AttestationClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.AttestationClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationClientState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.AttestationClientState & isthmus.v1.AttestationClientState.$Shape} AttestationClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.AttestationClientState & isthmus.v1.AttestationClientState.$Shape;

            /**
             * Decodes an AttestationClientState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.AttestationClientState & isthmus.v1.AttestationClientState.$Shape} AttestationClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.AttestationClientState & isthmus.v1.AttestationClientState.$Shape;

            /**
             * Verifies an AttestationClientState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttestationClientState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttestationClientState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.AttestationClientState;

            /**
             * Creates a plain object from an AttestationClientState message. Also converts values to other types if specified.
             * @param message AttestationClientState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.AttestationClientState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttestationClientState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttestationClientState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttestationClientState {

            /** Properties of an AttestationClientState. */
            interface $Properties {

                /** AttestationClientState chainId */
                chainId?: (string|null);

                /** AttestationClientState signers */
                signers?: (isthmus.v1.AttestationSigner.$Properties[]|null);

                /** AttestationClientState threshold */
                threshold?: (number|Long|null);

                /** AttestationClientState signerSetSequence */
                signerSetSequence?: (number|Long|null);

                /** AttestationClientState latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** AttestationClientState latestTimestampNs */
                latestTimestampNs?: (number|Long|null);

                /** AttestationClientState trustingPeriodNs */
                trustingPeriodNs?: (number|Long|null);

                /** AttestationClientState maxClockDriftNs */
                maxClockDriftNs?: (number|Long|null);

                /** AttestationClientState frozen */
                frozen?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestationClientState. */
            type $Shape = isthmus.v1.AttestationClientState.$Properties;
        }

        /**
         * Properties of an AttestationConsensusState.
         * @deprecated Use isthmus.v1.AttestationConsensusState.$Properties instead.
         */
        interface IAttestationConsensusState extends isthmus.v1.AttestationConsensusState.$Properties {
        }

        /** Represents an AttestationConsensusState. */
        class AttestationConsensusState {

            /**
             * Constructs a new AttestationConsensusState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.AttestationConsensusState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationConsensusState timestampNs. */
            timestampNs: (number|Long);

            /** AttestationConsensusState root. */
            root: Uint8Array;

            /**
             * Creates a new AttestationConsensusState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttestationConsensusState instance
             */
            static create(properties: isthmus.v1.AttestationConsensusState.$Shape): isthmus.v1.AttestationConsensusState & isthmus.v1.AttestationConsensusState.$Shape;
            static create(properties?: isthmus.v1.AttestationConsensusState.$Properties): isthmus.v1.AttestationConsensusState;

            /**
             * Encodes the specified AttestationConsensusState message. Does not implicitly {@link isthmus.v1.AttestationConsensusState.verify|verify} messages.
             * @param message AttestationConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.AttestationConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AttestationConsensusState message, length delimited. Does not implicitly {@link isthmus.v1.AttestationConsensusState.verify|verify} messages.
             * @param message AttestationConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.AttestationConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationConsensusState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.AttestationConsensusState & isthmus.v1.AttestationConsensusState.$Shape} AttestationConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.AttestationConsensusState & isthmus.v1.AttestationConsensusState.$Shape;

            /**
             * Decodes an AttestationConsensusState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.AttestationConsensusState & isthmus.v1.AttestationConsensusState.$Shape} AttestationConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.AttestationConsensusState & isthmus.v1.AttestationConsensusState.$Shape;

            /**
             * Verifies an AttestationConsensusState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttestationConsensusState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttestationConsensusState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.AttestationConsensusState;

            /**
             * Creates a plain object from an AttestationConsensusState message. Also converts values to other types if specified.
             * @param message AttestationConsensusState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.AttestationConsensusState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttestationConsensusState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttestationConsensusState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttestationConsensusState {

            /** Properties of an AttestationConsensusState. */
            interface $Properties {

                /** AttestationConsensusState timestampNs */
                timestampNs?: (number|Long|null);

                /** AttestationConsensusState root */
                root?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestationConsensusState. */
            type $Shape = isthmus.v1.AttestationConsensusState.$Properties;
        }

        /**
         * Properties of an AttestationMisbehaviour.
         * @deprecated Use isthmus.v1.AttestationMisbehaviour.$Properties instead.
         */
        interface IAttestationMisbehaviour extends isthmus.v1.AttestationMisbehaviour.$Properties {
        }

        /** Represents an AttestationMisbehaviour. */
        class AttestationMisbehaviour {

            /**
             * Constructs a new AttestationMisbehaviour.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.AttestationMisbehaviour.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationMisbehaviour first. */
            first: Uint8Array;

            /** AttestationMisbehaviour second. */
            second: Uint8Array;

            /**
             * Creates a new AttestationMisbehaviour instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttestationMisbehaviour instance
             */
            static create(properties: isthmus.v1.AttestationMisbehaviour.$Shape): isthmus.v1.AttestationMisbehaviour & isthmus.v1.AttestationMisbehaviour.$Shape;
            static create(properties?: isthmus.v1.AttestationMisbehaviour.$Properties): isthmus.v1.AttestationMisbehaviour;

            /**
             * Encodes the specified AttestationMisbehaviour message. Does not implicitly {@link isthmus.v1.AttestationMisbehaviour.verify|verify} messages.
             * @param message AttestationMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.AttestationMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AttestationMisbehaviour message, length delimited. Does not implicitly {@link isthmus.v1.AttestationMisbehaviour.verify|verify} messages.
             * @param message AttestationMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.AttestationMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationMisbehaviour message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.AttestationMisbehaviour & isthmus.v1.AttestationMisbehaviour.$Shape} AttestationMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.AttestationMisbehaviour & isthmus.v1.AttestationMisbehaviour.$Shape;

            /**
             * Decodes an AttestationMisbehaviour message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.AttestationMisbehaviour & isthmus.v1.AttestationMisbehaviour.$Shape} AttestationMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.AttestationMisbehaviour & isthmus.v1.AttestationMisbehaviour.$Shape;

            /**
             * Verifies an AttestationMisbehaviour message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttestationMisbehaviour message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttestationMisbehaviour
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.AttestationMisbehaviour;

            /**
             * Creates a plain object from an AttestationMisbehaviour message. Also converts values to other types if specified.
             * @param message AttestationMisbehaviour
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.AttestationMisbehaviour, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttestationMisbehaviour to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttestationMisbehaviour
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttestationMisbehaviour {

            /** Properties of an AttestationMisbehaviour. */
            interface $Properties {

                /** AttestationMisbehaviour first */
                first?: (Uint8Array|null);

                /** AttestationMisbehaviour second */
                second?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestationMisbehaviour. */
            type $Shape = isthmus.v1.AttestationMisbehaviour.$Properties;
        }

        /**
         * Properties of an EvmClientState.
         * @deprecated Use isthmus.v1.EvmClientState.$Properties instead.
         */
        interface IEvmClientState extends isthmus.v1.EvmClientState.$Properties {
        }

        /** Represents an EvmClientState. */
        class EvmClientState {

            /**
             * Constructs a new EvmClientState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmClientState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmClientState chainId. */
            chainId: (number|Long);

            /** EvmClientState consensus. */
            consensus: string;

            /** EvmClientState trustingPeriodNs. */
            trustingPeriodNs: (number|Long);

            /** EvmClientState maxClockDriftNs. */
            maxClockDriftNs: (number|Long);

            /** EvmClientState cliqueEpoch. */
            cliqueEpoch: (number|Long);

            /** EvmClientState frozen. */
            frozen: boolean;

            /** EvmClientState latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** EvmClientState storeAddress. */
            storeAddress: Uint8Array;

            /** EvmClientState ledgerId. */
            ledgerId: string;

            /** EvmClientState signers. */
            signers: isthmus.v1.AttestationSigner.$Properties[];

            /** EvmClientState threshold. */
            threshold: (number|Long);

            /**
             * Creates a new EvmClientState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmClientState instance
             */
            static create(properties: isthmus.v1.EvmClientState.$Shape): isthmus.v1.EvmClientState & isthmus.v1.EvmClientState.$Shape;
            static create(properties?: isthmus.v1.EvmClientState.$Properties): isthmus.v1.EvmClientState;

            /**
             * Encodes the specified EvmClientState message. Does not implicitly {@link isthmus.v1.EvmClientState.verify|verify} messages.
             * @param message EvmClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmClientState message, length delimited. Does not implicitly {@link isthmus.v1.EvmClientState.verify|verify} messages.
             * @param message EvmClientState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmClientState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmClientState & isthmus.v1.EvmClientState.$Shape} EvmClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmClientState & isthmus.v1.EvmClientState.$Shape;

            /**
             * Decodes an EvmClientState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmClientState & isthmus.v1.EvmClientState.$Shape} EvmClientState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmClientState & isthmus.v1.EvmClientState.$Shape;

            /**
             * Verifies an EvmClientState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmClientState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmClientState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmClientState;

            /**
             * Creates a plain object from an EvmClientState message. Also converts values to other types if specified.
             * @param message EvmClientState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmClientState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmClientState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmClientState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmClientState {

            /** Properties of an EvmClientState. */
            interface $Properties {

                /** EvmClientState chainId */
                chainId?: (number|Long|null);

                /** EvmClientState consensus */
                consensus?: (string|null);

                /** EvmClientState trustingPeriodNs */
                trustingPeriodNs?: (number|Long|null);

                /** EvmClientState maxClockDriftNs */
                maxClockDriftNs?: (number|Long|null);

                /** EvmClientState cliqueEpoch */
                cliqueEpoch?: (number|Long|null);

                /** EvmClientState frozen */
                frozen?: (boolean|null);

                /** EvmClientState latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** EvmClientState storeAddress */
                storeAddress?: (Uint8Array|null);

                /** EvmClientState ledgerId */
                ledgerId?: (string|null);

                /** EvmClientState signers */
                signers?: (isthmus.v1.AttestationSigner.$Properties[]|null);

                /** EvmClientState threshold */
                threshold?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmClientState. */
            type $Shape = isthmus.v1.EvmClientState.$Properties;
        }

        /**
         * Properties of an EvmAttestedHeader.
         * @deprecated Use isthmus.v1.EvmAttestedHeader.$Properties instead.
         */
        interface IEvmAttestedHeader extends isthmus.v1.EvmAttestedHeader.$Properties {
        }

        /** Represents an EvmAttestedHeader. */
        class EvmAttestedHeader {

            /**
             * Constructs a new EvmAttestedHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmAttestedHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmAttestedHeader header. */
            header: Uint8Array;

            /** EvmAttestedHeader signatures. */
            signatures: isthmus.v1.EvmHeaderSignature.$Properties[];

            /**
             * Creates a new EvmAttestedHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmAttestedHeader instance
             */
            static create(properties: isthmus.v1.EvmAttestedHeader.$Shape): isthmus.v1.EvmAttestedHeader & isthmus.v1.EvmAttestedHeader.$Shape;
            static create(properties?: isthmus.v1.EvmAttestedHeader.$Properties): isthmus.v1.EvmAttestedHeader;

            /**
             * Encodes the specified EvmAttestedHeader message. Does not implicitly {@link isthmus.v1.EvmAttestedHeader.verify|verify} messages.
             * @param message EvmAttestedHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmAttestedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmAttestedHeader message, length delimited. Does not implicitly {@link isthmus.v1.EvmAttestedHeader.verify|verify} messages.
             * @param message EvmAttestedHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmAttestedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmAttestedHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmAttestedHeader & isthmus.v1.EvmAttestedHeader.$Shape} EvmAttestedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmAttestedHeader & isthmus.v1.EvmAttestedHeader.$Shape;

            /**
             * Decodes an EvmAttestedHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmAttestedHeader & isthmus.v1.EvmAttestedHeader.$Shape} EvmAttestedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmAttestedHeader & isthmus.v1.EvmAttestedHeader.$Shape;

            /**
             * Verifies an EvmAttestedHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmAttestedHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmAttestedHeader
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmAttestedHeader;

            /**
             * Creates a plain object from an EvmAttestedHeader message. Also converts values to other types if specified.
             * @param message EvmAttestedHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmAttestedHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmAttestedHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmAttestedHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmAttestedHeader {

            /** Properties of an EvmAttestedHeader. */
            interface $Properties {

                /** EvmAttestedHeader header */
                header?: (Uint8Array|null);

                /** EvmAttestedHeader signatures */
                signatures?: (isthmus.v1.EvmHeaderSignature.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmAttestedHeader. */
            type $Shape = isthmus.v1.EvmAttestedHeader.$Properties;
        }

        /**
         * Properties of an EvmHeaderSignature.
         * @deprecated Use isthmus.v1.EvmHeaderSignature.$Properties instead.
         */
        interface IEvmHeaderSignature extends isthmus.v1.EvmHeaderSignature.$Properties {
        }

        /** Represents an EvmHeaderSignature. */
        class EvmHeaderSignature {

            /**
             * Constructs a new EvmHeaderSignature.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmHeaderSignature.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmHeaderSignature scheme. */
            scheme: string;

            /** EvmHeaderSignature publicKey. */
            publicKey: Uint8Array;

            /** EvmHeaderSignature signature. */
            signature: Uint8Array;

            /**
             * Creates a new EvmHeaderSignature instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmHeaderSignature instance
             */
            static create(properties: isthmus.v1.EvmHeaderSignature.$Shape): isthmus.v1.EvmHeaderSignature & isthmus.v1.EvmHeaderSignature.$Shape;
            static create(properties?: isthmus.v1.EvmHeaderSignature.$Properties): isthmus.v1.EvmHeaderSignature;

            /**
             * Encodes the specified EvmHeaderSignature message. Does not implicitly {@link isthmus.v1.EvmHeaderSignature.verify|verify} messages.
             * @param message EvmHeaderSignature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmHeaderSignature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmHeaderSignature message, length delimited. Does not implicitly {@link isthmus.v1.EvmHeaderSignature.verify|verify} messages.
             * @param message EvmHeaderSignature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmHeaderSignature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmHeaderSignature message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmHeaderSignature & isthmus.v1.EvmHeaderSignature.$Shape} EvmHeaderSignature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmHeaderSignature & isthmus.v1.EvmHeaderSignature.$Shape;

            /**
             * Decodes an EvmHeaderSignature message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmHeaderSignature & isthmus.v1.EvmHeaderSignature.$Shape} EvmHeaderSignature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmHeaderSignature & isthmus.v1.EvmHeaderSignature.$Shape;

            /**
             * Verifies an EvmHeaderSignature message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmHeaderSignature message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmHeaderSignature
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmHeaderSignature;

            /**
             * Creates a plain object from an EvmHeaderSignature message. Also converts values to other types if specified.
             * @param message EvmHeaderSignature
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmHeaderSignature, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmHeaderSignature to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmHeaderSignature
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmHeaderSignature {

            /** Properties of an EvmHeaderSignature. */
            interface $Properties {

                /** EvmHeaderSignature scheme */
                scheme?: (string|null);

                /** EvmHeaderSignature publicKey */
                publicKey?: (Uint8Array|null);

                /** EvmHeaderSignature signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmHeaderSignature. */
            type $Shape = isthmus.v1.EvmHeaderSignature.$Properties;
        }

        /**
         * Properties of an EvmCliqueRecent.
         * @deprecated Use isthmus.v1.EvmCliqueRecent.$Properties instead.
         */
        interface IEvmCliqueRecent extends isthmus.v1.EvmCliqueRecent.$Properties {
        }

        /** Represents an EvmCliqueRecent. */
        class EvmCliqueRecent {

            /**
             * Constructs a new EvmCliqueRecent.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmCliqueRecent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmCliqueRecent number. */
            number: (number|Long);

            /** EvmCliqueRecent signer. */
            signer: string;

            /**
             * Creates a new EvmCliqueRecent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmCliqueRecent instance
             */
            static create(properties: isthmus.v1.EvmCliqueRecent.$Shape): isthmus.v1.EvmCliqueRecent & isthmus.v1.EvmCliqueRecent.$Shape;
            static create(properties?: isthmus.v1.EvmCliqueRecent.$Properties): isthmus.v1.EvmCliqueRecent;

            /**
             * Encodes the specified EvmCliqueRecent message. Does not implicitly {@link isthmus.v1.EvmCliqueRecent.verify|verify} messages.
             * @param message EvmCliqueRecent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmCliqueRecent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmCliqueRecent message, length delimited. Does not implicitly {@link isthmus.v1.EvmCliqueRecent.verify|verify} messages.
             * @param message EvmCliqueRecent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmCliqueRecent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmCliqueRecent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmCliqueRecent & isthmus.v1.EvmCliqueRecent.$Shape} EvmCliqueRecent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmCliqueRecent & isthmus.v1.EvmCliqueRecent.$Shape;

            /**
             * Decodes an EvmCliqueRecent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmCliqueRecent & isthmus.v1.EvmCliqueRecent.$Shape} EvmCliqueRecent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmCliqueRecent & isthmus.v1.EvmCliqueRecent.$Shape;

            /**
             * Verifies an EvmCliqueRecent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmCliqueRecent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmCliqueRecent
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmCliqueRecent;

            /**
             * Creates a plain object from an EvmCliqueRecent message. Also converts values to other types if specified.
             * @param message EvmCliqueRecent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmCliqueRecent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmCliqueRecent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmCliqueRecent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmCliqueRecent {

            /** Properties of an EvmCliqueRecent. */
            interface $Properties {

                /** EvmCliqueRecent number */
                number?: (number|Long|null);

                /** EvmCliqueRecent signer */
                signer?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmCliqueRecent. */
            type $Shape = isthmus.v1.EvmCliqueRecent.$Properties;
        }

        /**
         * Properties of an EvmCliqueVote.
         * @deprecated Use isthmus.v1.EvmCliqueVote.$Properties instead.
         */
        interface IEvmCliqueVote extends isthmus.v1.EvmCliqueVote.$Properties {
        }

        /** Represents an EvmCliqueVote. */
        class EvmCliqueVote {

            /**
             * Constructs a new EvmCliqueVote.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmCliqueVote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmCliqueVote signer. */
            signer: string;

            /** EvmCliqueVote number. */
            number: (number|Long);

            /** EvmCliqueVote address. */
            address: string;

            /** EvmCliqueVote authorize. */
            authorize: boolean;

            /**
             * Creates a new EvmCliqueVote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmCliqueVote instance
             */
            static create(properties: isthmus.v1.EvmCliqueVote.$Shape): isthmus.v1.EvmCliqueVote & isthmus.v1.EvmCliqueVote.$Shape;
            static create(properties?: isthmus.v1.EvmCliqueVote.$Properties): isthmus.v1.EvmCliqueVote;

            /**
             * Encodes the specified EvmCliqueVote message. Does not implicitly {@link isthmus.v1.EvmCliqueVote.verify|verify} messages.
             * @param message EvmCliqueVote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmCliqueVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmCliqueVote message, length delimited. Does not implicitly {@link isthmus.v1.EvmCliqueVote.verify|verify} messages.
             * @param message EvmCliqueVote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmCliqueVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmCliqueVote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmCliqueVote & isthmus.v1.EvmCliqueVote.$Shape} EvmCliqueVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmCliqueVote & isthmus.v1.EvmCliqueVote.$Shape;

            /**
             * Decodes an EvmCliqueVote message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmCliqueVote & isthmus.v1.EvmCliqueVote.$Shape} EvmCliqueVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmCliqueVote & isthmus.v1.EvmCliqueVote.$Shape;

            /**
             * Verifies an EvmCliqueVote message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmCliqueVote message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmCliqueVote
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmCliqueVote;

            /**
             * Creates a plain object from an EvmCliqueVote message. Also converts values to other types if specified.
             * @param message EvmCliqueVote
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmCliqueVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmCliqueVote to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmCliqueVote
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmCliqueVote {

            /** Properties of an EvmCliqueVote. */
            interface $Properties {

                /** EvmCliqueVote signer */
                signer?: (string|null);

                /** EvmCliqueVote number */
                number?: (number|Long|null);

                /** EvmCliqueVote address */
                address?: (string|null);

                /** EvmCliqueVote authorize */
                authorize?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmCliqueVote. */
            type $Shape = isthmus.v1.EvmCliqueVote.$Properties;
        }

        /**
         * Properties of an EvmConsensusState.
         * @deprecated Use isthmus.v1.EvmConsensusState.$Properties instead.
         */
        interface IEvmConsensusState extends isthmus.v1.EvmConsensusState.$Properties {
        }

        /** Represents an EvmConsensusState. */
        class EvmConsensusState {

            /**
             * Constructs a new EvmConsensusState.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmConsensusState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmConsensusState header. */
            header: Uint8Array;

            /** EvmConsensusState validators. */
            validators: string[];

            /** EvmConsensusState recentSigners. */
            recentSigners: isthmus.v1.EvmCliqueRecent.$Properties[];

            /** EvmConsensusState cliqueVotes. */
            cliqueVotes: isthmus.v1.EvmCliqueVote.$Properties[];

            /**
             * Creates a new EvmConsensusState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmConsensusState instance
             */
            static create(properties: isthmus.v1.EvmConsensusState.$Shape): isthmus.v1.EvmConsensusState & isthmus.v1.EvmConsensusState.$Shape;
            static create(properties?: isthmus.v1.EvmConsensusState.$Properties): isthmus.v1.EvmConsensusState;

            /**
             * Encodes the specified EvmConsensusState message. Does not implicitly {@link isthmus.v1.EvmConsensusState.verify|verify} messages.
             * @param message EvmConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmConsensusState message, length delimited. Does not implicitly {@link isthmus.v1.EvmConsensusState.verify|verify} messages.
             * @param message EvmConsensusState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmConsensusState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmConsensusState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmConsensusState & isthmus.v1.EvmConsensusState.$Shape} EvmConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmConsensusState & isthmus.v1.EvmConsensusState.$Shape;

            /**
             * Decodes an EvmConsensusState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmConsensusState & isthmus.v1.EvmConsensusState.$Shape} EvmConsensusState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmConsensusState & isthmus.v1.EvmConsensusState.$Shape;

            /**
             * Verifies an EvmConsensusState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmConsensusState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmConsensusState
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmConsensusState;

            /**
             * Creates a plain object from an EvmConsensusState message. Also converts values to other types if specified.
             * @param message EvmConsensusState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmConsensusState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmConsensusState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmConsensusState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmConsensusState {

            /** Properties of an EvmConsensusState. */
            interface $Properties {

                /** EvmConsensusState header */
                header?: (Uint8Array|null);

                /** EvmConsensusState validators */
                validators?: (string[]|null);

                /** EvmConsensusState recentSigners */
                recentSigners?: (isthmus.v1.EvmCliqueRecent.$Properties[]|null);

                /** EvmConsensusState cliqueVotes */
                cliqueVotes?: (isthmus.v1.EvmCliqueVote.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmConsensusState. */
            type $Shape = isthmus.v1.EvmConsensusState.$Properties;
        }

        /**
         * Properties of an EvmMisbehaviour.
         * @deprecated Use isthmus.v1.EvmMisbehaviour.$Properties instead.
         */
        interface IEvmMisbehaviour extends isthmus.v1.EvmMisbehaviour.$Properties {
        }

        /** Represents an EvmMisbehaviour. */
        class EvmMisbehaviour {

            /**
             * Constructs a new EvmMisbehaviour.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmMisbehaviour.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmMisbehaviour header_1. */
            header_1: Uint8Array;

            /** EvmMisbehaviour header_2. */
            header_2: Uint8Array;

            /**
             * Creates a new EvmMisbehaviour instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmMisbehaviour instance
             */
            static create(properties: isthmus.v1.EvmMisbehaviour.$Shape): isthmus.v1.EvmMisbehaviour & isthmus.v1.EvmMisbehaviour.$Shape;
            static create(properties?: isthmus.v1.EvmMisbehaviour.$Properties): isthmus.v1.EvmMisbehaviour;

            /**
             * Encodes the specified EvmMisbehaviour message. Does not implicitly {@link isthmus.v1.EvmMisbehaviour.verify|verify} messages.
             * @param message EvmMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmMisbehaviour message, length delimited. Does not implicitly {@link isthmus.v1.EvmMisbehaviour.verify|verify} messages.
             * @param message EvmMisbehaviour message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmMisbehaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmMisbehaviour message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmMisbehaviour & isthmus.v1.EvmMisbehaviour.$Shape} EvmMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmMisbehaviour & isthmus.v1.EvmMisbehaviour.$Shape;

            /**
             * Decodes an EvmMisbehaviour message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmMisbehaviour & isthmus.v1.EvmMisbehaviour.$Shape} EvmMisbehaviour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmMisbehaviour & isthmus.v1.EvmMisbehaviour.$Shape;

            /**
             * Verifies an EvmMisbehaviour message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmMisbehaviour message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmMisbehaviour
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmMisbehaviour;

            /**
             * Creates a plain object from an EvmMisbehaviour message. Also converts values to other types if specified.
             * @param message EvmMisbehaviour
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmMisbehaviour, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmMisbehaviour to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmMisbehaviour
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmMisbehaviour {

            /** Properties of an EvmMisbehaviour. */
            interface $Properties {

                /** EvmMisbehaviour header_1 */
                header_1?: (Uint8Array|null);

                /** EvmMisbehaviour header_2 */
                header_2?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmMisbehaviour. */
            type $Shape = isthmus.v1.EvmMisbehaviour.$Properties;
        }

        /**
         * Properties of an EvmAccountProof.
         * @deprecated Use isthmus.v1.EvmAccountProof.$Properties instead.
         */
        interface IEvmAccountProof extends isthmus.v1.EvmAccountProof.$Properties {
        }

        /** Represents an EvmAccountProof. */
        class EvmAccountProof {

            /**
             * Constructs a new EvmAccountProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmAccountProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmAccountProof address. */
            address: Uint8Array;

            /** EvmAccountProof nonce. */
            nonce: Uint8Array;

            /** EvmAccountProof balance. */
            balance: Uint8Array;

            /** EvmAccountProof storageHash. */
            storageHash: Uint8Array;

            /** EvmAccountProof codeHash. */
            codeHash: Uint8Array;

            /** EvmAccountProof accountProof. */
            accountProof: Uint8Array[];

            /** EvmAccountProof storageProof. */
            storageProof: isthmus.v1.EvmStorageProof.$Properties[];

            /**
             * Creates a new EvmAccountProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmAccountProof instance
             */
            static create(properties: isthmus.v1.EvmAccountProof.$Shape): isthmus.v1.EvmAccountProof & isthmus.v1.EvmAccountProof.$Shape;
            static create(properties?: isthmus.v1.EvmAccountProof.$Properties): isthmus.v1.EvmAccountProof;

            /**
             * Encodes the specified EvmAccountProof message. Does not implicitly {@link isthmus.v1.EvmAccountProof.verify|verify} messages.
             * @param message EvmAccountProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmAccountProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmAccountProof message, length delimited. Does not implicitly {@link isthmus.v1.EvmAccountProof.verify|verify} messages.
             * @param message EvmAccountProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmAccountProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmAccountProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmAccountProof & isthmus.v1.EvmAccountProof.$Shape} EvmAccountProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmAccountProof & isthmus.v1.EvmAccountProof.$Shape;

            /**
             * Decodes an EvmAccountProof message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmAccountProof & isthmus.v1.EvmAccountProof.$Shape} EvmAccountProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmAccountProof & isthmus.v1.EvmAccountProof.$Shape;

            /**
             * Verifies an EvmAccountProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmAccountProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmAccountProof
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmAccountProof;

            /**
             * Creates a plain object from an EvmAccountProof message. Also converts values to other types if specified.
             * @param message EvmAccountProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmAccountProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmAccountProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmAccountProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmAccountProof {

            /** Properties of an EvmAccountProof. */
            interface $Properties {

                /** EvmAccountProof address */
                address?: (Uint8Array|null);

                /** EvmAccountProof nonce */
                nonce?: (Uint8Array|null);

                /** EvmAccountProof balance */
                balance?: (Uint8Array|null);

                /** EvmAccountProof storageHash */
                storageHash?: (Uint8Array|null);

                /** EvmAccountProof codeHash */
                codeHash?: (Uint8Array|null);

                /** EvmAccountProof accountProof */
                accountProof?: (Uint8Array[]|null);

                /** EvmAccountProof storageProof */
                storageProof?: (isthmus.v1.EvmStorageProof.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmAccountProof. */
            type $Shape = isthmus.v1.EvmAccountProof.$Properties;
        }

        /**
         * Properties of an EvmStorageProof.
         * @deprecated Use isthmus.v1.EvmStorageProof.$Properties instead.
         */
        interface IEvmStorageProof extends isthmus.v1.EvmStorageProof.$Properties {
        }

        /** Represents an EvmStorageProof. */
        class EvmStorageProof {

            /**
             * Constructs a new EvmStorageProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvmStorageProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmStorageProof key. */
            key: Uint8Array;

            /** EvmStorageProof value. */
            value: Uint8Array;

            /** EvmStorageProof proof. */
            proof: Uint8Array[];

            /**
             * Creates a new EvmStorageProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmStorageProof instance
             */
            static create(properties: isthmus.v1.EvmStorageProof.$Shape): isthmus.v1.EvmStorageProof & isthmus.v1.EvmStorageProof.$Shape;
            static create(properties?: isthmus.v1.EvmStorageProof.$Properties): isthmus.v1.EvmStorageProof;

            /**
             * Encodes the specified EvmStorageProof message. Does not implicitly {@link isthmus.v1.EvmStorageProof.verify|verify} messages.
             * @param message EvmStorageProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvmStorageProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmStorageProof message, length delimited. Does not implicitly {@link isthmus.v1.EvmStorageProof.verify|verify} messages.
             * @param message EvmStorageProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvmStorageProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmStorageProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvmStorageProof & isthmus.v1.EvmStorageProof.$Shape} EvmStorageProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvmStorageProof & isthmus.v1.EvmStorageProof.$Shape;

            /**
             * Decodes an EvmStorageProof message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvmStorageProof & isthmus.v1.EvmStorageProof.$Shape} EvmStorageProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvmStorageProof & isthmus.v1.EvmStorageProof.$Shape;

            /**
             * Verifies an EvmStorageProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmStorageProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmStorageProof
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvmStorageProof;

            /**
             * Creates a plain object from an EvmStorageProof message. Also converts values to other types if specified.
             * @param message EvmStorageProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvmStorageProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmStorageProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmStorageProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmStorageProof {

            /** Properties of an EvmStorageProof. */
            interface $Properties {

                /** EvmStorageProof key */
                key?: (Uint8Array|null);

                /** EvmStorageProof value */
                value?: (Uint8Array|null);

                /** EvmStorageProof proof */
                proof?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmStorageProof. */
            type $Shape = isthmus.v1.EvmStorageProof.$Properties;
        }

        /** Ordering enum. */
        enum Ordering {

            /** ORDERING_UNSPECIFIED value */
            ORDERING_UNSPECIFIED = 0,

            /** ORDERING_UNORDERED value */
            ORDERING_UNORDERED = 1,

            /** ORDERING_ORDERED value */
            ORDERING_ORDERED = 2
        }

        /** Represents a Relay */
        class Relay extends $protobuf.rpc.Service {

            /**
             * Constructs a new Relay service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Relay service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Relay;

            /** Calls SendMessage. */
            sendMessage: isthmus.v1.Relay.SendMessage;

            /** Calls GetMessage. */
            getMessage: isthmus.v1.Relay.GetMessage;

            /** Calls WatchMessages. */
            watchMessages: isthmus.v1.Relay.WatchMessages;

            /** Calls QueryState. */
            queryState: isthmus.v1.Relay.QueryState;

            /** Calls ListChains. */
            listChains: isthmus.v1.Relay.ListChains;

            /** Calls ListPaths. */
            listPaths: isthmus.v1.Relay.ListPaths;

            /** Calls GetClient. */
            getClient: isthmus.v1.Relay.GetClient;

            /** Calls Catalog. */
            catalog: isthmus.v1.Relay.Catalog;

            /** Calls RegisterSchema. */
            registerSchema: isthmus.v1.Relay.RegisterSchema;

            /** Calls Notarize. */
            notarize: isthmus.v1.Relay.Notarize;

            /** Calls GetEvidenceReceipt. */
            getEvidenceReceipt: isthmus.v1.Relay.GetEvidenceReceipt;
        }

        namespace Relay {

            /**
             * Callback as used by {@link isthmus.v1.Relay#sendMessage}.
             * @param error Error, if any
             * @param [response] SendMessageResponse
             */
            type SendMessageCallback = (error: (Error|null), response?: isthmus.v1.SendMessageResponse) => void;

            /** Calls SendMessage. */
            type SendMessage = {
              (request: isthmus.v1.ISendMessageRequest, callback: isthmus.v1.Relay.SendMessageCallback): void;
              (request: isthmus.v1.ISendMessageRequest): Promise<isthmus.v1.SendMessageResponse>;
              readonly name: "SendMessage";
              readonly path: "/isthmus.v1.Relay/SendMessage";
              readonly requestType: "SendMessageRequest";
              readonly responseType: "SendMessageResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#getMessage}.
             * @param error Error, if any
             * @param [response] Message
             */
            type GetMessageCallback = (error: (Error|null), response?: isthmus.v1.Message) => void;

            /** Calls GetMessage. */
            type GetMessage = {
              (request: isthmus.v1.IGetMessageRequest, callback: isthmus.v1.Relay.GetMessageCallback): void;
              (request: isthmus.v1.IGetMessageRequest): Promise<isthmus.v1.Message>;
              readonly name: "GetMessage";
              readonly path: "/isthmus.v1.Relay/GetMessage";
              readonly requestType: "GetMessageRequest";
              readonly responseType: "Message";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#watchMessages}.
             * @param error Error, if any
             * @param [response] WatchMessagesResponse
             */
            type WatchMessagesCallback = (error: (Error|null), response?: isthmus.v1.WatchMessagesResponse) => void;

            /** Calls WatchMessages. */
            type WatchMessages = {
              (request: isthmus.v1.IWatchMessagesRequest, callback: isthmus.v1.Relay.WatchMessagesCallback): void;
              (request: isthmus.v1.IWatchMessagesRequest): Promise<isthmus.v1.WatchMessagesResponse>;
              readonly name: "WatchMessages";
              readonly path: "/isthmus.v1.Relay/WatchMessages";
              readonly requestType: "WatchMessagesRequest";
              readonly responseType: "WatchMessagesResponse";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#queryState}.
             * @param error Error, if any
             * @param [response] QueryStateResponse
             */
            type QueryStateCallback = (error: (Error|null), response?: isthmus.v1.QueryStateResponse) => void;

            /** Calls QueryState. */
            type QueryState = {
              (request: isthmus.v1.IQueryStateRequest, callback: isthmus.v1.Relay.QueryStateCallback): void;
              (request: isthmus.v1.IQueryStateRequest): Promise<isthmus.v1.QueryStateResponse>;
              readonly name: "QueryState";
              readonly path: "/isthmus.v1.Relay/QueryState";
              readonly requestType: "QueryStateRequest";
              readonly responseType: "QueryStateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#listChains}.
             * @param error Error, if any
             * @param [response] ListChainsResponse
             */
            type ListChainsCallback = (error: (Error|null), response?: isthmus.v1.ListChainsResponse) => void;

            /** Calls ListChains. */
            type ListChains = {
              (request: isthmus.v1.IListChainsRequest, callback: isthmus.v1.Relay.ListChainsCallback): void;
              (request: isthmus.v1.IListChainsRequest): Promise<isthmus.v1.ListChainsResponse>;
              readonly name: "ListChains";
              readonly path: "/isthmus.v1.Relay/ListChains";
              readonly requestType: "ListChainsRequest";
              readonly responseType: "ListChainsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#listPaths}.
             * @param error Error, if any
             * @param [response] ListPathsResponse
             */
            type ListPathsCallback = (error: (Error|null), response?: isthmus.v1.ListPathsResponse) => void;

            /** Calls ListPaths. */
            type ListPaths = {
              (request: isthmus.v1.IListPathsRequest, callback: isthmus.v1.Relay.ListPathsCallback): void;
              (request: isthmus.v1.IListPathsRequest): Promise<isthmus.v1.ListPathsResponse>;
              readonly name: "ListPaths";
              readonly path: "/isthmus.v1.Relay/ListPaths";
              readonly requestType: "ListPathsRequest";
              readonly responseType: "ListPathsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#getClient}.
             * @param error Error, if any
             * @param [response] GetClientResponse
             */
            type GetClientCallback = (error: (Error|null), response?: isthmus.v1.GetClientResponse) => void;

            /** Calls GetClient. */
            type GetClient = {
              (request: isthmus.v1.IGetClientRequest, callback: isthmus.v1.Relay.GetClientCallback): void;
              (request: isthmus.v1.IGetClientRequest): Promise<isthmus.v1.GetClientResponse>;
              readonly name: "GetClient";
              readonly path: "/isthmus.v1.Relay/GetClient";
              readonly requestType: "GetClientRequest";
              readonly responseType: "GetClientResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#catalog}.
             * @param error Error, if any
             * @param [response] CatalogResponse
             */
            type CatalogCallback = (error: (Error|null), response?: isthmus.v1.CatalogResponse) => void;

            /** Calls Catalog. */
            type Catalog = {
              (request: isthmus.v1.ICatalogRequest, callback: isthmus.v1.Relay.CatalogCallback): void;
              (request: isthmus.v1.ICatalogRequest): Promise<isthmus.v1.CatalogResponse>;
              readonly name: "Catalog";
              readonly path: "/isthmus.v1.Relay/Catalog";
              readonly requestType: "CatalogRequest";
              readonly responseType: "CatalogResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#registerSchema}.
             * @param error Error, if any
             * @param [response] RegisterSchemaResponse
             */
            type RegisterSchemaCallback = (error: (Error|null), response?: isthmus.v1.RegisterSchemaResponse) => void;

            /** Calls RegisterSchema. */
            type RegisterSchema = {
              (request: isthmus.v1.IRegisterSchemaRequest, callback: isthmus.v1.Relay.RegisterSchemaCallback): void;
              (request: isthmus.v1.IRegisterSchemaRequest): Promise<isthmus.v1.RegisterSchemaResponse>;
              readonly name: "RegisterSchema";
              readonly path: "/isthmus.v1.Relay/RegisterSchema";
              readonly requestType: "RegisterSchemaRequest";
              readonly responseType: "RegisterSchemaResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#notarize}.
             * @param error Error, if any
             * @param [response] NotarizeResponse
             */
            type NotarizeCallback = (error: (Error|null), response?: isthmus.v1.NotarizeResponse) => void;

            /** Calls Notarize. */
            type Notarize = {
              (request: isthmus.v1.INotarizeRequest, callback: isthmus.v1.Relay.NotarizeCallback): void;
              (request: isthmus.v1.INotarizeRequest): Promise<isthmus.v1.NotarizeResponse>;
              readonly name: "Notarize";
              readonly path: "/isthmus.v1.Relay/Notarize";
              readonly requestType: "NotarizeRequest";
              readonly responseType: "NotarizeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link isthmus.v1.Relay#getEvidenceReceipt}.
             * @param error Error, if any
             * @param [response] EvidenceReceipt
             */
            type GetEvidenceReceiptCallback = (error: (Error|null), response?: isthmus.v1.EvidenceReceipt) => void;

            /** Calls GetEvidenceReceipt. */
            type GetEvidenceReceipt = {
              (request: isthmus.v1.IGetEvidenceReceiptRequest, callback: isthmus.v1.Relay.GetEvidenceReceiptCallback): void;
              (request: isthmus.v1.IGetEvidenceReceiptRequest): Promise<isthmus.v1.EvidenceReceipt>;
              readonly name: "GetEvidenceReceipt";
              readonly path: "/isthmus.v1.Relay/GetEvidenceReceipt";
              readonly requestType: "GetEvidenceReceiptRequest";
              readonly responseType: "EvidenceReceipt";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a SendMessageRequest.
         * @deprecated Use isthmus.v1.SendMessageRequest.$Properties instead.
         */
        interface ISendMessageRequest extends isthmus.v1.SendMessageRequest.$Properties {
        }

        /** Represents a SendMessageRequest. */
        class SendMessageRequest {

            /**
             * Constructs a new SendMessageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SendMessageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendMessageRequest sourceChain. */
            sourceChain: string;

            /** SendMessageRequest sourceChannel. */
            sourceChannel: string;

            /** SendMessageRequest app. */
            app: string;

            /** SendMessageRequest payload. */
            payload: Uint8Array;

            /** SendMessageRequest timeoutHeight. */
            timeoutHeight?: (isthmus.v1.Height.$Properties|null);

            /** SendMessageRequest timeoutTimestampNs. */
            timeoutTimestampNs: (number|Long);

            /** SendMessageRequest idempotencyKey. */
            idempotencyKey: string;

            /**
             * Creates a new SendMessageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendMessageRequest instance
             */
            static create(properties: isthmus.v1.SendMessageRequest.$Shape): isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape;
            static create(properties?: isthmus.v1.SendMessageRequest.$Properties): isthmus.v1.SendMessageRequest;

            /**
             * Encodes the specified SendMessageRequest message. Does not implicitly {@link isthmus.v1.SendMessageRequest.verify|verify} messages.
             * @param message SendMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SendMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.SendMessageRequest.verify|verify} messages.
             * @param message SendMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SendMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendMessageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape;

            /**
             * Decodes a SendMessageRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SendMessageRequest & isthmus.v1.SendMessageRequest.$Shape;

            /**
             * Verifies a SendMessageRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendMessageRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SendMessageRequest;

            /**
             * Creates a plain object from a SendMessageRequest message. Also converts values to other types if specified.
             * @param message SendMessageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SendMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendMessageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendMessageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessageRequest {

            /** Properties of a SendMessageRequest. */
            interface $Properties {

                /** SendMessageRequest sourceChain */
                sourceChain?: (string|null);

                /** SendMessageRequest sourceChannel */
                sourceChannel?: (string|null);

                /** SendMessageRequest app */
                app?: (string|null);

                /** SendMessageRequest payload */
                payload?: (Uint8Array|null);

                /** SendMessageRequest timeoutHeight */
                timeoutHeight?: (isthmus.v1.Height.$Properties|null);

                /** SendMessageRequest timeoutTimestampNs */
                timeoutTimestampNs?: (number|Long|null);

                /** SendMessageRequest idempotencyKey */
                idempotencyKey?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendMessageRequest. */
            type $Shape = isthmus.v1.SendMessageRequest.$Properties;
        }

        /**
         * Properties of a SendMessageResponse.
         * @deprecated Use isthmus.v1.SendMessageResponse.$Properties instead.
         */
        interface ISendMessageResponse extends isthmus.v1.SendMessageResponse.$Properties {
        }

        /** Represents a SendMessageResponse. */
        class SendMessageResponse {

            /**
             * Constructs a new SendMessageResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.SendMessageResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendMessageResponse messageId. */
            messageId: string;

            /** SendMessageResponse packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** SendMessageResponse txId. */
            txId: string;

            /** SendMessageResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new SendMessageResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendMessageResponse instance
             */
            static create(properties: isthmus.v1.SendMessageResponse.$Shape): isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape;
            static create(properties?: isthmus.v1.SendMessageResponse.$Properties): isthmus.v1.SendMessageResponse;

            /**
             * Encodes the specified SendMessageResponse message. Does not implicitly {@link isthmus.v1.SendMessageResponse.verify|verify} messages.
             * @param message SendMessageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.SendMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendMessageResponse message, length delimited. Does not implicitly {@link isthmus.v1.SendMessageResponse.verify|verify} messages.
             * @param message SendMessageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.SendMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendMessageResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape} SendMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape;

            /**
             * Decodes a SendMessageResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape} SendMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.SendMessageResponse & isthmus.v1.SendMessageResponse.$Shape;

            /**
             * Verifies a SendMessageResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendMessageResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.SendMessageResponse;

            /**
             * Creates a plain object from a SendMessageResponse message. Also converts values to other types if specified.
             * @param message SendMessageResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.SendMessageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendMessageResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendMessageResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessageResponse {

            /** Properties of a SendMessageResponse. */
            interface $Properties {

                /** SendMessageResponse messageId */
                messageId?: (string|null);

                /** SendMessageResponse packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** SendMessageResponse txId */
                txId?: (string|null);

                /** SendMessageResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendMessageResponse. */
            type $Shape = isthmus.v1.SendMessageResponse.$Properties;
        }

        /**
         * Properties of a GetMessageRequest.
         * @deprecated Use isthmus.v1.GetMessageRequest.$Properties instead.
         */
        interface IGetMessageRequest extends isthmus.v1.GetMessageRequest.$Properties {
        }

        /** Represents a GetMessageRequest. */
        class GetMessageRequest {

            /**
             * Constructs a new GetMessageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetMessageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetMessageRequest messageId. */
            messageId: string;

            /**
             * Creates a new GetMessageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetMessageRequest instance
             */
            static create(properties: isthmus.v1.GetMessageRequest.$Shape): isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape;
            static create(properties?: isthmus.v1.GetMessageRequest.$Properties): isthmus.v1.GetMessageRequest;

            /**
             * Encodes the specified GetMessageRequest message. Does not implicitly {@link isthmus.v1.GetMessageRequest.verify|verify} messages.
             * @param message GetMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetMessageRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetMessageRequest.verify|verify} messages.
             * @param message GetMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetMessageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape} GetMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape;

            /**
             * Decodes a GetMessageRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape} GetMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetMessageRequest & isthmus.v1.GetMessageRequest.$Shape;

            /**
             * Verifies a GetMessageRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetMessageRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetMessageRequest;

            /**
             * Creates a plain object from a GetMessageRequest message. Also converts values to other types if specified.
             * @param message GetMessageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetMessageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetMessageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMessageRequest {

            /** Properties of a GetMessageRequest. */
            interface $Properties {

                /** GetMessageRequest messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetMessageRequest. */
            type $Shape = isthmus.v1.GetMessageRequest.$Properties;
        }

        /** MessageStatus enum. */
        enum MessageStatus {

            /** MESSAGE_STATUS_UNSPECIFIED value */
            MESSAGE_STATUS_UNSPECIFIED = 0,

            /** MESSAGE_STATUS_SENT value */
            MESSAGE_STATUS_SENT = 1,

            /** MESSAGE_STATUS_RECEIVED value */
            MESSAGE_STATUS_RECEIVED = 2,

            /** MESSAGE_STATUS_ACKNOWLEDGED value */
            MESSAGE_STATUS_ACKNOWLEDGED = 3,

            /** MESSAGE_STATUS_TIMED_OUT value */
            MESSAGE_STATUS_TIMED_OUT = 4,

            /** MESSAGE_STATUS_FAILED value */
            MESSAGE_STATUS_FAILED = 5
        }

        /**
         * Properties of a Hop.
         * @deprecated Use isthmus.v1.Hop.$Properties instead.
         */
        interface IHop extends isthmus.v1.Hop.$Properties {
        }

        /** Represents a Hop. */
        class Hop {

            /**
             * Constructs a new Hop.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Hop.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hop chainId. */
            chainId: string;

            /** Hop step. */
            step: string;

            /** Hop height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** Hop txId. */
            txId: string;

            /** Hop proofHeight. */
            proofHeight?: (isthmus.v1.Height.$Properties|null);

            /** Hop timeNs. */
            timeNs: (number|Long);

            /** Hop error. */
            error: string;

            /**
             * Creates a new Hop instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hop instance
             */
            static create(properties: isthmus.v1.Hop.$Shape): isthmus.v1.Hop & isthmus.v1.Hop.$Shape;
            static create(properties?: isthmus.v1.Hop.$Properties): isthmus.v1.Hop;

            /**
             * Encodes the specified Hop message. Does not implicitly {@link isthmus.v1.Hop.verify|verify} messages.
             * @param message Hop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Hop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hop message, length delimited. Does not implicitly {@link isthmus.v1.Hop.verify|verify} messages.
             * @param message Hop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Hop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hop message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Hop & isthmus.v1.Hop.$Shape} Hop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Hop & isthmus.v1.Hop.$Shape;

            /**
             * Decodes a Hop message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Hop & isthmus.v1.Hop.$Shape} Hop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Hop & isthmus.v1.Hop.$Shape;

            /**
             * Verifies a Hop message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hop message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hop
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Hop;

            /**
             * Creates a plain object from a Hop message. Also converts values to other types if specified.
             * @param message Hop
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Hop, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hop to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hop
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hop {

            /** Properties of a Hop. */
            interface $Properties {

                /** Hop chainId */
                chainId?: (string|null);

                /** Hop step */
                step?: (string|null);

                /** Hop height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Hop txId */
                txId?: (string|null);

                /** Hop proofHeight */
                proofHeight?: (isthmus.v1.Height.$Properties|null);

                /** Hop timeNs */
                timeNs?: (number|Long|null);

                /** Hop error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hop. */
            type $Shape = isthmus.v1.Hop.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use isthmus.v1.Message.$Properties instead.
         */
        interface IMessage extends isthmus.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message messageId. */
            messageId: string;

            /** Message packet. */
            packet?: (isthmus.v1.Packet.$Properties|null);

            /** Message status. */
            status: isthmus.v1.MessageStatus;

            /** Message hops. */
            hops: isthmus.v1.Hop.$Properties[];

            /** Message acknowledgement. */
            acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: isthmus.v1.Message.$Shape): isthmus.v1.Message & isthmus.v1.Message.$Shape;
            static create(properties?: isthmus.v1.Message.$Properties): isthmus.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link isthmus.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link isthmus.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Message & isthmus.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Message & isthmus.v1.Message.$Shape;

            /**
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Message & isthmus.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Message & isthmus.v1.Message.$Shape;

            /**
             * Verifies a Message message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Message
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message messageId */
                messageId?: (string|null);

                /** Message packet */
                packet?: (isthmus.v1.Packet.$Properties|null);

                /** Message status */
                status?: (isthmus.v1.MessageStatus|null);

                /** Message hops */
                hops?: (isthmus.v1.Hop.$Properties[]|null);

                /** Message acknowledgement */
                acknowledgement?: (isthmus.v1.Acknowledgement.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = {
              messageId?: string|null;
              packet?: isthmus.v1.Packet.$Shape|null;
              status?: isthmus.v1.MessageStatus|null;
              hops?: isthmus.v1.Hop.$Shape[]|null;
              acknowledgement?: isthmus.v1.Acknowledgement.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a WatchMessagesRequest.
         * @deprecated Use isthmus.v1.WatchMessagesRequest.$Properties instead.
         */
        interface IWatchMessagesRequest extends isthmus.v1.WatchMessagesRequest.$Properties {
        }

        /** Represents a WatchMessagesRequest. */
        class WatchMessagesRequest {

            /**
             * Constructs a new WatchMessagesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.WatchMessagesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchMessagesRequest chainId. */
            chainId: string;

            /** WatchMessagesRequest channel. */
            channel: string;

            /** WatchMessagesRequest app. */
            app: string;

            /** WatchMessagesRequest statuses. */
            statuses: isthmus.v1.MessageStatus[];

            /** WatchMessagesRequest cursor. */
            cursor: string;

            /**
             * Creates a new WatchMessagesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchMessagesRequest instance
             */
            static create(properties: isthmus.v1.WatchMessagesRequest.$Shape): isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape;
            static create(properties?: isthmus.v1.WatchMessagesRequest.$Properties): isthmus.v1.WatchMessagesRequest;

            /**
             * Encodes the specified WatchMessagesRequest message. Does not implicitly {@link isthmus.v1.WatchMessagesRequest.verify|verify} messages.
             * @param message WatchMessagesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.WatchMessagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchMessagesRequest message, length delimited. Does not implicitly {@link isthmus.v1.WatchMessagesRequest.verify|verify} messages.
             * @param message WatchMessagesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.WatchMessagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchMessagesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape} WatchMessagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape;

            /**
             * Decodes a WatchMessagesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape} WatchMessagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.WatchMessagesRequest & isthmus.v1.WatchMessagesRequest.$Shape;

            /**
             * Verifies a WatchMessagesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchMessagesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchMessagesRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.WatchMessagesRequest;

            /**
             * Creates a plain object from a WatchMessagesRequest message. Also converts values to other types if specified.
             * @param message WatchMessagesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.WatchMessagesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchMessagesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchMessagesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchMessagesRequest {

            /** Properties of a WatchMessagesRequest. */
            interface $Properties {

                /** WatchMessagesRequest chainId */
                chainId?: (string|null);

                /** WatchMessagesRequest channel */
                channel?: (string|null);

                /** WatchMessagesRequest app */
                app?: (string|null);

                /** WatchMessagesRequest statuses */
                statuses?: (isthmus.v1.MessageStatus[]|null);

                /** WatchMessagesRequest cursor */
                cursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchMessagesRequest. */
            type $Shape = isthmus.v1.WatchMessagesRequest.$Properties;
        }

        /**
         * Properties of a WatchMessagesResponse.
         * @deprecated Use isthmus.v1.WatchMessagesResponse.$Properties instead.
         */
        interface IWatchMessagesResponse extends isthmus.v1.WatchMessagesResponse.$Properties {
        }

        /** Represents a WatchMessagesResponse. */
        class WatchMessagesResponse {

            /**
             * Constructs a new WatchMessagesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.WatchMessagesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchMessagesResponse message. */
            message?: (isthmus.v1.Message.$Properties|null);

            /** WatchMessagesResponse cursor. */
            cursor: string;

            /**
             * Creates a new WatchMessagesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchMessagesResponse instance
             */
            static create(properties: isthmus.v1.WatchMessagesResponse.$Shape): isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape;
            static create(properties?: isthmus.v1.WatchMessagesResponse.$Properties): isthmus.v1.WatchMessagesResponse;

            /**
             * Encodes the specified WatchMessagesResponse message. Does not implicitly {@link isthmus.v1.WatchMessagesResponse.verify|verify} messages.
             * @param message WatchMessagesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.WatchMessagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchMessagesResponse message, length delimited. Does not implicitly {@link isthmus.v1.WatchMessagesResponse.verify|verify} messages.
             * @param message WatchMessagesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.WatchMessagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchMessagesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape} WatchMessagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape;

            /**
             * Decodes a WatchMessagesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape} WatchMessagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.WatchMessagesResponse & isthmus.v1.WatchMessagesResponse.$Shape;

            /**
             * Verifies a WatchMessagesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchMessagesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchMessagesResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.WatchMessagesResponse;

            /**
             * Creates a plain object from a WatchMessagesResponse message. Also converts values to other types if specified.
             * @param message WatchMessagesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.WatchMessagesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchMessagesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchMessagesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchMessagesResponse {

            /** Properties of a WatchMessagesResponse. */
            interface $Properties {

                /** WatchMessagesResponse message */
                message?: (isthmus.v1.Message.$Properties|null);

                /** WatchMessagesResponse cursor */
                cursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchMessagesResponse. */
            type $Shape = {
              message?: isthmus.v1.Message.$Shape|null;
              cursor?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a QueryStateRequest.
         * @deprecated Use isthmus.v1.QueryStateRequest.$Properties instead.
         */
        interface IQueryStateRequest extends isthmus.v1.QueryStateRequest.$Properties {
        }

        /** Represents a QueryStateRequest. */
        class QueryStateRequest {

            /**
             * Constructs a new QueryStateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryStateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryStateRequest chainId. */
            chainId: string;

            /** QueryStateRequest path. */
            path: string;

            /** QueryStateRequest height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /**
             * Creates a new QueryStateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryStateRequest instance
             */
            static create(properties: isthmus.v1.QueryStateRequest.$Shape): isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape;
            static create(properties?: isthmus.v1.QueryStateRequest.$Properties): isthmus.v1.QueryStateRequest;

            /**
             * Encodes the specified QueryStateRequest message. Does not implicitly {@link isthmus.v1.QueryStateRequest.verify|verify} messages.
             * @param message QueryStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryStateRequest message, length delimited. Does not implicitly {@link isthmus.v1.QueryStateRequest.verify|verify} messages.
             * @param message QueryStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryStateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape} QueryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape;

            /**
             * Decodes a QueryStateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape} QueryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryStateRequest & isthmus.v1.QueryStateRequest.$Shape;

            /**
             * Verifies a QueryStateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryStateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryStateRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryStateRequest;

            /**
             * Creates a plain object from a QueryStateRequest message. Also converts values to other types if specified.
             * @param message QueryStateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryStateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryStateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryStateRequest {

            /** Properties of a QueryStateRequest. */
            interface $Properties {

                /** QueryStateRequest chainId */
                chainId?: (string|null);

                /** QueryStateRequest path */
                path?: (string|null);

                /** QueryStateRequest height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryStateRequest. */
            type $Shape = isthmus.v1.QueryStateRequest.$Properties;
        }

        /**
         * Properties of a Verdict.
         * @deprecated Use isthmus.v1.Verdict.$Properties instead.
         */
        interface IVerdict extends isthmus.v1.Verdict.$Properties {
        }

        /** Represents a Verdict. */
        class Verdict {

            /**
             * Constructs a new Verdict.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Verdict.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Verdict clientId. */
            clientId: string;

            /** Verdict clientType. */
            clientType: string;

            /** Verdict consensusHeight. */
            consensusHeight?: (isthmus.v1.Height.$Properties|null);

            /** Verdict verified. */
            verified: boolean;

            /**
             * Creates a new Verdict instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Verdict instance
             */
            static create(properties: isthmus.v1.Verdict.$Shape): isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape;
            static create(properties?: isthmus.v1.Verdict.$Properties): isthmus.v1.Verdict;

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link isthmus.v1.Verdict.verify|verify} messages.
             * @param message Verdict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Verdict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Verdict message, length delimited. Does not implicitly {@link isthmus.v1.Verdict.verify|verify} messages.
             * @param message Verdict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Verdict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape;

            /**
             * Decodes a Verdict message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Verdict & isthmus.v1.Verdict.$Shape;

            /**
             * Verifies a Verdict message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Verdict message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Verdict
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Verdict;

            /**
             * Creates a plain object from a Verdict message. Also converts values to other types if specified.
             * @param message Verdict
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Verdict, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Verdict to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Verdict
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Verdict {

            /** Properties of a Verdict. */
            interface $Properties {

                /** Verdict clientId */
                clientId?: (string|null);

                /** Verdict clientType */
                clientType?: (string|null);

                /** Verdict consensusHeight */
                consensusHeight?: (isthmus.v1.Height.$Properties|null);

                /** Verdict verified */
                verified?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Verdict. */
            type $Shape = isthmus.v1.Verdict.$Properties;
        }

        /**
         * Properties of a QueryStateResponse.
         * @deprecated Use isthmus.v1.QueryStateResponse.$Properties instead.
         */
        interface IQueryStateResponse extends isthmus.v1.QueryStateResponse.$Properties {
        }

        /** Represents a QueryStateResponse. */
        class QueryStateResponse {

            /**
             * Constructs a new QueryStateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.QueryStateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryStateResponse value. */
            value: Uint8Array;

            /** QueryStateResponse exists. */
            exists: boolean;

            /** QueryStateResponse proof. */
            proof?: (isthmus.v1.Proof.$Properties|null);

            /** QueryStateResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** QueryStateResponse verdict. */
            verdict?: (isthmus.v1.Verdict.$Properties|null);

            /**
             * Creates a new QueryStateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryStateResponse instance
             */
            static create(properties: isthmus.v1.QueryStateResponse.$Shape): isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape;
            static create(properties?: isthmus.v1.QueryStateResponse.$Properties): isthmus.v1.QueryStateResponse;

            /**
             * Encodes the specified QueryStateResponse message. Does not implicitly {@link isthmus.v1.QueryStateResponse.verify|verify} messages.
             * @param message QueryStateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.QueryStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryStateResponse message, length delimited. Does not implicitly {@link isthmus.v1.QueryStateResponse.verify|verify} messages.
             * @param message QueryStateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.QueryStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryStateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape} QueryStateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape;

            /**
             * Decodes a QueryStateResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape} QueryStateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.QueryStateResponse & isthmus.v1.QueryStateResponse.$Shape;

            /**
             * Verifies a QueryStateResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryStateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryStateResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.QueryStateResponse;

            /**
             * Creates a plain object from a QueryStateResponse message. Also converts values to other types if specified.
             * @param message QueryStateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.QueryStateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryStateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryStateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryStateResponse {

            /** Properties of a QueryStateResponse. */
            interface $Properties {

                /** QueryStateResponse value */
                value?: (Uint8Array|null);

                /** QueryStateResponse exists */
                exists?: (boolean|null);

                /** QueryStateResponse proof */
                proof?: (isthmus.v1.Proof.$Properties|null);

                /** QueryStateResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** QueryStateResponse verdict */
                verdict?: (isthmus.v1.Verdict.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryStateResponse. */
            type $Shape = isthmus.v1.QueryStateResponse.$Properties;
        }

        /**
         * Properties of a ListChainsRequest.
         * @deprecated Use isthmus.v1.ListChainsRequest.$Properties instead.
         */
        interface IListChainsRequest extends isthmus.v1.ListChainsRequest.$Properties {
        }

        /** Represents a ListChainsRequest. */
        class ListChainsRequest {

            /**
             * Constructs a new ListChainsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ListChainsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListChainsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListChainsRequest instance
             */
            static create(properties: isthmus.v1.ListChainsRequest.$Shape): isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape;
            static create(properties?: isthmus.v1.ListChainsRequest.$Properties): isthmus.v1.ListChainsRequest;

            /**
             * Encodes the specified ListChainsRequest message. Does not implicitly {@link isthmus.v1.ListChainsRequest.verify|verify} messages.
             * @param message ListChainsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ListChainsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListChainsRequest message, length delimited. Does not implicitly {@link isthmus.v1.ListChainsRequest.verify|verify} messages.
             * @param message ListChainsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ListChainsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListChainsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape} ListChainsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape;

            /**
             * Decodes a ListChainsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape} ListChainsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ListChainsRequest & isthmus.v1.ListChainsRequest.$Shape;

            /**
             * Verifies a ListChainsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListChainsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListChainsRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ListChainsRequest;

            /**
             * Creates a plain object from a ListChainsRequest message. Also converts values to other types if specified.
             * @param message ListChainsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ListChainsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListChainsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListChainsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListChainsRequest {

            /** Properties of a ListChainsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListChainsRequest. */
            type $Shape = isthmus.v1.ListChainsRequest.$Properties;
        }

        /**
         * Properties of a ChainSummary.
         * @deprecated Use isthmus.v1.ChainSummary.$Properties instead.
         */
        interface IChainSummary extends isthmus.v1.ChainSummary.$Properties {
        }

        /** Represents a ChainSummary. */
        class ChainSummary {

            /**
             * Constructs a new ChainSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ChainSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChainSummary chainId. */
            chainId: string;

            /** ChainSummary chainType. */
            chainType: string;

            /** ChainSummary latestHeight. */
            latestHeight?: (isthmus.v1.Height.$Properties|null);

            /** ChainSummary clientId. */
            clientId: string;

            /** ChainSummary clientStatus. */
            clientStatus: isthmus.v1.ClientStatus;

            /** ChainSummary trustingPeriodRemainingS. */
            trustingPeriodRemainingS: (number|Long);

            /**
             * Creates a new ChainSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChainSummary instance
             */
            static create(properties: isthmus.v1.ChainSummary.$Shape): isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape;
            static create(properties?: isthmus.v1.ChainSummary.$Properties): isthmus.v1.ChainSummary;

            /**
             * Encodes the specified ChainSummary message. Does not implicitly {@link isthmus.v1.ChainSummary.verify|verify} messages.
             * @param message ChainSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ChainSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChainSummary message, length delimited. Does not implicitly {@link isthmus.v1.ChainSummary.verify|verify} messages.
             * @param message ChainSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ChainSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChainSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape} ChainSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape;

            /**
             * Decodes a ChainSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape} ChainSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ChainSummary & isthmus.v1.ChainSummary.$Shape;

            /**
             * Verifies a ChainSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChainSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChainSummary
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ChainSummary;

            /**
             * Creates a plain object from a ChainSummary message. Also converts values to other types if specified.
             * @param message ChainSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ChainSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChainSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChainSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChainSummary {

            /** Properties of a ChainSummary. */
            interface $Properties {

                /** ChainSummary chainId */
                chainId?: (string|null);

                /** ChainSummary chainType */
                chainType?: (string|null);

                /** ChainSummary latestHeight */
                latestHeight?: (isthmus.v1.Height.$Properties|null);

                /** ChainSummary clientId */
                clientId?: (string|null);

                /** ChainSummary clientStatus */
                clientStatus?: (isthmus.v1.ClientStatus|null);

                /** ChainSummary trustingPeriodRemainingS */
                trustingPeriodRemainingS?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChainSummary. */
            type $Shape = isthmus.v1.ChainSummary.$Properties;
        }

        /**
         * Properties of a ListChainsResponse.
         * @deprecated Use isthmus.v1.ListChainsResponse.$Properties instead.
         */
        interface IListChainsResponse extends isthmus.v1.ListChainsResponse.$Properties {
        }

        /** Represents a ListChainsResponse. */
        class ListChainsResponse {

            /**
             * Constructs a new ListChainsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ListChainsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListChainsResponse chains. */
            chains: isthmus.v1.ChainSummary.$Properties[];

            /**
             * Creates a new ListChainsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListChainsResponse instance
             */
            static create(properties: isthmus.v1.ListChainsResponse.$Shape): isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape;
            static create(properties?: isthmus.v1.ListChainsResponse.$Properties): isthmus.v1.ListChainsResponse;

            /**
             * Encodes the specified ListChainsResponse message. Does not implicitly {@link isthmus.v1.ListChainsResponse.verify|verify} messages.
             * @param message ListChainsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ListChainsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListChainsResponse message, length delimited. Does not implicitly {@link isthmus.v1.ListChainsResponse.verify|verify} messages.
             * @param message ListChainsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ListChainsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListChainsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape} ListChainsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape;

            /**
             * Decodes a ListChainsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape} ListChainsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ListChainsResponse & isthmus.v1.ListChainsResponse.$Shape;

            /**
             * Verifies a ListChainsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListChainsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListChainsResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ListChainsResponse;

            /**
             * Creates a plain object from a ListChainsResponse message. Also converts values to other types if specified.
             * @param message ListChainsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ListChainsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListChainsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListChainsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListChainsResponse {

            /** Properties of a ListChainsResponse. */
            interface $Properties {

                /** ListChainsResponse chains */
                chains?: (isthmus.v1.ChainSummary.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListChainsResponse. */
            type $Shape = isthmus.v1.ListChainsResponse.$Properties;
        }

        /**
         * Properties of a ListPathsRequest.
         * @deprecated Use isthmus.v1.ListPathsRequest.$Properties instead.
         */
        interface IListPathsRequest extends isthmus.v1.ListPathsRequest.$Properties {
        }

        /** Represents a ListPathsRequest. */
        class ListPathsRequest {

            /**
             * Constructs a new ListPathsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ListPathsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListPathsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPathsRequest instance
             */
            static create(properties: isthmus.v1.ListPathsRequest.$Shape): isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape;
            static create(properties?: isthmus.v1.ListPathsRequest.$Properties): isthmus.v1.ListPathsRequest;

            /**
             * Encodes the specified ListPathsRequest message. Does not implicitly {@link isthmus.v1.ListPathsRequest.verify|verify} messages.
             * @param message ListPathsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ListPathsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListPathsRequest message, length delimited. Does not implicitly {@link isthmus.v1.ListPathsRequest.verify|verify} messages.
             * @param message ListPathsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ListPathsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPathsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape} ListPathsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape;

            /**
             * Decodes a ListPathsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape} ListPathsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ListPathsRequest & isthmus.v1.ListPathsRequest.$Shape;

            /**
             * Verifies a ListPathsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListPathsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListPathsRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ListPathsRequest;

            /**
             * Creates a plain object from a ListPathsRequest message. Also converts values to other types if specified.
             * @param message ListPathsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ListPathsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPathsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPathsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPathsRequest {

            /** Properties of a ListPathsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPathsRequest. */
            type $Shape = isthmus.v1.ListPathsRequest.$Properties;
        }

        /**
         * Properties of a Path.
         * @deprecated Use isthmus.v1.Path.$Properties instead.
         */
        interface IPath extends isthmus.v1.Path.$Properties {
        }

        /** Represents a Path. */
        class Path {

            /**
             * Constructs a new Path.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.Path.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Path sourceChain. */
            sourceChain: string;

            /** Path sourceChannel. */
            sourceChannel: string;

            /** Path destChain. */
            destChain: string;

            /** Path destChannel. */
            destChannel: string;

            /** Path ordering. */
            ordering: isthmus.v1.Ordering;

            /**
             * Creates a new Path instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Path instance
             */
            static create(properties: isthmus.v1.Path.$Shape): isthmus.v1.Path & isthmus.v1.Path.$Shape;
            static create(properties?: isthmus.v1.Path.$Properties): isthmus.v1.Path;

            /**
             * Encodes the specified Path message. Does not implicitly {@link isthmus.v1.Path.verify|verify} messages.
             * @param message Path message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.Path.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Path message, length delimited. Does not implicitly {@link isthmus.v1.Path.verify|verify} messages.
             * @param message Path message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.Path.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Path message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.Path & isthmus.v1.Path.$Shape} Path
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.Path & isthmus.v1.Path.$Shape;

            /**
             * Decodes a Path message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.Path & isthmus.v1.Path.$Shape} Path
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.Path & isthmus.v1.Path.$Shape;

            /**
             * Verifies a Path message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Path message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Path
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.Path;

            /**
             * Creates a plain object from a Path message. Also converts values to other types if specified.
             * @param message Path
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.Path, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Path to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Path
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Path {

            /** Properties of a Path. */
            interface $Properties {

                /** Path sourceChain */
                sourceChain?: (string|null);

                /** Path sourceChannel */
                sourceChannel?: (string|null);

                /** Path destChain */
                destChain?: (string|null);

                /** Path destChannel */
                destChannel?: (string|null);

                /** Path ordering */
                ordering?: (isthmus.v1.Ordering|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Path. */
            type $Shape = isthmus.v1.Path.$Properties;
        }

        /**
         * Properties of a ListPathsResponse.
         * @deprecated Use isthmus.v1.ListPathsResponse.$Properties instead.
         */
        interface IListPathsResponse extends isthmus.v1.ListPathsResponse.$Properties {
        }

        /** Represents a ListPathsResponse. */
        class ListPathsResponse {

            /**
             * Constructs a new ListPathsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.ListPathsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPathsResponse paths. */
            paths: isthmus.v1.Path.$Properties[];

            /**
             * Creates a new ListPathsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPathsResponse instance
             */
            static create(properties: isthmus.v1.ListPathsResponse.$Shape): isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape;
            static create(properties?: isthmus.v1.ListPathsResponse.$Properties): isthmus.v1.ListPathsResponse;

            /**
             * Encodes the specified ListPathsResponse message. Does not implicitly {@link isthmus.v1.ListPathsResponse.verify|verify} messages.
             * @param message ListPathsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.ListPathsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListPathsResponse message, length delimited. Does not implicitly {@link isthmus.v1.ListPathsResponse.verify|verify} messages.
             * @param message ListPathsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.ListPathsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPathsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape} ListPathsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape;

            /**
             * Decodes a ListPathsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape} ListPathsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.ListPathsResponse & isthmus.v1.ListPathsResponse.$Shape;

            /**
             * Verifies a ListPathsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListPathsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListPathsResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.ListPathsResponse;

            /**
             * Creates a plain object from a ListPathsResponse message. Also converts values to other types if specified.
             * @param message ListPathsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.ListPathsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPathsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPathsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPathsResponse {

            /** Properties of a ListPathsResponse. */
            interface $Properties {

                /** ListPathsResponse paths */
                paths?: (isthmus.v1.Path.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPathsResponse. */
            type $Shape = isthmus.v1.ListPathsResponse.$Properties;
        }

        /**
         * Properties of a GetClientRequest.
         * @deprecated Use isthmus.v1.GetClientRequest.$Properties instead.
         */
        interface IGetClientRequest extends isthmus.v1.GetClientRequest.$Properties {
        }

        /** Represents a GetClientRequest. */
        class GetClientRequest {

            /**
             * Constructs a new GetClientRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetClientRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetClientRequest chainId. */
            chainId: string;

            /** GetClientRequest clientId. */
            clientId: string;

            /**
             * Creates a new GetClientRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetClientRequest instance
             */
            static create(properties: isthmus.v1.GetClientRequest.$Shape): isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape;
            static create(properties?: isthmus.v1.GetClientRequest.$Properties): isthmus.v1.GetClientRequest;

            /**
             * Encodes the specified GetClientRequest message. Does not implicitly {@link isthmus.v1.GetClientRequest.verify|verify} messages.
             * @param message GetClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetClientRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetClientRequest.verify|verify} messages.
             * @param message GetClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetClientRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape} GetClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape;

            /**
             * Decodes a GetClientRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape} GetClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetClientRequest & isthmus.v1.GetClientRequest.$Shape;

            /**
             * Verifies a GetClientRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetClientRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetClientRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetClientRequest;

            /**
             * Creates a plain object from a GetClientRequest message. Also converts values to other types if specified.
             * @param message GetClientRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetClientRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetClientRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetClientRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClientRequest {

            /** Properties of a GetClientRequest. */
            interface $Properties {

                /** GetClientRequest chainId */
                chainId?: (string|null);

                /** GetClientRequest clientId */
                clientId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetClientRequest. */
            type $Shape = isthmus.v1.GetClientRequest.$Properties;
        }

        /**
         * Properties of a GetClientResponse.
         * @deprecated Use isthmus.v1.GetClientResponse.$Properties instead.
         */
        interface IGetClientResponse extends isthmus.v1.GetClientResponse.$Properties {
        }

        /** Represents a GetClientResponse. */
        class GetClientResponse {

            /**
             * Constructs a new GetClientResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetClientResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetClientResponse clientState. */
            clientState?: (isthmus.v1.ClientState.$Properties|null);

            /** GetClientResponse consensusState. */
            consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

            /**
             * Creates a new GetClientResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetClientResponse instance
             */
            static create(properties: isthmus.v1.GetClientResponse.$Shape): isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape;
            static create(properties?: isthmus.v1.GetClientResponse.$Properties): isthmus.v1.GetClientResponse;

            /**
             * Encodes the specified GetClientResponse message. Does not implicitly {@link isthmus.v1.GetClientResponse.verify|verify} messages.
             * @param message GetClientResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetClientResponse message, length delimited. Does not implicitly {@link isthmus.v1.GetClientResponse.verify|verify} messages.
             * @param message GetClientResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetClientResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape} GetClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape;

            /**
             * Decodes a GetClientResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape} GetClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetClientResponse & isthmus.v1.GetClientResponse.$Shape;

            /**
             * Verifies a GetClientResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetClientResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetClientResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetClientResponse;

            /**
             * Creates a plain object from a GetClientResponse message. Also converts values to other types if specified.
             * @param message GetClientResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetClientResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetClientResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetClientResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClientResponse {

            /** Properties of a GetClientResponse. */
            interface $Properties {

                /** GetClientResponse clientState */
                clientState?: (isthmus.v1.ClientState.$Properties|null);

                /** GetClientResponse consensusState */
                consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetClientResponse. */
            type $Shape = isthmus.v1.GetClientResponse.$Properties;
        }

        /**
         * Properties of a CatalogRequest.
         * @deprecated Use isthmus.v1.CatalogRequest.$Properties instead.
         */
        interface ICatalogRequest extends isthmus.v1.CatalogRequest.$Properties {
        }

        /** Represents a CatalogRequest. */
        class CatalogRequest {

            /**
             * Constructs a new CatalogRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.CatalogRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new CatalogRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CatalogRequest instance
             */
            static create(properties: isthmus.v1.CatalogRequest.$Shape): isthmus.v1.CatalogRequest & isthmus.v1.CatalogRequest.$Shape;
            static create(properties?: isthmus.v1.CatalogRequest.$Properties): isthmus.v1.CatalogRequest;

            /**
             * Encodes the specified CatalogRequest message. Does not implicitly {@link isthmus.v1.CatalogRequest.verify|verify} messages.
             * @param message CatalogRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.CatalogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CatalogRequest message, length delimited. Does not implicitly {@link isthmus.v1.CatalogRequest.verify|verify} messages.
             * @param message CatalogRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.CatalogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CatalogRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.CatalogRequest & isthmus.v1.CatalogRequest.$Shape} CatalogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.CatalogRequest & isthmus.v1.CatalogRequest.$Shape;

            /**
             * Decodes a CatalogRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.CatalogRequest & isthmus.v1.CatalogRequest.$Shape} CatalogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.CatalogRequest & isthmus.v1.CatalogRequest.$Shape;

            /**
             * Verifies a CatalogRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CatalogRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CatalogRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.CatalogRequest;

            /**
             * Creates a plain object from a CatalogRequest message. Also converts values to other types if specified.
             * @param message CatalogRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.CatalogRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CatalogRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CatalogRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CatalogRequest {

            /** Properties of a CatalogRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CatalogRequest. */
            type $Shape = isthmus.v1.CatalogRequest.$Properties;
        }

        /** SchemaFormat enum. */
        enum SchemaFormat {

            /** SCHEMA_FORMAT_UNSPECIFIED value */
            SCHEMA_FORMAT_UNSPECIFIED = 0,

            /** SCHEMA_FORMAT_PROTOBUF value */
            SCHEMA_FORMAT_PROTOBUF = 1,

            /** SCHEMA_FORMAT_JSON_SCHEMA value */
            SCHEMA_FORMAT_JSON_SCHEMA = 2
        }

        /**
         * Properties of a PayloadSchema.
         * @deprecated Use isthmus.v1.PayloadSchema.$Properties instead.
         */
        interface IPayloadSchema extends isthmus.v1.PayloadSchema.$Properties {
        }

        /** Represents a PayloadSchema. */
        class PayloadSchema {

            /**
             * Constructs a new PayloadSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.PayloadSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PayloadSchema chainId. */
            chainId: string;

            /** PayloadSchema channel. */
            channel: string;

            /** PayloadSchema name. */
            name: string;

            /** PayloadSchema format. */
            format: isthmus.v1.SchemaFormat;

            /** PayloadSchema definition. */
            definition: Uint8Array;

            /** PayloadSchema messageType. */
            messageType: string;

            /** PayloadSchema version. */
            version: number;

            /** PayloadSchema registeredBy. */
            registeredBy: string;

            /** PayloadSchema registeredAtNs. */
            registeredAtNs: (number|Long);

            /**
             * Creates a new PayloadSchema instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PayloadSchema instance
             */
            static create(properties: isthmus.v1.PayloadSchema.$Shape): isthmus.v1.PayloadSchema & isthmus.v1.PayloadSchema.$Shape;
            static create(properties?: isthmus.v1.PayloadSchema.$Properties): isthmus.v1.PayloadSchema;

            /**
             * Encodes the specified PayloadSchema message. Does not implicitly {@link isthmus.v1.PayloadSchema.verify|verify} messages.
             * @param message PayloadSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.PayloadSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PayloadSchema message, length delimited. Does not implicitly {@link isthmus.v1.PayloadSchema.verify|verify} messages.
             * @param message PayloadSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.PayloadSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PayloadSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.PayloadSchema & isthmus.v1.PayloadSchema.$Shape} PayloadSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.PayloadSchema & isthmus.v1.PayloadSchema.$Shape;

            /**
             * Decodes a PayloadSchema message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.PayloadSchema & isthmus.v1.PayloadSchema.$Shape} PayloadSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.PayloadSchema & isthmus.v1.PayloadSchema.$Shape;

            /**
             * Verifies a PayloadSchema message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PayloadSchema message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PayloadSchema
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.PayloadSchema;

            /**
             * Creates a plain object from a PayloadSchema message. Also converts values to other types if specified.
             * @param message PayloadSchema
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.PayloadSchema, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PayloadSchema to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PayloadSchema
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PayloadSchema {

            /** Properties of a PayloadSchema. */
            interface $Properties {

                /** PayloadSchema chainId */
                chainId?: (string|null);

                /** PayloadSchema channel */
                channel?: (string|null);

                /** PayloadSchema name */
                name?: (string|null);

                /** PayloadSchema format */
                format?: (isthmus.v1.SchemaFormat|null);

                /** PayloadSchema definition */
                definition?: (Uint8Array|null);

                /** PayloadSchema messageType */
                messageType?: (string|null);

                /** PayloadSchema version */
                version?: (number|null);

                /** PayloadSchema registeredBy */
                registeredBy?: (string|null);

                /** PayloadSchema registeredAtNs */
                registeredAtNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PayloadSchema. */
            type $Shape = isthmus.v1.PayloadSchema.$Properties;
        }

        /**
         * Properties of a CatalogResponse.
         * @deprecated Use isthmus.v1.CatalogResponse.$Properties instead.
         */
        interface ICatalogResponse extends isthmus.v1.CatalogResponse.$Properties {
        }

        /** Represents a CatalogResponse. */
        class CatalogResponse {

            /**
             * Constructs a new CatalogResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.CatalogResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CatalogResponse chains. */
            chains: isthmus.v1.ChainSummary.$Properties[];

            /** CatalogResponse paths. */
            paths: isthmus.v1.Path.$Properties[];

            /** CatalogResponse schemas. */
            schemas: isthmus.v1.PayloadSchema.$Properties[];

            /**
             * Creates a new CatalogResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CatalogResponse instance
             */
            static create(properties: isthmus.v1.CatalogResponse.$Shape): isthmus.v1.CatalogResponse & isthmus.v1.CatalogResponse.$Shape;
            static create(properties?: isthmus.v1.CatalogResponse.$Properties): isthmus.v1.CatalogResponse;

            /**
             * Encodes the specified CatalogResponse message. Does not implicitly {@link isthmus.v1.CatalogResponse.verify|verify} messages.
             * @param message CatalogResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.CatalogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CatalogResponse message, length delimited. Does not implicitly {@link isthmus.v1.CatalogResponse.verify|verify} messages.
             * @param message CatalogResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.CatalogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CatalogResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.CatalogResponse & isthmus.v1.CatalogResponse.$Shape} CatalogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.CatalogResponse & isthmus.v1.CatalogResponse.$Shape;

            /**
             * Decodes a CatalogResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.CatalogResponse & isthmus.v1.CatalogResponse.$Shape} CatalogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.CatalogResponse & isthmus.v1.CatalogResponse.$Shape;

            /**
             * Verifies a CatalogResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CatalogResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CatalogResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.CatalogResponse;

            /**
             * Creates a plain object from a CatalogResponse message. Also converts values to other types if specified.
             * @param message CatalogResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.CatalogResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CatalogResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CatalogResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CatalogResponse {

            /** Properties of a CatalogResponse. */
            interface $Properties {

                /** CatalogResponse chains */
                chains?: (isthmus.v1.ChainSummary.$Properties[]|null);

                /** CatalogResponse paths */
                paths?: (isthmus.v1.Path.$Properties[]|null);

                /** CatalogResponse schemas */
                schemas?: (isthmus.v1.PayloadSchema.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CatalogResponse. */
            type $Shape = isthmus.v1.CatalogResponse.$Properties;
        }

        /**
         * Properties of a RegisterSchemaRequest.
         * @deprecated Use isthmus.v1.RegisterSchemaRequest.$Properties instead.
         */
        interface IRegisterSchemaRequest extends isthmus.v1.RegisterSchemaRequest.$Properties {
        }

        /** Represents a RegisterSchemaRequest. */
        class RegisterSchemaRequest {

            /**
             * Constructs a new RegisterSchemaRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.RegisterSchemaRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegisterSchemaRequest schema. */
            schema?: (isthmus.v1.PayloadSchema.$Properties|null);

            /**
             * Creates a new RegisterSchemaRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterSchemaRequest instance
             */
            static create(properties: isthmus.v1.RegisterSchemaRequest.$Shape): isthmus.v1.RegisterSchemaRequest & isthmus.v1.RegisterSchemaRequest.$Shape;
            static create(properties?: isthmus.v1.RegisterSchemaRequest.$Properties): isthmus.v1.RegisterSchemaRequest;

            /**
             * Encodes the specified RegisterSchemaRequest message. Does not implicitly {@link isthmus.v1.RegisterSchemaRequest.verify|verify} messages.
             * @param message RegisterSchemaRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.RegisterSchemaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterSchemaRequest message, length delimited. Does not implicitly {@link isthmus.v1.RegisterSchemaRequest.verify|verify} messages.
             * @param message RegisterSchemaRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.RegisterSchemaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterSchemaRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.RegisterSchemaRequest & isthmus.v1.RegisterSchemaRequest.$Shape} RegisterSchemaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.RegisterSchemaRequest & isthmus.v1.RegisterSchemaRequest.$Shape;

            /**
             * Decodes a RegisterSchemaRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.RegisterSchemaRequest & isthmus.v1.RegisterSchemaRequest.$Shape} RegisterSchemaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.RegisterSchemaRequest & isthmus.v1.RegisterSchemaRequest.$Shape;

            /**
             * Verifies a RegisterSchemaRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterSchemaRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterSchemaRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.RegisterSchemaRequest;

            /**
             * Creates a plain object from a RegisterSchemaRequest message. Also converts values to other types if specified.
             * @param message RegisterSchemaRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.RegisterSchemaRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterSchemaRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegisterSchemaRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterSchemaRequest {

            /** Properties of a RegisterSchemaRequest. */
            interface $Properties {

                /** RegisterSchemaRequest schema */
                schema?: (isthmus.v1.PayloadSchema.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegisterSchemaRequest. */
            type $Shape = isthmus.v1.RegisterSchemaRequest.$Properties;
        }

        /**
         * Properties of a RegisterSchemaResponse.
         * @deprecated Use isthmus.v1.RegisterSchemaResponse.$Properties instead.
         */
        interface IRegisterSchemaResponse extends isthmus.v1.RegisterSchemaResponse.$Properties {
        }

        /** Represents a RegisterSchemaResponse. */
        class RegisterSchemaResponse {

            /**
             * Constructs a new RegisterSchemaResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.RegisterSchemaResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegisterSchemaResponse schema. */
            schema?: (isthmus.v1.PayloadSchema.$Properties|null);

            /**
             * Creates a new RegisterSchemaResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterSchemaResponse instance
             */
            static create(properties: isthmus.v1.RegisterSchemaResponse.$Shape): isthmus.v1.RegisterSchemaResponse & isthmus.v1.RegisterSchemaResponse.$Shape;
            static create(properties?: isthmus.v1.RegisterSchemaResponse.$Properties): isthmus.v1.RegisterSchemaResponse;

            /**
             * Encodes the specified RegisterSchemaResponse message. Does not implicitly {@link isthmus.v1.RegisterSchemaResponse.verify|verify} messages.
             * @param message RegisterSchemaResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.RegisterSchemaResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterSchemaResponse message, length delimited. Does not implicitly {@link isthmus.v1.RegisterSchemaResponse.verify|verify} messages.
             * @param message RegisterSchemaResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.RegisterSchemaResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterSchemaResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.RegisterSchemaResponse & isthmus.v1.RegisterSchemaResponse.$Shape} RegisterSchemaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.RegisterSchemaResponse & isthmus.v1.RegisterSchemaResponse.$Shape;

            /**
             * Decodes a RegisterSchemaResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.RegisterSchemaResponse & isthmus.v1.RegisterSchemaResponse.$Shape} RegisterSchemaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.RegisterSchemaResponse & isthmus.v1.RegisterSchemaResponse.$Shape;

            /**
             * Verifies a RegisterSchemaResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterSchemaResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterSchemaResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.RegisterSchemaResponse;

            /**
             * Creates a plain object from a RegisterSchemaResponse message. Also converts values to other types if specified.
             * @param message RegisterSchemaResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.RegisterSchemaResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterSchemaResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegisterSchemaResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterSchemaResponse {

            /** Properties of a RegisterSchemaResponse. */
            interface $Properties {

                /** RegisterSchemaResponse schema */
                schema?: (isthmus.v1.PayloadSchema.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegisterSchemaResponse. */
            type $Shape = isthmus.v1.RegisterSchemaResponse.$Properties;
        }

        /**
         * Properties of a NotarizeRequest.
         * @deprecated Use isthmus.v1.NotarizeRequest.$Properties instead.
         */
        interface INotarizeRequest extends isthmus.v1.NotarizeRequest.$Properties {
        }

        /** Represents a NotarizeRequest. */
        class NotarizeRequest {

            /**
             * Constructs a new NotarizeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.NotarizeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotarizeRequest chainId. */
            chainId: string;

            /** NotarizeRequest documentHash. */
            documentHash: Uint8Array;

            /** NotarizeRequest hashAlgorithm. */
            hashAlgorithm: string;

            /** NotarizeRequest label. */
            label: string;

            /** NotarizeRequest idempotencyKey. */
            idempotencyKey: string;

            /**
             * Creates a new NotarizeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotarizeRequest instance
             */
            static create(properties: isthmus.v1.NotarizeRequest.$Shape): isthmus.v1.NotarizeRequest & isthmus.v1.NotarizeRequest.$Shape;
            static create(properties?: isthmus.v1.NotarizeRequest.$Properties): isthmus.v1.NotarizeRequest;

            /**
             * Encodes the specified NotarizeRequest message. Does not implicitly {@link isthmus.v1.NotarizeRequest.verify|verify} messages.
             * @param message NotarizeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.NotarizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotarizeRequest message, length delimited. Does not implicitly {@link isthmus.v1.NotarizeRequest.verify|verify} messages.
             * @param message NotarizeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.NotarizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotarizeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.NotarizeRequest & isthmus.v1.NotarizeRequest.$Shape} NotarizeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.NotarizeRequest & isthmus.v1.NotarizeRequest.$Shape;

            /**
             * Decodes a NotarizeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.NotarizeRequest & isthmus.v1.NotarizeRequest.$Shape} NotarizeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.NotarizeRequest & isthmus.v1.NotarizeRequest.$Shape;

            /**
             * Verifies a NotarizeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotarizeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotarizeRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.NotarizeRequest;

            /**
             * Creates a plain object from a NotarizeRequest message. Also converts values to other types if specified.
             * @param message NotarizeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.NotarizeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotarizeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotarizeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotarizeRequest {

            /** Properties of a NotarizeRequest. */
            interface $Properties {

                /** NotarizeRequest chainId */
                chainId?: (string|null);

                /** NotarizeRequest documentHash */
                documentHash?: (Uint8Array|null);

                /** NotarizeRequest hashAlgorithm */
                hashAlgorithm?: (string|null);

                /** NotarizeRequest label */
                label?: (string|null);

                /** NotarizeRequest idempotencyKey */
                idempotencyKey?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotarizeRequest. */
            type $Shape = isthmus.v1.NotarizeRequest.$Properties;
        }

        /**
         * Properties of a NotarizeResponse.
         * @deprecated Use isthmus.v1.NotarizeResponse.$Properties instead.
         */
        interface INotarizeResponse extends isthmus.v1.NotarizeResponse.$Properties {
        }

        /** Represents a NotarizeResponse. */
        class NotarizeResponse {

            /**
             * Constructs a new NotarizeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.NotarizeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotarizeResponse recordId. */
            recordId: string;

            /** NotarizeResponse chainId. */
            chainId: string;

            /** NotarizeResponse path. */
            path: string;

            /** NotarizeResponse height. */
            height?: (isthmus.v1.Height.$Properties|null);

            /** NotarizeResponse txId. */
            txId: string;

            /**
             * Creates a new NotarizeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotarizeResponse instance
             */
            static create(properties: isthmus.v1.NotarizeResponse.$Shape): isthmus.v1.NotarizeResponse & isthmus.v1.NotarizeResponse.$Shape;
            static create(properties?: isthmus.v1.NotarizeResponse.$Properties): isthmus.v1.NotarizeResponse;

            /**
             * Encodes the specified NotarizeResponse message. Does not implicitly {@link isthmus.v1.NotarizeResponse.verify|verify} messages.
             * @param message NotarizeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.NotarizeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotarizeResponse message, length delimited. Does not implicitly {@link isthmus.v1.NotarizeResponse.verify|verify} messages.
             * @param message NotarizeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.NotarizeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotarizeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.NotarizeResponse & isthmus.v1.NotarizeResponse.$Shape} NotarizeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.NotarizeResponse & isthmus.v1.NotarizeResponse.$Shape;

            /**
             * Decodes a NotarizeResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.NotarizeResponse & isthmus.v1.NotarizeResponse.$Shape} NotarizeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.NotarizeResponse & isthmus.v1.NotarizeResponse.$Shape;

            /**
             * Verifies a NotarizeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotarizeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotarizeResponse
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.NotarizeResponse;

            /**
             * Creates a plain object from a NotarizeResponse message. Also converts values to other types if specified.
             * @param message NotarizeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.NotarizeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotarizeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotarizeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotarizeResponse {

            /** Properties of a NotarizeResponse. */
            interface $Properties {

                /** NotarizeResponse recordId */
                recordId?: (string|null);

                /** NotarizeResponse chainId */
                chainId?: (string|null);

                /** NotarizeResponse path */
                path?: (string|null);

                /** NotarizeResponse height */
                height?: (isthmus.v1.Height.$Properties|null);

                /** NotarizeResponse txId */
                txId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotarizeResponse. */
            type $Shape = isthmus.v1.NotarizeResponse.$Properties;
        }

        /**
         * Properties of a GetEvidenceReceiptRequest.
         * @deprecated Use isthmus.v1.GetEvidenceReceiptRequest.$Properties instead.
         */
        interface IGetEvidenceReceiptRequest extends isthmus.v1.GetEvidenceReceiptRequest.$Properties {
        }

        /** Represents a GetEvidenceReceiptRequest. */
        class GetEvidenceReceiptRequest {

            /**
             * Constructs a new GetEvidenceReceiptRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.GetEvidenceReceiptRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetEvidenceReceiptRequest recordId. */
            recordId: string;

            /**
             * Creates a new GetEvidenceReceiptRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetEvidenceReceiptRequest instance
             */
            static create(properties: isthmus.v1.GetEvidenceReceiptRequest.$Shape): isthmus.v1.GetEvidenceReceiptRequest & isthmus.v1.GetEvidenceReceiptRequest.$Shape;
            static create(properties?: isthmus.v1.GetEvidenceReceiptRequest.$Properties): isthmus.v1.GetEvidenceReceiptRequest;

            /**
             * Encodes the specified GetEvidenceReceiptRequest message. Does not implicitly {@link isthmus.v1.GetEvidenceReceiptRequest.verify|verify} messages.
             * @param message GetEvidenceReceiptRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.GetEvidenceReceiptRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetEvidenceReceiptRequest message, length delimited. Does not implicitly {@link isthmus.v1.GetEvidenceReceiptRequest.verify|verify} messages.
             * @param message GetEvidenceReceiptRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.GetEvidenceReceiptRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetEvidenceReceiptRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.GetEvidenceReceiptRequest & isthmus.v1.GetEvidenceReceiptRequest.$Shape} GetEvidenceReceiptRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.GetEvidenceReceiptRequest & isthmus.v1.GetEvidenceReceiptRequest.$Shape;

            /**
             * Decodes a GetEvidenceReceiptRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.GetEvidenceReceiptRequest & isthmus.v1.GetEvidenceReceiptRequest.$Shape} GetEvidenceReceiptRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.GetEvidenceReceiptRequest & isthmus.v1.GetEvidenceReceiptRequest.$Shape;

            /**
             * Verifies a GetEvidenceReceiptRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetEvidenceReceiptRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetEvidenceReceiptRequest
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.GetEvidenceReceiptRequest;

            /**
             * Creates a plain object from a GetEvidenceReceiptRequest message. Also converts values to other types if specified.
             * @param message GetEvidenceReceiptRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.GetEvidenceReceiptRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetEvidenceReceiptRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetEvidenceReceiptRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetEvidenceReceiptRequest {

            /** Properties of a GetEvidenceReceiptRequest. */
            interface $Properties {

                /** GetEvidenceReceiptRequest recordId */
                recordId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetEvidenceReceiptRequest. */
            type $Shape = isthmus.v1.GetEvidenceReceiptRequest.$Properties;
        }

        /**
         * Properties of an EvidenceReceipt.
         * @deprecated Use isthmus.v1.EvidenceReceipt.$Properties instead.
         */
        interface IEvidenceReceipt extends isthmus.v1.EvidenceReceipt.$Properties {
        }

        /** Represents an EvidenceReceipt. */
        class EvidenceReceipt {

            /**
             * Constructs a new EvidenceReceipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: isthmus.v1.EvidenceReceipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvidenceReceipt version. */
            version: number;

            /** EvidenceReceipt recordId. */
            recordId: string;

            /** EvidenceReceipt chainId. */
            chainId: string;

            /** EvidenceReceipt path. */
            path: string;

            /** EvidenceReceipt value. */
            value: Uint8Array;

            /** EvidenceReceipt proof. */
            proof?: (isthmus.v1.Proof.$Properties|null);

            /** EvidenceReceipt header. */
            header?: (isthmus.v1.ClientMessage.$Properties|null);

            /** EvidenceReceipt mainChainId. */
            mainChainId: string;

            /** EvidenceReceipt mainClientId. */
            mainClientId: string;

            /** EvidenceReceipt consensusState. */
            consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

            /** EvidenceReceipt consensusProof. */
            consensusProof?: (isthmus.v1.Proof.$Properties|null);

            /** EvidenceReceipt mainHeader. */
            mainHeader?: (isthmus.v1.ClientMessage.$Properties|null);

            /** EvidenceReceipt issuedAtNs. */
            issuedAtNs: (number|Long);

            /**
             * Creates a new EvidenceReceipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvidenceReceipt instance
             */
            static create(properties: isthmus.v1.EvidenceReceipt.$Shape): isthmus.v1.EvidenceReceipt & isthmus.v1.EvidenceReceipt.$Shape;
            static create(properties?: isthmus.v1.EvidenceReceipt.$Properties): isthmus.v1.EvidenceReceipt;

            /**
             * Encodes the specified EvidenceReceipt message. Does not implicitly {@link isthmus.v1.EvidenceReceipt.verify|verify} messages.
             * @param message EvidenceReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: isthmus.v1.EvidenceReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvidenceReceipt message, length delimited. Does not implicitly {@link isthmus.v1.EvidenceReceipt.verify|verify} messages.
             * @param message EvidenceReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: isthmus.v1.EvidenceReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvidenceReceipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {isthmus.v1.EvidenceReceipt & isthmus.v1.EvidenceReceipt.$Shape} EvidenceReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): isthmus.v1.EvidenceReceipt & isthmus.v1.EvidenceReceipt.$Shape;

            /**
             * Decodes an EvidenceReceipt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {isthmus.v1.EvidenceReceipt & isthmus.v1.EvidenceReceipt.$Shape} EvidenceReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): isthmus.v1.EvidenceReceipt & isthmus.v1.EvidenceReceipt.$Shape;

            /**
             * Verifies an EvidenceReceipt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvidenceReceipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvidenceReceipt
             */
            static fromObject(object: { [k: string]: any }): isthmus.v1.EvidenceReceipt;

            /**
             * Creates a plain object from an EvidenceReceipt message. Also converts values to other types if specified.
             * @param message EvidenceReceipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: isthmus.v1.EvidenceReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvidenceReceipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvidenceReceipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvidenceReceipt {

            /** Properties of an EvidenceReceipt. */
            interface $Properties {

                /** EvidenceReceipt version */
                version?: (number|null);

                /** EvidenceReceipt recordId */
                recordId?: (string|null);

                /** EvidenceReceipt chainId */
                chainId?: (string|null);

                /** EvidenceReceipt path */
                path?: (string|null);

                /** EvidenceReceipt value */
                value?: (Uint8Array|null);

                /** EvidenceReceipt proof */
                proof?: (isthmus.v1.Proof.$Properties|null);

                /** EvidenceReceipt header */
                header?: (isthmus.v1.ClientMessage.$Properties|null);

                /** EvidenceReceipt mainChainId */
                mainChainId?: (string|null);

                /** EvidenceReceipt mainClientId */
                mainClientId?: (string|null);

                /** EvidenceReceipt consensusState */
                consensusState?: (isthmus.v1.ConsensusState.$Properties|null);

                /** EvidenceReceipt consensusProof */
                consensusProof?: (isthmus.v1.Proof.$Properties|null);

                /** EvidenceReceipt mainHeader */
                mainHeader?: (isthmus.v1.ClientMessage.$Properties|null);

                /** EvidenceReceipt issuedAtNs */
                issuedAtNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvidenceReceipt. */
            type $Shape = isthmus.v1.EvidenceReceipt.$Properties;
        }
    }
}
