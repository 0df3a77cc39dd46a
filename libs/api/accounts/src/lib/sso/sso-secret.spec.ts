import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, secretEnvNameFor } from './sso-secret';
import { checkedIssuer } from './sso-issuer';

describe('client secrets at rest', () => {
  const key = randomBytes(32).toString('hex');
  const organisationId = '3b4eac13-1662-474a-8405-15c128305108';

  it('encrypts with a fresh nonce every time and decrypts with the same key and organisation', () => {
    const first = encryptSecret('geheim-123', key, organisationId);
    const second = encryptSecret('geheim-123', key, organisationId);
    expect(first).toMatch(/^v1\./);
    expect(first).not.toContain('geheim');
    expect(first).not.toBe(second);
    expect(decryptSecret(first, key, organisationId)).toBe('geheim-123');
  });

  it('refuses another key, another organisation and a changed ciphertext', () => {
    const stored = encryptSecret('geheim-123', key, organisationId);
    expect(() =>
      decryptSecret(stored, randomBytes(32).toString('hex'), organisationId),
    ).toThrow();
    expect(() =>
      decryptSecret(stored, key, '00000000-0000-0000-0000-000000000000'),
    ).toThrow();
    const [version, iv, tag, data] = stored.split('.') as [
      string,
      string,
      string,
      string,
    ];
    const flipped = `${data.startsWith('A') ? 'B' : 'A'}${data.slice(1)}`;
    expect(() =>
      decryptSecret([version, iv, tag, flipped].join('.'), key, organisationId),
    ).toThrow();
  });

  it("names one SSO_CLIENT_SECRET_… variable per organisation, from the organisation's id", () => {
    expect(secretEnvNameFor('0a1b2c3d-0000-4000-8000-00000000abcd')).toBe(
      'SSO_CLIENT_SECRET_0A1B2C3D00004000800000000000ABCD',
    );
    expect(secretEnvNameFor('0a1b2c3d-0000-4000-8000-00000000abcd')).not.toBe(
      secretEnvNameFor('1a1b2c3d-0000-4000-8000-00000000abcd'),
    );
  });
});

describe('checkedIssuer', () => {
  it('takes https anywhere and http only on this machine', () => {
    expect(checkedIssuer(' https://login.example.nl/tenant/v2.0 ')).toBe(
      'https://login.example.nl/tenant/v2.0',
    );
    expect(checkedIssuer('http://127.0.0.1:4000')).toBe(
      'http://127.0.0.1:4000',
    );
    expect(checkedIssuer('http://localhost:4000/realms/x')).toBe(
      'http://localhost:4000/realms/x',
    );
    for (const bad of [
      'http://idp.example.nl',
      'ftp://idp.example.nl',
      'https://user:pw@idp.example.nl',
      'https://idp.example.nl/?x=1',
      'https://idp.example.nl/#x',
      'geen adres',
    ])
      expect(() => checkedIssuer(bad)).toThrow();
  });
});
