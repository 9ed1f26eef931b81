/** The mapping between IsthmusError and gRPC status, both ways, without a network. */
import { describe, expect, it } from '@jest/globals';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { fromServiceError, toStatus } from '../../../adapters/index.js';
import { IsthmusError, errorCategories } from '../../../light-clients/index.js';

function asServiceError(s: ReturnType<typeof toStatus>): ServiceError {
  return Object.assign(new Error(s.details), {
    code: s.code ?? status.UNKNOWN,
    details: s.details ?? '',
    metadata: s.metadata ?? new Metadata(),
  });
}

describe('gRPC error mapping', () => {
  it.each(errorCategories.map((c) => [c]))(
    'behavior: category %s round-trips with code and context',
    (category) => {
      const e = new IsthmusError('SOME_CODE', 'something failed', {
        category,
        context: { chainId: 'édu-1', height: 3n },
      });
      const back = fromServiceError(asServiceError(toStatus(e)));
      expect(back.code).toBe('SOME_CODE');
      expect(back.category).toBe(category);
      expect(back.message).toBe('something failed');
      expect(back.context).toEqual({ chainId: 'édu-1', height: '3' });
    },
  );

  it.each([
    ['invalid_argument', status.INVALID_ARGUMENT],
    ['verification', status.INVALID_ARGUMENT],
    ['not_found', status.NOT_FOUND],
    ['permission_denied', status.PERMISSION_DENIED],
    ['unauthenticated', status.UNAUTHENTICATED],
    ['resource_exhausted', status.RESOURCE_EXHAUSTED],
    ['unavailable', status.UNAVAILABLE],
    ['internal', status.INTERNAL],
  ] as const)('behavior: %s is sent as gRPC status %s', (category, code) => {
    expect(toStatus(new IsthmusError('X', 'x', { category })).code).toBe(code);
  });

  it('behavior: a foreign error is INTERNAL without its message', () => {
    const s = toStatus(new TypeError('secret detail'));
    expect(s.code).toBe(status.INTERNAL);
    expect(s.details).toBe('internal error');
    expect(s.metadata?.get('isthmus-error-code')).toEqual(['INTERNAL']);
  });

  it('behavior: a status without Isthmus metadata gets a GRPC_ code and a category from the status', () => {
    const e = fromServiceError(
      Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
        code: status.UNAVAILABLE,
        details: 'No connection established',
        metadata: new Metadata(),
      }),
    );
    expect(e.code).toBe('GRPC_UNAVAILABLE');
    expect(e.category).toBe('unavailable');
    expect(e.retryable).toBe(true);
  });

  it('error: garbage in the metadata does not break the mapping', () => {
    const md = new Metadata();
    md.set('isthmus-error-code', 'X');
    md.set('isthmus-error-category', 'not-a-category');
    md.set('isthmus-error-context-bin', Buffer.from('{not json'));
    const e = fromServiceError(
      Object.assign(new Error('x'), { code: status.NOT_FOUND, details: 'x', metadata: md }),
    );
    expect(e.code).toBe('GRPC_NOT_FOUND');
    expect(e.category).toBe('not_found');
  });
});
