import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The local OpenID Connect provider of the API's integration tests
 * (apps/api/src/test/oidc-provider-process.mjs, the npm package `oidc-provider`)
 * for the browser tests: a public client (PKCE, no secret, so the API under
 * test needs no SSO_SECRET_KEY) whose redirect address is the app's callback.
 * Its login page takes any name; an e-mail address is that address, verified.
 */
export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  /**
   * Makes the provider re-sign the next ID tokens with its own key, but for
   * another audience or already expired (null: honest again), as in the
   * integration test: a correctly signed token the app must refuse.
   */
  setTamper(mode: 'audience' | 'expired' | null): Promise<void>;
  close(): Promise<void>;
}

const SCRIPT = join(
  __dirname,
  '..',
  '..',
  '..',
  'api',
  'src',
  'test',
  'oidc-provider-process.mjs',
);

export async function startLocalOidcProvider(
  appUrl: string,
): Promise<LocalOidcProvider> {
  const clientId = 'inspraak-e2e';
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], {
    env: {
      ...process.env,
      PORT: '0',
      EXIT_WITH_STDIN: '1',
      CLIENTS: JSON.stringify([
        {
          client_id: clientId,
          token_endpoint_auth_method: 'none',
          redirect_uris: [new URL('/auth/oidc/callback', appUrl).toString()],
        },
      ]),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({
      input: child.stdout as NodeJS.ReadableStream,
    });
    lines.once('line', (line) =>
      resolve((JSON.parse(line) as { issuer: string }).issuer),
    );
    child.once('exit', (code) =>
      reject(new Error(`oidc provider exited (${code}): ${errors}`)),
    );
  });
  return {
    issuer,
    clientId,
    setTamper: async (mode) => {
      const response = await fetch(`${issuer}/__test/tamper`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mode }),
      });
      if (!response.ok) throw new Error(`/__test/tamper: ${response.status}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
