import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the web app, generated from the API contract.
 * Run with `npm run codegen`; the output is committed so builds never depend on it.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'libs/shared/src/schema.graphql',
  documents: ['libs/web/**/src/**/*.graphql'],
  generates: {
    'libs/shared/src/lib/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        // String unions instead of TS enums: plain values in templates and no runtime code.
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          ID: 'string',
          String: 'string',
          Int: 'number',
          Float: 'number',
          Boolean: 'boolean',
          DateTime: 'string',
        },
        avoidOptionals: { field: true, object: true },
        nonOptionalTypename: false,
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
