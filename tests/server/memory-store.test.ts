import { MemoryStore } from '../../server/persistence/memory-store.ts';
import { describeStoreContract } from './store.contract.ts';

describeStoreContract('MemoryStore', async () => ({
  open: () => new MemoryStore(),
  dispose: async () => {},
}));
