import { buildSchema, parse } from 'graphql';
import { argumentProblem } from './argument-checks';

const schema = buildSchema(`
  scalar DateTime
  input MeetingInput { startsAt: DateTime!, inviteeIds: [ID!]!, nested: NestedInput }
  input NestedInput { ownerId: ID }
  type Query { node(id: ID!): String, nodes(ids: [ID!]): String }
  type Mutation { schedule(input: MeetingInput!, trajectoryId: ID): String }
`);
const UUID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const problem = (query: string, variables: Record<string, unknown> = {}) =>
  argumentProblem(schema, parse(query), variables);

describe('argument checks by GraphQL type', () => {
  it('lets UUIDs and dates of our era through, in literals and variables', () => {
    expect(problem(`{ node(id: "${UUID}") }`)).toBeNull();
    expect(
      problem(
        'mutation($i: MeetingInput!) { schedule(input: $i, trajectoryId: null) }',
        {
          i: {
            startsAt: '2027-03-01T10:00:00Z',
            inviteeIds: [UUID],
            nested: { ownerId: UUID },
          },
        },
      ),
    ).toBeNull();
  });

  it.each([['not-a-uuid'], [''], ["' OR 1=1 --"], [`${UUID}x`], [12]])(
    'refuses the id %p wherever it stands',
    (bad) => {
      expect(problem('query($id: ID!) { node(id: $id) }', { id: bad })).toEqual(
        {
          reason: 'INVALID_ID',
          field: 'id',
        },
      );
      expect(
        problem('query($ids: [ID!]) { nodes(ids: $ids) }', {
          ids: [UUID, bad],
        }),
      ).toEqual({ reason: 'INVALID_ID', field: 'ids.1' });
      expect(
        problem('mutation($i: MeetingInput!) { schedule(input: $i) }', {
          i: {
            startsAt: '2027-03-01T10:00:00Z',
            inviteeIds: [],
            nested: { ownerId: bad },
          },
        }),
      ).toEqual({ reason: 'INVALID_ID', field: 'i.nested.ownerId' });
    },
  );

  it('refuses a bad id written in the document itself', () => {
    expect(problem('{ node(id: "nope") }')).toEqual({
      reason: 'INVALID_ID',
      field: 'id',
    });
    expect(
      problem(
        `mutation { schedule(input: { startsAt: "2027-03-01T10:00:00Z", inviteeIds: ["${UUID}", "x"] }) }`,
      ),
    ).toEqual({ reason: 'INVALID_ID', field: 'input.inviteeIds.1' });
  });

  it.each([
    ['0000-01-01T00:00:00.000Z'],
    ['+275760-09-13T00:00:00.000Z'],
    ['-000001-01-01T00:00:00.000Z'],
    ['geen datum'],
    ['0999-12-31T23:59:59Z'],
  ])('refuses the date and time %p', (bad) => {
    expect(
      problem('mutation($i: MeetingInput!) { schedule(input: $i) }', {
        i: { startsAt: bad, inviteeIds: [] },
      }),
    ).toEqual({ reason: 'INVALID_DATE_TIME', field: 'i.startsAt' });
  });
});
