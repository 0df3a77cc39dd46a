import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { convertDocxWithLibreOffice, readPdf } from './support/documents';
import { graphql, graphqlResponse } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { loginAs, runId, switchLanguage, DEMO_USERS } from './support/session';
import { followMenuLink } from './support/navigation';

/** A logged-in page in a context of its own, so several people can take part in one test. */
async function personPage(
  browser: Browser,
  user: keyof typeof DEMO_USERS,
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, user);
  return page;
}

/** As the advisor: a published trajectory with a pros-and-cons summary, and a survey snapshot linked to it. */
async function arrangeParticipation(context: BrowserContext, run: string) {
  const trajectoryTitle = `Nieuwe teamindeling thuiszorg ${run}`;
  const surveyTitle = `Peiling teamindeling ${run}`;
  const { createTrajectory } = await graphql<{
    createTrajectory: { id: string; currentPhase: number };
  }>(
    context,
    `
      mutation ($input: TrajectoryInput!) {
        createTrajectory(input: $input) {
          id
          currentPhase
        }
      }
    `,
    {
      input: {
        title: trajectoryTitle,
        description: 'De thuiszorg werkt voortaan in kleinere teams.',
        decision: 'De bestuurder besluit na advies van de OR.',
        published: true,
      },
    },
  );
  await graphql(
    context,
    `
      mutation ($id: ID!, $phase: Int!, $text: String!) {
        saveBoardSummary(trajectoryId: $id, phase: $phase, text: $text) {
          __typename
        }
      }
    `,
    {
      id: createTrajectory.id,
      phase: createTrajectory.currentPhase,
      text: `Veel steun voor kleinere teams, zorg over de roosters (${run}).`,
    },
  );
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    context,
    `
      mutation ($input: SurveyInput!) {
        createSurvey(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: surveyTitle,
        mode: 'ANONYMOUS',
        audience: { kind: 'EVERYONE' },
        trajectoryId: createTrajectory.id,
        sections: [
          {
            key: 'teams',
            title: { nl: 'Teams', en: 'Teams' },
            questions: [
              {
                key: 'smaller',
                kind: 'AGREEMENT_5',
                text: {
                  nl: 'Kleinere teams zijn een goed idee.',
                  en: 'Smaller teams are a good idea.',
                },
              },
            ],
          },
        ],
      },
    },
  );
  await graphql(
    context,
    `
      mutation ($id: ID!) {
        snapshotSurveyResults(id: $id) {
          id
        }
      }
    `,
    { id: createSurvey.id },
  );
  return { trajectoryTitle, surveyTitle };
}

/** Picks the survey's snapshot from the organisation's list (which shows every keeper the snapshots, survey author or not). */
async function pickSnapshot(page: Page, surveyTitle: string): Promise<void> {
  const snapshots = page.getByLabel('Momentopname');
  const option = snapshots.locator('option', { hasText: surveyTitle });
  await expect(option).toHaveCount(1);
  await snapshots.selectOption((await option.getAttribute('value')) ?? '');
}

const status = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('status').filter({ hasText: text });

/** Opens a step, lets the test fill in its fields, sends it and confirms. */
async function recordStep(
  page: Page,
  step: string,
  fill?: () => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: step, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: step }),
  ).toBeVisible();
  await fill?.();
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Stap vastleggen?' });
  await expect(dialog).toContainText(step);
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(status(page, `Vastgelegd: ${step}.`)).toBeVisible();
}

async function downloadedBytes(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    bytes: readFileSync(path),
  };
}

test('the OR secretary takes an advice request from registration to the director’s deviating decision', async ({
  page,
  browser,
}) => {
  const run = runId();
  const title = `Adviesaanvraag teamindeling ${run}`;

  const advisor = await personPage(browser, 'adviseur');
  const { trajectoryTitle, surveyTitle } = await arrangeParticipation(
    advisor.context(),
    run,
  );

  await loginAs(page, 'orSecretaris');

  await test.step('registers the request under art. 25 lid 1 sub e, linked to the trajectory', async () => {
    await followMenuLink(page, 'WOR-procedures');
    await expect(
      page.getByRole('heading', { level: 1, name: 'WOR-procedures' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Termijnenkalender' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedures');

    await page
      .getByRole('button', { name: 'Nieuwe aanvraag registreren' })
      .click();
    await expect(page.getByLabel('Soort aanvraag')).toHaveValue('ADVICE');
    const item = page.getByLabel('Onderdeel van het artikel');
    // The form shows the article's words, no working notes such as "(te verifiëren)".
    await expect(item.locator('option', { hasText: 'sub m:' })).toHaveText(
      /regeling op het gebied van zorg voor het milieu$/,
    );
    await item.selectOption('e');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Aanvraag ontvangen op').fill('2026-01-05');
    await page.getByLabel('Afgesproken termijn (dagen)').fill('42');
    await page.getByLabel('Document van de aanvraag').setInputFiles({
      name: 'adviesaanvraag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 adviesaanvraag teamindeling'),
    });
    await page.getByLabel('de beweegredenen voor het besluit').check();
    await page.getByLabel('de gevolgen voor het personeel').check();
    await page
      .getByLabel('Verandertraject')
      .selectOption({ label: trajectoryTitle });
    await page.getByLabel('Commissie').fill('Commissie Zorg');
    await expectNoSeriousA11yViolations(page, 'procedures with register form');
    await page.getByRole('button', { name: 'Aanvraag registreren' }).click();

    await expect(page).toHaveURL(/\/procedures\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(page.getByText('art. 25 lid 1 sub e WOR')).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'ontvangen' }).first(),
    ).toHaveAttribute('aria-current', 'step');
    await expect(
      page.getByText(
        'De aanvraag is niet volledig: vraag de bestuurder om aanvulling.',
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure');
  });
  const procedureId = new URL(page.url()).pathname.split('/').pop() ?? '';

  await test.step('advice before an overlegvergadering is refused, in the page and by the API', async () => {
    await expect(
      page.getByText(
        'Advies of een besluit versturen kan pas na minstens één overlegvergadering over deze zaak',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Advies versturen' }),
    ).toHaveCount(0);
    const refusal = await graphqlResponse(
      page.context(),
      `mutation ($id: ID!) { recordProcedureStep(id: $id, input: { kind: "SEND_RESPONSE", response: POSITIVE }) { id } }`,
      { id: procedureId },
    );
    expect(refusal.errors?.[0]?.message).toContain(
      'Eerst moet er minstens één overlegvergadering over deze zaak zijn gehouden',
    );
    expect(refusal.errors?.[0]?.extensions?.reason).toBe('MEETING_REQUIRED');

    await recordStep(page, 'Behandeling starten');
    await expect(
      page.getByRole('listitem').filter({ hasText: 'in behandeling' }).first(),
    ).toHaveAttribute('aria-current', 'step');
  });

  await test.step('attaches and verifies evidence from the survey and the pros-and-cons board', async () => {
    await page.getByRole('button', { name: 'Bewijs toevoegen' }).click();
    await pickSnapshot(page, surveyTitle);
    await expectNoSeriousA11yViolations(page, 'procedure with evidence form');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(
      status(page, `Toegevoegd: Vragenlijst: ${surveyTitle}.`),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Bewijs toevoegen' }).click();
    await page
      .getByLabel('Soort bewijs')
      .selectOption({ label: 'Samenvatting van het voor- en nadelenbord' });
    await page
      .getByLabel('Verandertraject')
      .selectOption({ label: trajectoryTitle });
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(
      status(page, `Toegevoegd: Voor- en nadelen: ${trajectoryTitle}`),
    ).toBeVisible();

    const evidence = page.getByRole('region', {
      name: 'Bewijs uit de raadpleging',
    });
    for (const name of [
      `Vragenlijst: ${surveyTitle}`,
      `Voor- en nadelen: ${trajectoryTitle}`,
    ]) {
      const item = evidence.getByRole('listitem').filter({ hasText: name });
      await expect(item.locator('code')).toHaveText(/^[0-9a-f]{12}…$/);
      await item.getByRole('button', { name: `Controleer ${name}` }).click();
      await expect(item.getByRole('status')).toContainText(
        'Klopt: de inhoud is ongewijzigd',
      );
      // A reader checks the hash without the server: the downloaded content's SHA-256 is the one shown.
      const frozen = await downloadedBytes(
        page,
        `Download de inhoud (JSON) ${name}`,
      );
      expect(frozen.name).toMatch(/^bewijs-.*\.json$/);
      expect(createHash('sha256').update(frozen.bytes).digest('hex')).toBe(
        await item.locator('code').getAttribute('title'),
      );
    }
  });

  await test.step('records the consultation, the overlegvergadering and the advice', async () => {
    await recordStep(page, 'Achterban geraadpleegd');
    await recordStep(page, 'Overlegvergadering gehouden', async () => {
      await page
        .getByLabel('Datum van de overlegvergadering')
        .fill('2026-01-20');
    });
    await expect(
      page.getByText('Advies of een besluit versturen kan pas na'),
    ).toHaveCount(0);
    await recordStep(page, 'Advies versturen', async () => {
      await page.getByLabel('negatief advies', { exact: true }).check();
      await page.getByLabel('Verstuurd op').fill('2026-01-25');
      await page
        .getByLabel('Korte samenvatting')
        .fill('De OR adviseert negatief: eerst de roosters regelen.');
    });
  });

  await test.step('drafts the letter, edits it and downloads it as DOCX and PDF', async () => {
    await page.getByRole('button', { name: 'Conceptbrief maken' }).click();
    await expect(status(page, 'De conceptbrief is gemaakt.')).toBeVisible();
    const text = page.getByLabel('Tekst van de brief');
    await expect(text).toHaveValue(/## Raadpleging van de medewerkers/);
    await expect(text).toHaveValue(/adviseert negatief over/);
    await expect(
      page.getByText('een regel die begint met “## ” wordt een kopje'),
    ).toBeVisible();
    await text.fill(
      `${await text.inputValue()}\n\n## Nawoord\nMet dank aan de werkgroep.`,
    );
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect(status(page, 'Het concept is opgeslagen.')).toBeVisible();
    await page.getByText('Voorbeeld', { exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Nawoord' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure with letter');

    const docx = await downloadedBytes(page, 'Download als Word (DOCX)');
    expect(docx.name).toMatch(/^advies-adviesaanvraag-teamindeling-.*\.docx$/);
    expect(docx.bytes.length).toBeGreaterThan(1000);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await downloadedBytes(page, 'Download als PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.length).toBeGreaterThan(500);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Both files open: LibreOffice turns the DOCX into a PDF, and both PDFs have pages (and, when pdftotext can read them, the letter).
    for (const opened of [
      await readPdf(convertDocxWithLibreOffice(docx.bytes)),
      await readPdf(pdf.bytes),
    ]) {
      expect(opened.pages).toBeGreaterThanOrEqual(1);
      if (opened.text !== null) {
        expect(opened.text).toContain('adviseert negatief');
        expect(opened.text).toContain('Nawoord');
      }
    }
  });

  await test.step('records the director’s deviating decision: suspension and appeal dates', async () => {
    await recordStep(page, 'Besluit bestuurder vastleggen', async () => {
      await page.getByLabel('Ja, het besluit wijkt af').check();
      await page
        .getByLabel('Datum schriftelijke mededeling van het besluit')
        .fill('2026-01-31');
      await page.getByLabel('Datum motivering ontvangen').fill('2026-02-03');
    });
    await expect(
      page.getByRole('listitem').filter({ hasText: 'opschorting' }).first(),
    ).toHaveAttribute('aria-current', 'step');
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: 'besluit bestuurder ontvangen' }),
    ).toContainText('gedaan');
    const deadlines = page.getByRole('region', { name: 'Termijnen' });
    await expect(
      deadlines
        .getByRole('listitem')
        .filter({ hasText: 'Einde opschortingstermijn (art. 25 lid 6)' }),
    ).toContainText('28 feb 2026');
    await expect(
      deadlines.getByRole('listitem').filter({
        hasText: 'Einde beroepstermijn Ondernemingskamer (art. 26)',
      }),
    ).toContainText('3 mrt 2026');
    await expect(
      page.getByRole('button', { name: 'Afzien van opschorting' }),
    ).toBeVisible();
  });

  await test.step('makes the letter final: read-only with date and hash', async () => {
    await page.getByRole('button', { name: 'Definitief maken' }).click();
    await page
      .getByRole('dialog', { name: 'Brief definitief maken?' })
      .getByRole('button', { name: 'Definitief maken' })
      .click();
    await expect(
      status(page, 'De brief is definitief gearchiveerd.'),
    ).toBeVisible();
    await expect(page.getByText(/Definitief sinds \d/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Brief aan de bestuurder' })
        .locator('code'),
    ).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByLabel('Tekst van de brief')).toHaveCount(0);
    await expectFitsOnPhone(page);
    await expectNoSeriousA11yViolations(page, 'procedure with final letter');
  });

  await test.step('employees see the procedure and what the council advised', async () => {
    const employee = await personPage(browser, 'medewerker');
    await followMenuLink(employee, 'Procedures van de OR');
    const item = employee
      .getByRole('listitem')
      .filter({ has: employee.getByRole('heading', { name: title }) });
    await expect(item).toContainText('art. 25 lid 1 sub e WOR');
    await expect(item).toContainText('opschorting');
    await expect(item).toContainText('negatief');
    await expect(item).toContainText('eerst de roosters regelen');
    await expectNoSeriousA11yViolations(employee, 'council procedures');
    await employee.context().close();
  });

  await advisor.context().close();
});

test('a confidential procedure shows the advisor only kind, stage and deadlines and stays off the employees’ list; settings; English', async ({
  page,
  browser,
}) => {
  const run = runId();
  const title = `Vertrouwelijke overname ${run}`;
  const arranging = await personPage(browser, 'adviseur');
  const { surveyTitle } = await arrangeParticipation(arranging.context(), run);
  await arranging.context().close();
  await loginAs(page, 'orSecretaris');
  const { registerProcedure } = await graphql<{
    registerProcedure: { id: string };
  }>(
    page.context(),
    `
      mutation ($input: ProcedureInput!) {
        registerProcedure(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        type: 'ADVICE',
        item: 'a',
        title,
        requestReceivedOn: '2026-02-02',
        agreedTermDays: 42,
        confidential: true,
        completenessNotes: 'Koopprijs nog onbekend.',
      },
    },
  );

  await test.step('the keeper sets the letterhead and the working-day rule', async () => {
    await page.goto('/procedures/settings');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Instellingen WOR-procedures',
      }),
    ).toBeVisible();
    await expect(
      page.getByText('Algemene termijnenwet; niet geverifieerd voor de WOR'),
    ).toBeVisible();
    await page.getByLabel('Ondertekenaar').fill('J. de Vries, voorzitter');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(status(page, 'Opgeslagen.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure settings');
  });

  const advisor = await personPage(browser, 'adviseur');
  await test.step('the advisor reads the list and the confidential procedure without its contents', async () => {
    await advisor.goto('/procedures');
    await expect(
      advisor.getByRole('heading', {
        name: 'Trajecten in besluitvorming zonder procedure',
      }),
    ).toBeVisible();
    await expect(
      advisor.getByRole('button', { name: 'Nieuwe aanvraag registreren' }),
    ).toHaveCount(0);
    await expectNoSeriousA11yViolations(advisor, 'procedures (advisor)');
    await advisor.goto(`/procedures/${registerProcedure.id}`);
    await expect(
      advisor.getByText('Deze procedure is vertrouwelijk (art. 20 WOR)'),
    ).toBeVisible();
    await expect(advisor.getByText('Koopprijs nog onbekend.')).toHaveCount(0);
    await expect(
      advisor.getByRole('region', { name: 'Termijnen' }),
    ).toContainText('Afgesproken adviestermijn');
    await expect(
      advisor.getByRole('button', { name: 'Behandeling starten' }),
    ).toHaveCount(0);
    await expectNoSeriousA11yViolations(advisor, 'confidential procedure');
    await advisor.context().close();
  });

  await test.step('a council member who does not author surveys picks a snapshot from the list', async () => {
    const member = await personPage(browser, 'orLid');
    await member.goto(`/procedures/${registerProcedure.id}`);
    await expect(member.getByText('Koopprijs nog onbekend.')).toBeVisible();
    await member.getByRole('button', { name: 'Bewijs toevoegen' }).click();
    await pickSnapshot(member, surveyTitle);
    await expectNoSeriousA11yViolations(member, 'evidence form (OR member)');
    await member
      .getByRole('button', { name: 'Toevoegen', exact: true })
      .click();
    await expect(
      status(member, `Toegevoegd: Vragenlijst: ${surveyTitle}.`),
    ).toBeVisible();
    await member.context().close();
  });

  await test.step('employees do not see it', async () => {
    const employee = await personPage(browser, 'medewerker');
    await employee.goto('/council-procedures');
    await expect(
      employee.getByRole('heading', { level: 1, name: 'Procedures van de OR' }),
    ).toBeVisible();
    await expect(employee.getByText(title)).toHaveCount(0);
    await employee.context().close();
  });

  await test.step('the English UI names the domain terms in English', async () => {
    await page.goto(`/procedures/${registerProcedure.id}`);
    await switchLanguage(page, 'en');
    await expect(
      page.getByText('Advice request ·', { exact: false }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Start handling' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure (English)');
    await switchLanguage(page, 'nl');
  });
});

test('with the working-day rule on, a suspension and appeal month ending on King’s Day move to the next working day', async ({
  page,
}) => {
  await loginAs(page, 'orSecretaris');
  // The demo organisation is shared with the other browser tests, which expect the rule off: it is switched back whatever happens.
  try {
    await page.goto('/procedures/settings');
    await page
      .getByLabel(
        'Termijnen die in het weekend of op een feestdag eindigen schuiven door naar de eerstvolgende werkdag',
      )
      .check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(status(page, 'Opgeslagen.')).toBeVisible();
    const title = `Nieuw rooster ${runId()}`;
    const { registerProcedure } = await graphql<{
      registerProcedure: { id: string };
    }>(
      page.context(),
      `
        mutation ($input: ProcedureInput!) {
          registerProcedure(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          type: 'ADVICE',
          item: 'e',
          title,
          requestReceivedOn: '2026-03-02',
        },
      },
    );
    for (const input of [
      { kind: 'START_HANDLING' },
      { kind: 'RECORD_MEETING', on: '2026-03-10' },
      { kind: 'SEND_RESPONSE', response: 'NEGATIVE', on: '2026-03-12' },
    ])
      await graphql(
        page.context(),
        `
          mutation ($id: ID!, $input: ProcedureStepInput!) {
            recordProcedureStep(id: $id, input: $input) {
              id
            }
          }
        `,
        { id: registerProcedure.id, input: { note: '', ...input } },
      );

    await page.goto(`/procedures/${registerProcedure.id}`);
    await recordStep(page, 'Besluit bestuurder vastleggen', async () => {
      await page.getByLabel('Ja, het besluit wijkt af').check();
      await page
        .getByLabel('Datum schriftelijke mededeling van het besluit')
        .fill('2026-03-27');
      await page.getByLabel('Datum motivering ontvangen').fill('2026-03-27');
    });
    // 27 March + 1 month = Monday 27 April 2026, King's Day: both terms end on Tuesday 28 April.
    const deadlines = page.getByRole('region', { name: 'Termijnen' });
    for (const name of [
      'Einde opschortingstermijn (art. 25 lid 6)',
      'Einde beroepstermijn Ondernemingskamer (art. 26)',
    ])
      await expect(
        deadlines.getByRole('listitem').filter({ hasText: name }),
      ).toContainText('28 apr 2026');
    await expectNoSeriousA11yViolations(page, 'procedure with moved deadlines');
  } finally {
    const { worSettings } = await graphql<{
      worSettings: Record<string, unknown>;
    }>(
      page.context(),
      '{ worSettings { councilName letterheadAddress signatory } }',
    );
    await graphql(
      page.context(),
      'mutation ($input: WorSettingsInput!) { updateWorSettings(input: $input) { moveDeadlinesToWorkingDay } }',
      { input: { ...worSettings, moveDeadlinesToWorkingDay: false } },
    );
  }
});
