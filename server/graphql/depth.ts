// Depth limit as a validation rule. Introspection fields (__schema, __type) are not counted: the
// standard introspection query GraphiQL sends is 15 levels deep only because of nested `ofType`
// wrappers, and its size is bounded by the schema, not by the data; counting it locked GraphiQL out
// of the schema (no docs, no autocompletion). Fragment spreads add no level of their own.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

function depthOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, fragments, visiting) : 0));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, visiting));
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      // Unknown or cyclic fragments are reported by graphql-js's own rules.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      max = Math.max(max, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return max;
}

/** A validation rule rejecting operations deeper than `limit` with QUERY_TOO_DEEP. */
export function depthLimit(limit: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > limit) {
          const name = node.name?.value ?? 'the operation';
          context.reportError(
            new GraphQLError(`${name} is ${depth} levels deep; the limit is ${limit}`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}
