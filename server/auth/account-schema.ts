/**
 * The accounts tables in the shared SQLite file (component 'accounts'). Append only: a new
 * migration is a new array entry, never an edit of an old one.
 */
export const ACCOUNT_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX users_email ON users (email COLLATE NOCASE);
  CREATE TABLE grants (
    user_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, scope, role)
  );
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'participant')),
    user_id TEXT,
    participant_id TEXT,
    participant_name TEXT,
    workshop_id TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);
  CREATE INDEX sessions_workshop ON sessions (workshop_id);
  CREATE TABLE auth_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // Set when a beheerder chose the password (new account, reset), so nobody works under a
  // password someone else knows; cleared when the user chooses their own.
  `
  ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
  `,
  // A colleague who left is blocked rather than deleted: their name stays on what they changed.
  `
  ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
  `,
  // Sign-in with OpenID Connect (server/auth/oidc/): which provider account belongs to which user
  // (issuer + subject, never the e-mail address alone), the group -> role mappings a beheerder
  // keeps, which grants came from such a mapping (so leaving the group takes them away again), and
  // for a session started at a provider: which one, and its ID token for signing out there.
  // An account that only signs in at a provider has password_hash '' (no password matches it).
  `
  CREATE TABLE oidc_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    provider TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_sign_in TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
  );
  CREATE INDEX oidc_identities_user ON oidc_identities (user_id);
  CREATE TABLE oidc_group_roles (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    group_name TEXT NOT NULL,
    scope TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (provider, group_name, scope, role)
  );
  ALTER TABLE grants ADD COLUMN source TEXT NOT NULL DEFAULT 'manual';
  ALTER TABLE sessions ADD COLUMN oidc_provider TEXT;
  ALTER TABLE sessions ADD COLUMN oidc_id_token TEXT;
  `,
];
