/** The same contract for the single-process `InMemoryStatusStore` (both views are the one store). */
import { InMemoryStatusStore } from '../../../../relayer/status/index.js';
import { statusStoreContract } from './contract-status-store.js';

statusStoreContract(
  'InMemoryStatusStore',
  () => {
    const store = new InMemoryStatusStore();
    return Promise.resolve({ a: store, b: store, close: () => Promise.resolve() });
  },
  { kvBacked: false },
);
