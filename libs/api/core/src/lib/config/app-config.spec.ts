import {
  assertMailDelivery,
  ConfigValidationError,
  loadConfig,
  MailNotConfiguredError,
} from './app-config';

describe('configuration from the environment', () => {
  it('runs the embedded stack with no variables set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      COOKIE_SECURE: false,
    });
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/.+:54329\//);
    expect(config.REDIS_URL).toMatch(/^redis:\/\/127.0.0.1:63799/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });

  it('names every bad variable in one message, without showing passwords', () => {
    let problems: string[] = [];
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://user:secret@db/x',
        COOKIE_SECURE: 'maybe',
        LOG_LEVEL: 'loud',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      problems = (error as ConfigValidationError).problems;
    }
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith('PORT:'))).toContain('"abc"');
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toContain(
      'must be a postgres:// URL',
    );
    expect(problems.join('\n')).not.toContain('secret');
    expect(problems.find((p) => p.startsWith('COOKIE_SECURE:'))).toBeDefined();
    expect(problems.find((p) => p.startsWith('LOG_LEVEL:'))).toBeDefined();
  });

  it('refuses production without the key that seals waiting survey answers', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /ANSWER_SEAL_KEY: required in production/,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', ANSWER_SEAL_KEY: 'ab'.repeat(32) })
        .ANSWER_SEAL_KEY,
    ).toBe('ab'.repeat(32));
    expect(loadConfig({ NODE_ENV: 'test' }).ANSWER_SEAL_KEY).toBeUndefined();
  });
});

describe('production defaults', () => {
  const production = {
    NODE_ENV: 'production',
    ANSWER_SEAL_KEY: 'ab'.repeat(32),
  };

  it('sends cookies only over HTTPS in production unless switched off explicitly', () => {
    expect(loadConfig(production).COOKIE_SECURE).toBe(true);
    expect(
      loadConfig({ ...production, COOKIE_SECURE: 'false' }).COOKIE_SECURE,
    ).toBe(false);
    expect(loadConfig({}).COOKIE_SECURE).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
  });

  it('trusts no proxy unless one is named, and never every client', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig(production).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toBe(
      'loopback',
    );
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7' }).TRUST_PROXY,
    ).toBe('10.0.0.0/8, 192.168.1.7');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: 'true' would believe every client/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(
      /TRUST_PROXY: must be false, a number of proxies/,
    );
  });
});

describe('mail delivery at start', () => {
  it('is SMTP with SMTP_URL, the outbox only when DEV_OUTBOX is on, and otherwise refused', () => {
    expect(
      assertMailDelivery(
        loadConfig({ SMTP_URL: 'smtp://mail:2525', DEV_OUTBOX: 'true' }),
      ),
    ).toBe('SMTP');
    expect(assertMailDelivery(loadConfig({ DEV_OUTBOX: 'true' }))).toBe(
      'OUTBOX',
    );
    expect(loadConfig({}).DEV_OUTBOX).toBe(false);
    expect(() => assertMailDelivery(loadConfig({}))).toThrow(
      MailNotConfiguredError,
    );
    expect(() =>
      assertMailDelivery(loadConfig({ SMTP_URL: '', DEV_OUTBOX: '' })),
    ).toThrow(/SMTP_URL is not set.*DEV_OUTBOX=true/);
  });
});
