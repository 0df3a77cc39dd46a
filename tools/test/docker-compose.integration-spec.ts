import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Validates docker/docker-compose.yml with the Compose CLI (no Docker engine
 * needed): `docker compose` (v2 plugin) when present, else `docker-compose` (v1,
 * Debian package; npm test installs it when neither exists).
 */
const root = resolve(__dirname, '..', '..');
const composeFile = join(root, 'docker', 'docker-compose.yml');

function composeCommand(): string[] {
  if (
    spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status ===
    0
  )
    return ['docker', 'compose'];
  return ['docker-compose'];
}

function compose(args: string[], env: NodeJS.ProcessEnv) {
  const [command, ...prefix] = composeCommand();
  return spawnSync(command, [...prefix, '-f', composeFile, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
}

/** Splits the normalised `config` YAML into top-level service blocks (2-space indent under `services:`). */
function serviceBlocks(yaml: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const lines = yaml.split('\n');
  let inServices = false;
  let current: string | undefined;
  for (const line of lines) {
    if (/^\S/.test(line)) {
      inServices = line.startsWith('services:');
      current = undefined;
      continue;
    }
    if (!inServices) continue;
    const service = /^ {2}([A-Za-z0-9_.-]+):\s*$/.exec(line);
    if (service) {
      current = service[1];
      blocks.set(current, '');
    } else if (current) {
      blocks.set(current, `${blocks.get(current)}${line}\n`);
    }
  }
  return blocks;
}

describe('docker/docker-compose.yml', () => {
  const env = {
    ...process.env,
    POSTGRES_PASSWORD: 'integration-test-secret',
    ANSWER_SEAL_KEY: '0'.repeat(64),
    SMTP_URL: 'smtp://mail.example.nl:587',
    DEV_OUTBOX: 'true',
  };

  it('is valid (compose config -q exits 0)', () => {
    const result = compose(['config', '-q'], env);
    expect(result.error).toBeUndefined();
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 0,
      stderr: expect.any(String),
    });
  });

  it('refuses to render without a database password', () => {
    const { POSTGRES_PASSWORD: _omit, ...withoutSecret } = env;
    void _omit;
    const result = compose(['config', '-q'], withoutSecret);
    expect(result.status).not.toBe(0);
    expect(`${result.stderr}${result.stdout}`).toMatch(/POSTGRES_PASSWORD/);
  });

  it('refuses to render without the key that seals waiting survey answers', () => {
    const { ANSWER_SEAL_KEY: _omit, ...withoutKey } = env;
    void _omit;
    const result = compose(['config', '-q'], withoutKey);
    expect(result.status).not.toBe(0);
    expect(`${result.stderr}${result.stdout}`).toMatch(/ANSWER_SEAL_KEY/);
  });

  it('refuses to render without a mail server, and never switches the development outbox on', () => {
    const { SMTP_URL: _omit, ...withoutMail } = env;
    void _omit;
    const result = compose(['config', '-q'], withoutMail);
    expect(result.status).not.toBe(0);
    expect(`${result.stderr}${result.stdout}`).toMatch(/SMTP_URL/);
    // DEV_OUTBOX=true in the caller's environment does not reach the processes.
    const services = serviceBlocks(
      compose(['--profile', 'setup', 'config'], env).stdout,
    );
    for (const name of ['api', 'worker', 'setup']) {
      expect(services.get(name)).toMatch(
        /SMTP_URL: smtp:\/\/mail\.example\.nl:587/,
      );
      expect(services.get(name)).toMatch(/DEV_OUTBOX: ['"]?false/);
    }
  });

  it('has api, worker, postgres, redis and migrate, with health checks and the migration gate', () => {
    const result = compose(['config'], env);
    expect(result.status).toBe(0);
    const services = serviceBlocks(result.stdout);
    expect([...services.keys()].sort()).toEqual(
      expect.arrayContaining(['api', 'migrate', 'postgres', 'redis', 'worker']),
    );
    for (const name of ['postgres', 'redis', 'api']) {
      expect(services.get(name)).toMatch(/^ {4}healthcheck:/m);
    }
    for (const name of ['api', 'worker']) {
      expect(services.get(name)).toMatch(
        /migrate:\n\s+condition: service_completed_successfully/,
      );
      expect(services.get(name)).toMatch(
        /DATABASE_URL: postgres:\/\/inspraak:integration-test-secret@postgres:5432\/inspraak/,
      );
      expect(services.get(name)).toMatch(/NODE_ENV: production/);
      expect(services.get(name)).toMatch(/COOKIE_SECURE: ['"]?true/);
    }
    expect(services.get('migrate')).toMatch(/dist\/apps\/api\/cli\.js/);
  });

  it('runs two APIs and two workers unless told otherwise, each API on its own host port', () => {
    const services = serviceBlocks(compose(['config'], env).stdout);
    for (const name of ['api', 'worker'])
      expect(services.get(name)).toMatch(/deploy:\n\s+replicas: 2/);
    expect(services.get('api')).toMatch(/published: ['"]?3000-3009/);
    const scaled = serviceBlocks(
      compose(['config'], { ...env, API_REPLICAS: '3', WORKER_REPLICAS: '4' })
        .stdout,
    );
    expect(scaled.get('api')).toMatch(/replicas: 3/);
    expect(scaled.get('worker')).toMatch(/replicas: 4/);
  });

  it('never seeds the demo, and sets up a real organisation on request (profile setup)', () => {
    const result = compose(['--profile', 'setup', 'config'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/seed-demo/);
    const setup = serviceBlocks(result.stdout).get('setup');
    expect(setup).toMatch(/cli\.js/);
    expect(setup).toMatch(/setup-organisation/);
    expect(setup).toMatch(
      /migrate:\n\s+condition: service_completed_successfully/,
    );
    // Not started by a plain `up`: only in its profile.
    expect(setup).toMatch(/profiles:\n\s+- setup/);
  });
});
