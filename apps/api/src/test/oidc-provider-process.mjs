// A real OpenID Connect provider (the certified npm package oidc-provider) for
// the single sign-on tests, run as its own process (the package is ESM-only).
//
//   CLIENTS='[{"client_id":"…","client_secret":"…","redirect_uris":["…"]}]' node oidc-provider-process.mjs
//
// Prints one JSON line {"issuer": "http://127.0.0.1:<port>"} when it listens.
// The login page (devInteractions) takes any login name: it becomes the
// account id, and an account id that looks like an e-mail address is that
// address, verified. Test-only endpoints:
//   POST /__test/accounts  {"<accountId>": {"email": "…", "email_verified": false}}  overrides claims
//   POST /__test/tamper    {"mode": "audience" | "expired" | null}
//     re-signs the next ID tokens with the provider's own key, but for another
//     audience or already expired: a real, correctly signed token the client must refuse.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';

const clients = JSON.parse(process.env.CLIENTS ?? '[]');
const port = Number(process.env.PORT ?? 0);
const host = '127.0.0.1';

const { privateKey, publicKey } = await generateKeyPair('RS256', {
  extractable: true,
});
const kid = 'test-key';
const privateJwk = {
  ...(await exportJWK(privateKey)),
  kid,
  alg: 'RS256',
  use: 'sig',
};
void publicKey;

const accounts = new Map();
let tamper = null;

const server = createServer();
await new Promise((resolve) => server.listen(port, host, resolve));
const issuer = `http://${host}:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  jwks: { keys: [privateJwk] },
  cookies: { keys: ['inspraak-test-provider-cookie-key'] },
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  features: { devInteractions: { enabled: true } },
  ttl: {
    AccessToken: 600,
    AuthorizationCode: 60,
    IdToken: 600,
    Interaction: 600,
    Session: 600,
    Grant: 600,
  },
  // First-party test client: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId ||
      ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name']);
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        const defaults = sub.includes('@')
          ? { email: sub, email_verified: true }
          : {};
        return { sub, name: sub, ...defaults, ...(accounts.get(sub) ?? {}) };
      },
    };
  },
});
provider.on('server_error', (_ctx, error) => console.error(error));

// The misbehaving provider of the refusal tests: re-signs the ID token of the token response.
provider.use(async (ctx, next) => {
  await next();
  if (!tamper || ctx.path !== '/token' || ctx.status !== 200) return;
  const body = ctx.body;
  if (!body || typeof body.id_token !== 'string') return;
  const claims = decodeJwt(body.id_token);
  const now = Math.floor(Date.now() / 1000);
  if (tamper === 'audience') claims.aud = 'a-different-client';
  if (tamper === 'expired') {
    claims.iat = now - 7200;
    claims.exp = now - 3600;
  }
  ctx.body = {
    ...body,
    id_token: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(privateKey),
  };
});

const readJson = (req) =>
  new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (error) {
        reject(error);
      }
    });
  });

const handle = provider.callback();
server.on('request', async (req, res) => {
  if (req.method === 'POST' && req.url === '/__test/accounts') {
    for (const [id, claims] of Object.entries(await readJson(req)))
      accounts.set(id, claims);
    res.writeHead(204).end();
    return;
  }
  if (req.method === 'POST' && req.url === '/__test/tamper') {
    tamper = (await readJson(req)).mode ?? null;
    res.writeHead(204).end();
    return;
  }
  handle(req, res);
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => process.exit(0));
// Started by a test: end with it, even when it never got to stop us (its end closes our stdin).
if (process.env.EXIT_WITH_STDIN === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
