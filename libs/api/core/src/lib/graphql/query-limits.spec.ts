import { buildSchema, parse, validate } from 'graphql';
import { queryLimitRules } from './query-limits';

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
    // 1 + 10 × (1 + 1 + 4 × 2) = 101
    expect(cost('{ questions { id options { key label } } }', 101)).toEqual([]);
    expect(cost('{ questions { id options { key label } } }', 100)).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
    // Without an estimate the default (25) applies: 1 + 25 × (1 + 1 + 4 × 2) = 251.
    expect(cost('{ nodes { id options { key label } } }', 250)).toEqual([
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
});
