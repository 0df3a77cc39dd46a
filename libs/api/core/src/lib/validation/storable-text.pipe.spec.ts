import { AppError } from '../errors/app-error';
import { storableTextPipe } from './storable-text.pipe';

const check = (value: unknown, data = 'input') =>
  storableTextPipe.transform(value, { type: 'body', data });

describe('storable text', () => {
  it.each([
    ['a NUL character', 'Zorg\u0000groep'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00y'],
    ['a reversed pair', '\udc00\ud800'],
  ])('refuses %s, naming the field', (_what, text) => {
    let error: unknown;
    try {
      check({ name: 'ok', nested: [{ title: text }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_CHARACTERS',
      fields: [{ field: 'input.nested.0.title' }],
    });
  });

  it('looks only at arguments, not at the request context', () => {
    const context = { req: { body: 'x\u0000' } };
    expect(
      storableTextPipe.transform(context, { type: 'custom', data: undefined }),
    ).toBe(context);
    expect(() =>
      storableTextPipe.transform('x\u0000', {
        type: 3 as unknown as 'custom',
        data: 'name',
      }),
    ).toThrow(AppError);
  });

  it('lets ordinary and non-Latin text through unchanged', () => {
    const value = { name: 'Łukasz Şahin-Nguyễn 😀', n: 3, list: ['a', null] };
    expect(check(value)).toBe(value);
    expect(check('tab\tand newline\n')).toBe('tab\tand newline\n');
  });
});
