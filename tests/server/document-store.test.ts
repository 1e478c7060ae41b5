/** The DocumentStore contract on every backend: memory, SQLite and PostgreSQL. */
import { DOCUMENT_BACKENDS } from './backends.ts';
import { describeStoreContract } from './store.contract.ts';

for (const backend of DOCUMENT_BACKENDS) describeStoreContract(backend.name, () => backend.harness());
