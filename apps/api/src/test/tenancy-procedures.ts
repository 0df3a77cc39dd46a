import { errorCode, GraphqlCaller } from './test-app';
import { procedureInput, registerProcedure } from './procedure-fixtures';

const B_COUNCIL = 'Ondernemingsraad van B';

/** What organisation B has in procedures, for A to aim at. */
export interface ProcedureWorld {
  procedureId: string;
  evidenceId: string;
  snapshotId: string;
  trajectoryId: string;
}

export async function procedureWorld(
  bSecretary: GraphqlCaller,
  bHr: GraphqlCaller,
  surveyId: string,
  trajectoryId: string,
): Promise<ProcedureWorld> {
  const snapshotId = (
    await bHr.request<{ snapshotSurveyResults: { id: string } }>(
      'mutation($id: ID!) { snapshotSurveyResults(id: $id) { id } }',
      { id: surveyId },
    )
  ).data!.snapshotSurveyResults.id;
  const { id: procedureId } = await registerProcedure(bSecretary, {
    title: 'Procedure B',
    trajectoryId,
    requestFileName: 'b.txt',
    requestMediaType: 'text/plain',
    requestContentBase64: Buffer.from('Aanvraag B').toString('base64'),
  });
  const evidence = await bSecretary.request<{ attachEvidence: { id: string } }>(
    'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: SURVEY_RESULTS, sourceId: $s) { id } }',
    { p: procedureId, s: snapshotId },
  );
  if (!evidence.data) throw new Error(JSON.stringify(evidence.errors));
  await bSecretary.request(
    'mutation($p: ID!) { generateProcedureLetter(procedureId: $p) { draft } }',
    { p: procedureId },
  );
  // A council name of B's own, so that A reading or writing its settings can be told apart from B's.
  const settings = await bSecretary.request(
    `mutation { updateWorSettings(input: { moveDeadlinesToWorkingDay: false, councilName: "${B_COUNCIL}" }) { councilName } }`,
  );
  if (!settings.data) throw new Error(JSON.stringify(settings.errors));
  return {
    procedureId,
    evidenceId: evidence.data.attachEvidence.id,
    snapshotId,
    trajectoryId,
  };
}

/**
 * Organisation A's advisor (reads procedures) and A's council secretary (keeps
 * them) aim every procedure operation at B's procedure, evidence and sources.
 */
export function procedureTenancyAttempts(
  a: () => GraphqlCaller,
  aSecretary: () => GraphqlCaller,
  world: () => ProcedureWorld,
): Record<string, () => Promise<void>> {
  const notFound = async (
    caller: GraphqlCaller,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    expect(errorCode(await caller.request(query, variables))).toBe('NOT_FOUND');
  };
  const w = world;
  let ownProcedure: string | undefined;
  const own = async () =>
    (ownProcedure ??= (
      await registerProcedure(aSecretary(), { title: 'Procedure A' })
    ).id);
  return {
    'Query.procedureLegalBases': async () => {
      const response = await a().request<{
        procedureLegalBases: { type: string }[];
      }>('{ procedureLegalBases { type } }');
      expect(response.data!.procedureLegalBases.map((b) => b.type)).toEqual([
        'ADVICE',
        'CONSENT',
        'INITIATIVE',
        'DIRECTOR_APPOINTMENT',
        'COVENANT_ADVICE',
      ]);
    },
    'Query.procedures': async () => {
      const response = await a().request<{ procedures: { id: string }[] }>(
        '{ procedures { id } }',
      );
      expect(response.data!.procedures.map((p) => p.id)).not.toContain(
        w().procedureId,
      );
    },
    'Query.procedure': () =>
      notFound(a(), 'query($id: ID!) { procedure(id: $id) { id } }', {
        id: w().procedureId,
      }),
    'Query.procedureDeadlines': async () => {
      const response = await a().request<{
        procedureDeadlines: { procedureId: string }[];
      }>('{ procedureDeadlines { procedureId } }');
      expect(
        response.data!.procedureDeadlines.map((d) => d.procedureId),
      ).not.toContain(w().procedureId);
    },
    'Query.worSettings': async () => {
      // A's own: the default, or what A's secretary set; never B's.
      expect(
        (
          await a().request<{ worSettings: { councilName: string } }>(
            '{ worSettings { councilName } }',
          )
        ).data!.worSettings.councilName,
      ).toMatch(/^(Ondernemingsraad|OR van A)$/);
    },
    'Mutation.updateWorSettings': async () => {
      // The caller's own organisation; B's settings stay as they were (checked at the end).
      const response = await aSecretary().request<{
        updateWorSettings: { councilName: string };
      }>(
        'mutation { updateWorSettings(input: { moveDeadlinesToWorkingDay: true, councilName: "OR van A" }) { councilName } }',
      );
      expect(response.data!.updateWorSettings.councilName).toBe('OR van A');
    },
    'Mutation.registerProcedure': () =>
      notFound(
        aSecretary(),
        'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
        { i: procedureInput({ trajectoryId: w().trajectoryId }) },
      ),
    'Mutation.updateProcedure': () =>
      notFound(
        aSecretary(),
        'mutation($id: ID!, $i: ProcedureInput!) { updateProcedure(id: $id, input: $i) { id } }',
        { id: w().procedureId, i: procedureInput({ title: 'Gekaapt' }) },
      ),
    'Mutation.recordProcedureStep': () =>
      notFound(
        aSecretary(),
        'mutation($id: ID!) { recordProcedureStep(id: $id, input: { kind: "WITHDRAW" }) { id } }',
        { id: w().procedureId },
      ),
    'Query.procedureRequestDocument': () =>
      notFound(
        a(),
        'query($id: ID!) { procedureRequestDocument(id: $id) { fileName } }',
        { id: w().procedureId },
      ),
    'Mutation.attachEvidence': async () => {
      await notFound(
        aSecretary(),
        'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: SURVEY_RESULTS, sourceId: $s) { id } }',
        { p: w().procedureId, s: w().snapshotId },
      );
      // Nor can B's sources be frozen into A's own procedure.
      await notFound(
        aSecretary(),
        'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: SURVEY_RESULTS, sourceId: $s) { id } }',
        { p: await own(), s: w().snapshotId },
      );
      await notFound(
        aSecretary(),
        'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: BOARD_SUMMARY, sourceId: $s) { id } }',
        { p: await own(), s: w().trajectoryId },
      );
    },
    'Query.attachableSnapshots': async () => {
      const response = await aSecretary().request<{
        attachableSnapshots: { id: string }[];
      }>('{ attachableSnapshots { id } }');
      expect(response.data).toBeDefined();
      expect(response.data!.attachableSnapshots.map((s) => s.id)).not.toContain(
        w().snapshotId,
      );
    },
    'Query.verifyEvidence': () =>
      notFound(a(), 'query($id: ID!) { verifyEvidence(id: $id) { valid } }', {
        id: w().evidenceId,
      }),
    'Mutation.generateProcedureLetter': async () => {
      await notFound(
        aSecretary(),
        'mutation($p: ID!) { generateProcedureLetter(procedureId: $p) { draft } }',
        { p: w().procedureId },
      );
      // A's own letter carries A's letterhead, not B's.
      const ownLetter = await aSecretary().request<{
        generateProcedureLetter: { draft: string };
      }>(
        'mutation($p: ID!) { generateProcedureLetter(procedureId: $p) { draft } }',
        { p: await own() },
      );
      expect(ownLetter.data!.generateProcedureLetter.draft).not.toContain(
        B_COUNCIL,
      );
    },
    'Mutation.saveProcedureLetter': () =>
      notFound(
        aSecretary(),
        'mutation($p: ID!) { saveProcedureLetter(procedureId: $p, text: "Gekaapt") { draft } }',
        { p: w().procedureId },
      ),
    'Mutation.finalizeProcedureLetter': () =>
      notFound(
        aSecretary(),
        'mutation($p: ID!) { finalizeProcedureLetter(procedureId: $p) { finalHash } }',
        { p: w().procedureId },
      ),
    'Query.procedureLetterFile': () =>
      notFound(
        a(),
        'query($p: ID!) { procedureLetterFile(procedureId: $p, format: "PDF") }',
        { p: w().procedureId },
      ),
    'Query.trajectoriesWithoutProcedure': async () => {
      const response = await a().request<{
        trajectoriesWithoutProcedure: { trajectoryId: string }[];
      }>('{ trajectoriesWithoutProcedure { trajectoryId } }');
      expect(
        response.data!.trajectoriesWithoutProcedure.map((t) => t.trajectoryId),
      ).not.toContain(w().trajectoryId);
    },
    'Query.publicProcedures': async () => {
      const response = await a().request<{
        publicProcedures: { id: string }[];
      }>('{ publicProcedures { id } }');
      expect(response.data!.publicProcedures.map((p) => p.id)).not.toContain(
        w().procedureId,
      );
    },
  };
}

/** B's procedure after all of A's attempts: unchanged. */
export async function expectProcedureWorldIntact(
  bSecretary: GraphqlCaller,
  world: ProcedureWorld,
): Promise<void> {
  const response = await bSecretary.request<{
    procedure: {
      title: string;
      state: string;
      evidence: { id: string }[];
      letter: { draft: string; finalHash: string | null };
    };
  }>(
    'query($id: ID!) { procedure(id: $id) { title state evidence { id } letter { draft finalHash } } }',
    { id: world.procedureId },
  );
  expect(response.data!.procedure).toMatchObject({
    title: 'Procedure B',
    state: 'RECEIVED',
    evidence: [{ id: world.evidenceId }],
  });
  expect(response.data!.procedure.letter.finalHash).toBeNull();
  expect(response.data!.procedure.letter.draft).not.toBe('Gekaapt');
  const settings = await bSecretary.request<{
    worSettings: { councilName: string; moveDeadlinesToWorkingDay: boolean };
  }>('{ worSettings { councilName moveDeadlinesToWorkingDay } }');
  expect(settings.data!.worSettings).toEqual({
    councilName: B_COUNCIL,
    moveDeadlinesToWorkingDay: false,
  });
}
