/** The SessionStore contract on SQLite and PostgreSQL. */
import { SIDE_BACKENDS } from './backends.ts';
import { describeSessionStoreContract } from './session-store.contract.ts';

for (const backend of SIDE_BACKENDS) describeSessionStoreContract(backend);
