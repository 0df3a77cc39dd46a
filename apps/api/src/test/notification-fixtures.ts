import type { GraphqlCaller } from './test-app';

type MailMode = 'IMMEDIATE' | 'DIGEST' | 'NEVER';

/** Saves the caller's mail preferences (categories not named keep the default, the digest). */
export async function chooseMail(
  caller: GraphqlCaller,
  choice: {
    digest?: 'DAILY' | 'WEEKLY' | 'OFF';
    language?: 'nl' | 'en';
    modes?: Partial<
      Record<'AGREEMENT' | 'ACTION' | 'ACCOUNT' | 'OTHER', MailMode>
    >;
  },
): Promise<void> {
  const response = await caller.request(
    'mutation($i: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $i) { digest } }',
    {
      i: {
        digest: choice.digest ?? 'DAILY',
        language: choice.language ?? 'nl',
        categories: Object.entries(choice.modes ?? {}).map(
          ([category, mode]) => ({ category, mode }),
        ),
      },
    },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}
