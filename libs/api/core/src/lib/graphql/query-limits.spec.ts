import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitRules, ROOT_FIELD_COST } from './query-limits';

const schema = buildSchema(`
  type Query { node: Node, nodes(limit: Int): [Node!]!, page(page: PageInput): Page! }
  input PageInput { limit: Int }
  type Page { items: [Node!]! }
  type Node { id: ID!, child: Node, children(first: Int): [Node!]! }
`);

const check = (query: string, maxDepth = 4, maxCost = 100) =>
  validate(schema, parse(query), queryLimitRules(maxDepth, maxCost)).map(
    (e) => e.extensions['code'],
  );

describe('query depth and cost limits', () => {
  it('lets a normal query through', () => {
    expect(check('{ node { id child { id } } }')).toEqual([]);
  });

  it('refuses a query deeper than allowed, also when hidden in fragments', () => {
    expect(check('{ node { child { child { child { id } } } } }')).toEqual([
      'QUERY_TOO_DEEP',
    ]);
    expect(
      check(
        '{ node { ...A } } fragment A on Node { child { child { child { id } } } }',
      ),
    ).toEqual(['QUERY_TOO_DEEP']);
  });

  it('does not count introspection towards depth', () => {
    expect(
      check(
        '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
      ),
    ).toEqual([]);
  });

  it('multiplies the cost of a list by its requested size', () => {
    expect(check('{ nodes(limit: 10) { id } }')).toEqual([]);
    expect(check('{ nodes(limit: 200) { id } }')).toEqual(['QUERY_TOO_COSTLY']);
    expect(check('{ nodes(limit: 5) { children(first: 30) { id } } }')).toEqual(
      ['QUERY_TOO_COSTLY'],
    );
  });

  it('uses the typical size of a bounded list instead of the default', () => {
    const bounded = buildSchema(`
      type Query { questions: [Question!]!, nodes: [Question!]! }
      type Question { id: ID!, options: [Option!]! }
      type Option { key: String!, label: String! }
    `);
    const options = bounded.getType(
      'Question',
    ) as import('graphql').GraphQLObjectType;
    options.getFields()['options']!.extensions = { listSize: 4 };
    (bounded.getQueryType()!.getFields()['questions']!.extensions as Record<
      string,
      unknown
    >) = { listSize: 10 };
    const cost = (query: string, max: number) =>
      validate(bounded, parse(query), queryLimitRules(5, max)).map(
        (e) => e.extensions['code'],
      );
    // 25 (a root field) + 10 × (1 + 1 + 4 × 2) = 125
    expect(cost('{ questions { id options { key label } } }', 125)).toEqual([]);
    expect(cost('{ questions { id options { key label } } }', 124)).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
    // Without an estimate the default (25) applies: 25 + 25 × (1 + 1 + 4 × 2) = 275.
    expect(cost('{ nodes { id options { key label } } }', 274)).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });

  it('applies the page size of a paged field to the list inside it', () => {
    expect(check('{ page(page: { limit: 10 }) { items { id } } }')).toEqual([]);
    expect(
      check('{ page(page: { limit: 90 }) { items { id child { id } } } }'),
    ).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('counts a page size given in a variable as the largest page', () => {
    expect(
      check('query($p: PageInput) { page(page: $p) { items { id } } }', 4, 150),
    ).toEqual([]);
    expect(
      check(
        'query($p: PageInput) { page(page: $p) { items { id child { id } } } }',
        4,
        150,
      ),
    ).toEqual(['QUERY_TOO_COSTLY']);
    expect(
      check(
        'query($l: Int) { page(page: { limit: $l }) { items { id child { id } } } }',
        4,
        150,
      ),
    ).toEqual(['QUERY_TOO_COSTLY']);
    expect(
      check('query($n: Int) { nodes(limit: $n) { id child { id } } }', 4, 150),
    ).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('counts aliases of the same field separately', () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `n${i}: node { id }`,
    ).join(' ');
    expect(check(`{ ${many} }`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('counts aliases of __typename, which cost the server a field each', () => {
    const many = Array.from(
      { length: 120 },
      (_, i) => `t${i}: __typename`,
    ).join(' ');
    expect(check(`{ ${many} }`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('charges a root operation more than a field, so aliases of cheap ones add up', () => {
    const many = Array.from({ length: 4 }, (_, i) => `n${i}: node { id }`);
    // 4 × (ROOT_FIELD_COST + 1) = 104 > 100
    expect(ROOT_FIELD_COST).toBe(25);
    expect(check(`{ ${many.join(' ')} }`)).toEqual(['QUERY_TOO_COSTLY']);
    expect(check(`{ ${many.slice(0, 3).join(' ')} }`)).toEqual([]);
  });

  it('charges a field its declared cost, once per alias', () => {
    const costly = buildSchema(`
      type Query { export: String!, viewer: String! }
    `);
    costly.getQueryType()!.getFields()['export']!.extensions = { cost: 2000 };
    const codes = (query: string) =>
      validate(costly, parse(query), queryLimitRules(5, 5000)).map(
        (e) => e.extensions['code'],
      );
    expect(codes('{ a: export b: export }')).toEqual([]);
    expect(codes('{ a: export b: export c: export }')).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
    // The same through fragments: each spread adds the fragment's cost again.
    expect(
      codes(
        '{ ...E ...E ...F } fragment E on Query { export } fragment F on Query { x: export }',
      ),
    ).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('works out a fragment once, however often it is spread (linear time)', () => {
    // Each fragment spreads the next twice: 2^64 fields. Expanding every spread
    // again would never finish; remembering each fragment's cost takes 64 steps.
    const levels = 64;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Node { id }`
        : `fragment F${i} on Node { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    expect(check(`{ node { ...F0 } } ${fragments}`)).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
    // Aliases inside the chain double the depth-free cost as well.
    const aliased = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment G${i} on Node { id }`
        : `fragment G${i} on Node { a: child { ...G${i + 1} } b: child { ...G${i + 1} } }`,
    ).join(' ');
    expect(check(`{ node { ...G0 } } ${aliased}`, 100, 100)).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });

  it('survives a fragment cycle and leaves it to the cycle rule', () => {
    const document = parse(
      '{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }',
    );
    const errors = validate(schema, document, [
      ...specifiedRules,
      ...queryLimitRules(4, 100),
    ]);
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Cannot spread fragment "A" within itself/),
      ]),
    );
    expect(errors.every((e) => e instanceof Error)).toBe(true);
  });
});
