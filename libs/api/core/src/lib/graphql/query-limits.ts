import { Extensions } from '@nestjs/graphql';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  isNonNullType,
  GraphQLOutputType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  GraphQLObjectType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  ValueNode,
} from 'graphql';

/**
 * Depth and cost limits, checked before execution so that a hostile query is
 * refused instead of run.
 *
 * Cost is an estimate of the work a query asks for:
 * - every field costs 1, every operation at the root (each one a resolver
 *   with its own access check and queries) `ROOT_FIELD_COST`, and a field
 *   marked with `@Cost(n)` costs n: the resolvers that build files, match
 *   people, compute results or hash passwords. Aliases repeat a field, so they
 *   repeat its cost: a request cannot run an export a hundred times.
 * - a list field multiplies the cost of its selection by its page size
 *   (`limit`/`first`/`page.limit` argument, on the list field or on the paged
 *   field around it, the field's `@BoundedList` estimate, or a default) so
 *   that wide nested lists are expensive.
 *
 * Fragments are worked out once per definition (and per type and page size
 * they are used with) and remembered, so the check takes time linear in the
 * size of the document: a chain of fragments that each spread the next one
 * twice costs what it asks for, 2ⁿ, without the checker doing 2ⁿ work. A
 * fragment that spreads itself counts as nothing here; graphql-js's own rule
 * refuses the cycle.
 */
const DEFAULT_LIST_SIZE = 25;
/** The largest page size any paged list accepts (see the `@Max` on the page inputs). */
export const MAX_PAGE_SIZE = 100;
/**
 * The most tokens (names, punctuation, values) a GraphQL document may have.
 * All the web app's documents together hold about 4,800; one request sends a
 * few hundred.
 */
export const MAX_DOCUMENT_TOKENS = 5_000;
/** What an operation at the root costs at least: a resolver, its guard and its queries. */
export const ROOT_FIELD_COST = 25;
/** Introspection is answered from the schema in memory: a flat cost, whatever it selects. */
const INTROSPECTION_COST = 50;

export function queryLimitRules(maxDepth: number, maxCost: number) {
  return [
    (context: ValidationContext): ASTVisitor => ({
      OperationDefinition(operation: OperationDefinitionNode) {
        const walker = new DocumentWalker(
          context.getSchema(),
          fragmentMap(context),
        );
        const depth = walker.depth(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is too deep: ${depth} levels, at most ${maxDepth} allowed.`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_DEEP' } },
            ),
          );
          return;
        }
        const schema = context.getSchema();
        const root =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        if (!root) return;
        const cost = walker.cost(root, operation.selectionSet, undefined, true);
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `Query is too expensive: cost ${formatCost(cost)}, at most ${maxCost} allowed.`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY' } },
            ),
          );
        }
      },
    }),
  ];
}

/** Costs grow exponentially with nesting; beyond 15 digits say so instead of printing 1e+300. */
function formatCost(cost: number): string {
  return cost < 1e15 ? String(cost) : 'more than 10^15';
}

function fragmentMap(
  context: ValidationContext,
): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      map.set(definition.name.value, definition);
  }
  return map;
}

/** Depth and cost of one document's selections, each fragment worked out once. */
class DocumentWalker {
  private readonly fragmentDepths = new Map<string, number>();
  private readonly fragmentCosts = new Map<string, number>();
  /** Fragments being worked out: meeting one again is a cycle. */
  private readonly open = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  /** Levels of fields below `set` (introspection does not count). */
  depth(set: SelectionSetNode | undefined): number {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + this.depth(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, this.depth(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, this.fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  }

  private fragmentDepth(name: string): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.open.has(name)) return 0;
    this.open.add(name);
    const depth = this.depth(fragment.selectionSet);
    this.open.delete(name);
    this.fragmentDepths.set(name, depth);
    return depth;
  }

  cost(
    parent: GraphQLObjectType,
    set: SelectionSetNode,
    pageSize: number | undefined,
    atRoot = false,
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.fieldCost(parent, selection, pageSize, atRoot);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = this.conditionType(
          selection.typeCondition?.name.value,
          parent,
        );
        if (type)
          cost += this.cost(type, selection.selectionSet, pageSize, atRoot);
      } else {
        cost += this.fragmentCost(
          selection.name.value,
          parent,
          pageSize,
          atRoot,
        );
      }
    }
    return cost;
  }

  private fragmentCost(
    name: string,
    parent: GraphQLObjectType,
    pageSize: number | undefined,
    atRoot: boolean,
  ): number {
    const fragment = this.fragments.get(name);
    if (!fragment) return 0;
    const type = this.conditionType(fragment.typeCondition.name.value, parent);
    if (!type) return 0;
    const key = `${name}|${type.name}|${pageSize ?? ''}|${atRoot}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    if (this.open.has(key)) return 0;
    this.open.add(key);
    const cost = this.cost(type, fragment.selectionSet, pageSize, atRoot);
    this.open.delete(key);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  /** The object type a fragment's condition names, or the parent for an interface or union. */
  private conditionType(
    name: string | undefined,
    parent: GraphQLObjectType,
  ): GraphQLObjectType | undefined {
    if (!name) return parent;
    const type = this.schema.getType(name);
    if (type && isObjectType(type)) return type;
    return type ? parent : undefined;
  }

  private fieldCost(
    parent: GraphQLObjectType,
    field: FieldNode,
    inheritedPageSize: number | undefined,
    atRoot: boolean,
  ): number {
    const name = field.name.value;
    if (name === '__typename') return 1;
    if (name.startsWith('__')) return INTROSPECTION_COST;
    const definition = parent.getFields()[name];
    if (!definition) return 1;
    const named = getNamedType(definition.type);
    const ownSize = requestedSize(field);
    const estimate = definition.extensions?.['listSize'] as number | undefined;
    const declared = definition.extensions?.['cost'] as number | undefined;
    const isList = returnsList(definition.type);
    // A paged wrapper (`employees(page: …) { items }`) hands its page size to the list inside it.
    const sizeForChildren = isList ? undefined : (ownSize ?? inheritedPageSize);
    let childCost = 0;
    if (field.selectionSet && (isObjectType(named) || isInterfaceType(named))) {
      childCost = isObjectType(named)
        ? this.cost(named, field.selectionSet, sizeForChildren)
        : field.selectionSet.selections.length;
    }
    const own = declared ?? (atRoot ? ROOT_FIELD_COST : 1);
    return (
      own +
      childCost *
        (isList
          ? (ownSize ?? inheritedPageSize ?? estimate ?? DEFAULT_LIST_SIZE)
          : 1)
    );
  }
}

function returnsList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function requestedSize(field: FieldNode): number | undefined {
  for (const argument of field.arguments ?? []) {
    const name = argument.name.value;
    if (name === 'limit' || name === 'first') return sizeOf(argument.value);
    if (name === 'page') {
      if (argument.value.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
      if (argument.value.kind === Kind.OBJECT) {
        const limit = argument.value.fields.find(
          (f) => f.name.value === 'limit',
        );
        if (limit) return sizeOf(limit.value);
      }
    }
  }
  return undefined;
}

/**
 * A literal size counts as written. A size passed in a variable is not known
 * while validating, so it counts as the largest page any list allows: the
 * check then never lets a query through that its variables make too costly.
 */
function sizeOf(value: ValueNode): number | undefined {
  if (value.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
  const literal = valueFromASTUntyped(value);
  return typeof literal === 'number' ? literal : undefined;
}

/**
 * For a list the server keeps small whatever the query asks (e.g. a
 * question's options, at most 20): the typical number of items, used by the
 * cost limit instead of the default page size.
 */
export const BoundedList = (typicalSize: number) =>
  Extensions({ listSize: typicalSize });

/**
 * What a field costs towards the query cost limit, for resolvers whose work
 * is far more than a row read: building a file, matching people, computing
 * results, hashing a password. See `EXPENSIVE` for the scale.
 */
export const Cost = (cost: number) => Extensions({ cost });

/** The scale `@Cost` uses, against GRAPHQL_MAX_COST (5000 by default). */
export const EXPENSIVE = {
  /** Results, matches, previews: a few per request. */
  computed: 500,
  /** A generated file (CSV, XLSX, PDF, the personal-data archive) or a password hash: one or two per request. */
  document: 2000,
  /** A conversion through LibreOffice: one per request. */
  conversion: 4000,
} as const;
