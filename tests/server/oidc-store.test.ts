/** The OidcStore contract (with the OpenID Connect parts of the AccountStore) on SQLite and PostgreSQL. */
import { SIDE_BACKENDS } from './backends.ts';
import { describeOidcStoreContract } from './oidc-store.contract.ts';

for (const backend of SIDE_BACKENDS) describeOidcStoreContract(backend);
