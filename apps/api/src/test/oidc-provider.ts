import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A real OpenID Connect provider for the single sign-on tests
 * (oidc-provider-process.mjs, the npm package `oidc-provider`, ESM-only, so
 * in its own process). Its login page takes any name; a name that looks like
 * an e-mail address is that address, verified.
 */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims to use for an account instead of the defaults (e.g. `{ email_verified: false }`). */
  setAccount(accountId: string, claims: Record<string, unknown>): Promise<void>;
  /** Re-sign the next ID tokens for another audience, or already expired; null: honest again. */
  setTamper(mode: 'audience' | 'expired' | null): Promise<void>;
  close(): Promise<void>;
}

export const OIDC_PROVIDER_SCRIPT = join(
  __dirname,
  'oidc-provider-process.mjs',
);

export async function startOidcProvider(options: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const clientId = options.clientId ?? 'inspraak';
  const clientSecret = options.clientSecret ?? 'inspraak-test-secret';
  const child: ChildProcess = spawn(process.execPath, [OIDC_PROVIDER_SCRIPT], {
    env: {
      ...process.env,
      PORT: '0',
      EXIT_WITH_STDIN: '1',
      CLIENTS: JSON.stringify([
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: options.redirectUris,
        },
      ]),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      try {
        resolve((JSON.parse(line) as { issuer: string }).issuer);
      } catch {
        reject(new Error(`oidc provider said: ${line}`));
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`oidc provider exited (${code}): ${errors}`)),
    );
  });
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${issuer}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
  };
  return {
    issuer,
    clientId,
    clientSecret,
    setAccount: (accountId, claims) =>
      post('/__test/accounts', { [accountId]: claims }),
    setTamper: (mode) => post('/__test/tamper', { mode }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
