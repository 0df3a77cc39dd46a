import { expect, type BrowserContext } from '@playwright/test';

/**
 * GraphQL with a browser context's own cookies (a logged-in page's context, or
 * a fresh one for the public operations), for what a test arranges or reads
 * without a page of its own (the development outbox, the directory).
 */
export async function graphql<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await graphqlResponse<T>(context, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export interface GraphqlBody<T> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; reason?: string };
  }[];
}

/** The same request, answered as it came (errors included, in Dutch), for a test that expects a refusal. */
export async function graphqlResponse<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlBody<T>> {
  const csrf = async () =>
    (await context.storageState()).cookies.find(
      (c) => c.name === 'inspraak_csrf',
    )?.value;
  if (!(await csrf())) await context.request.get('/health');
  const response = await context.request.post('/graphql', {
    headers: { 'x-csrf-token': (await csrf()) ?? '', 'accept-language': 'nl' },
    data: { query, variables },
  });
  return (await response.json()) as GraphqlBody<T>;
}
