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
 * refused instead of run. Cost: every field costs 1; a list field multiplies
 * the cost of its selection by its page size (`limit`/`first`/`page.limit`
 * argument, on the list field or on the paged field around it, the field's
 * `@BoundedList` estimate, or a default) so that wide nested lists are expensive.
 */
const DEFAULT_LIST_SIZE = 25;
/** The largest page size any paged list accepts (see the `@Max` on the page inputs). */
export const MAX_PAGE_SIZE = 100;

export function queryLimitRules(maxDepth: number, maxCost: number) {
  return [
    (context: ValidationContext): ASTVisitor => ({
      OperationDefinition(operation: OperationDefinitionNode) {
        const fragments = fragmentMap(context);
        const depth = selectionDepth(
          operation.selectionSet,
          fragments,
          0,
          new Set(),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is too deep: ${depth} levels, at most ${maxDepth} allowed.`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_DEEP' } },
            ),
          );
          return;
        }
        const root =
          operation.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : context.getSchema().getQueryType();
        if (!root) return;
        const cost = selectionCost(
          context.getSchema(),
          root,
          operation.selectionSet,
          fragments,
        );
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `Query is too expensive: cost ${cost}, at most ${maxCost} allowed.`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY' } },
            ),
          );
        }
      },
    }),
  ];
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

function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): number {
  if (!set) return depth;
  let deepest = depth;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(
        deepest,
        selectionDepth(selection.selectionSet, fragments, depth + 1, seen),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(
        deepest,
        selectionDepth(selection.selectionSet, fragments, depth, seen),
      );
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(
        deepest,
        selectionDepth(
          fragment.selectionSet,
          fragments,
          depth,
          new Set(seen).add(name),
        ),
      );
    }
  }
  return deepest;
}

function selectionCost(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  pageSize?: number,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(schema, parent, selection, fragments, pageSize);
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : fragments.get(selection.name.value);
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? schema.getType(typeName) : parent;
      if (type && isObjectType(type))
        cost += selectionCost(
          schema,
          type,
          fragment.selectionSet,
          fragments,
          pageSize,
        );
    }
  }
  return cost;
}

function fieldCost(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  inheritedPageSize: number | undefined,
): number {
  if (field.name.value.startsWith('__')) return 0;
  const definition = parent.getFields()[field.name.value];
  if (!definition) return 1;
  const named = getNamedType(definition.type);
  const ownSize = requestedSize(field);
  const estimate = definition.extensions?.['listSize'] as number | undefined;
  const isList = returnsList(definition.type);
  // A paged wrapper (`employees(page: …) { items }`) hands its page size to the list inside it.
  const sizeForChildren = isList ? undefined : (ownSize ?? inheritedPageSize);
  let childCost = 0;
  if (field.selectionSet && (isObjectType(named) || isInterfaceType(named))) {
    childCost = isObjectType(named)
      ? selectionCost(
          schema,
          named,
          field.selectionSet,
          fragments,
          sizeForChildren,
        )
      : field.selectionSet.selections.length;
  }
  return (
    1 +
    childCost *
      (isList
        ? (ownSize ?? inheritedPageSize ?? estimate ?? DEFAULT_LIST_SIZE)
        : 1)
  );
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
