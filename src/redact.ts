// Secrets this process must never print: the password of a database URL (as given, and decoded).
// The connection code remembers them; every error path scrubs what it prints (including driver
// messages and stack traces under --verbose), since a server or driver may echo any string.

const secrets = new Set<string>();

/** Short passwords are scrubbed only as whole words, so "a" does not mangle every message. */
const MIN_SUBSTRING_LENGTH = 4;

/** Remembers the password of `url` (if any) so redactSecrets() removes it from printed text. */
export function rememberUrlSecrets(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const match = /:\/\/[^:@/]*:([^@/]*)@/.exec(url);
    if (match?.[1]) rememberSecret(match[1]);
    return;
  }
  rememberSecret(parsed.password);
  for (const key of ['password', 'sslpassword']) rememberSecret(parsed.searchParams.get(key) ?? '');
}

export function rememberSecret(secret: string): void {
  if (secret === '') return;
  secrets.add(secret);
  try {
    secrets.add(decodeURIComponent(secret));
  } catch {
    // not percent-encoded: the secret as given is enough
  }
  secrets.add(encodeURIComponent(secret));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every remembered secret replaced by ****. */
export function redactSecrets(text: string): string {
  let result = text;
  // Longest first, so a secret that contains another is removed whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret === '') continue;
    result =
      secret.length >= MIN_SUBSTRING_LENGTH
        ? result.split(secret).join('****')
        : result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, 'gu'), '****');
  }
  return result;
}
