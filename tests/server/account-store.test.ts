/** The AccountStore contract on SQLite and PostgreSQL. */
import { describeAccountStoreContract } from './account-store.contract.ts';
import { SIDE_BACKENDS } from './backends.ts';

for (const backend of SIDE_BACKENDS) describeAccountStoreContract(backend);
