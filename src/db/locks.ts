// Advisory lock keys (pg_advisory_xact_lock takes a bigint). Fixed numbers so every process of
// every version of this tool agrees on them; the values spell "ECHO" + a purpose in hex.

/** Held while migrations run. */
export const MIGRATION_LOCK_KEY = 0x4543484f0001;
/** Held for the whole transaction that wipes and/or loads a universe. */
export const UNIVERSE_LOCK_KEY = 0x4543484f0002;
