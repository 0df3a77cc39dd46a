import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  PROCEDURE_KEEPERS,
  PROCEDURE_READERS,
  Role,
  SURVEY_AUTHORS,
} from '@inspraak/domain';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  GraphqlCaller,
  TestApp,
} from './test-app';
import { callFor, Operation, operationsOf } from './schema-walk';

/**
 * Who may call what. This table is the allow-list: an operation missing here,
 * or reachable by anyone the table does not name, fails the test.
 */
const ACCESS: Record<string, 'public' | 'member' | readonly Role[]> = {
  'Query.viewer': 'public',
  'Mutation.login': 'public',
  'Mutation.logout': 'member',
  // Accounts: the person's own password, sessions and organisations; the advisor's accounts page and settings.
  'Mutation.switchOrganisation': 'member',
  'Mutation.changePassword': 'member',
  'Mutation.requestPasswordReset': 'public',
  'Mutation.resetPassword': 'public',
  'Query.mySessions': 'member',
  // Choosing a colleague by name (regie team, owner, action): any member may steer a trajectory.
  'Query.searchPeople': 'member',
  'Mutation.endSession': 'member',
  'Mutation.endOtherSessions': 'member',
  'Query.accounts': [Role.ADVISEUR, Role.HR],
  'Mutation.setAccountRoles': [Role.ADVISEUR],
  'Mutation.blockAccount': [Role.ADVISEUR],
  'Mutation.unblockAccount': [Role.ADVISEUR],
  'Query.organisationSettings': [Role.ADVISEUR],
  'Mutation.updateOrganisationSettings': [Role.ADVISEUR],
  'Query.departments': [Role.ADVISEUR, Role.HR],
  'Query.employees': [Role.ADVISEUR, Role.HR],
  'Query.employee': [Role.ADVISEUR, Role.HR],
  'Query.employeeImport': [Role.ADVISEUR, Role.HR],
  'Query.employeeImports': [Role.ADVISEUR, Role.HR],
  'Query.auditLog': [Role.ADVISEUR],
  'Mutation.createDepartment': [Role.ADVISEUR, Role.HR],
  'Mutation.updateDepartment': [Role.ADVISEUR, Role.HR],
  'Mutation.deleteDepartment': [Role.ADVISEUR, Role.HR],
  'Mutation.createEmployee': [Role.ADVISEUR, Role.HR],
  'Mutation.updateEmployee': [Role.ADVISEUR, Role.HR],
  'Mutation.markEmployeeLeft': [Role.ADVISEUR, Role.HR],
  'Mutation.deleteEmployee': [Role.ADVISEUR, Role.HR],
  'Mutation.startEmployeeImport': [Role.ADVISEUR, Role.HR],
  // Account invitations: advisor and HR invite; the link's page and its use are public.
  'Mutation.inviteEmployees': [Role.ADVISEUR, Role.HR],
  'Query.invitationRun': [Role.ADVISEUR, Role.HR],
  'Query.invitationRuns': [Role.ADVISEUR, Role.HR],
  'Query.invitation': 'public',
  'Mutation.acceptInvitation': 'public',
  'Query.myParticipation': 'member',
  'Mutation.joinPool': 'member',
  'Mutation.updateMyProfile': 'member',
  'Mutation.pauseMyParticipation': 'member',
  'Mutation.resumeMyParticipation': 'member',
  'Mutation.leavePool': 'member',
  'Mutation.setMyConsent': 'member',
  'Query.skills': 'member',
  'Mutation.addSkill': [Role.ADVISEUR],
  'Mutation.renameSkill': [Role.ADVISEUR],
  'Mutation.mergeSkills': [Role.ADVISEUR],
  'Query.currentAgreement': 'member',
  'Mutation.acceptAgreement': 'member',
  'Query.agreementVersions': [Role.ADVISEUR],
  'Mutation.saveAgreementDraft': [Role.ADVISEUR],
  'Mutation.publishAgreementDraft': [Role.ADVISEUR],
  'Query.agreementAcceptances': [Role.ADVISEUR],
  'Query.pool': [Role.ADVISEUR],
  'Query.poolRepresentation': [Role.ADVISEUR],
  'Query.matchParticipants': [Role.ADVISEUR],
  'Mutation.drawSortition': [Role.ADVISEUR],
  'Query.sortitionDraws': [Role.ADVISEUR],
  'Query.sortitionDraw': [Role.ADVISEUR],
  'Query.verifySortitionDraw': 'member',
  'Query.myNotifications': 'member',
  'Mutation.markNotificationsRead': 'member',
  'Query.myUnreadNotificationCount': 'member',
  'Mutation.markAllNotificationsRead': 'member',
  'Query.myNotificationPreferences': 'member',
  'Mutation.updateMyNotificationPreferences': 'member',
  'Query.devOutbox': [Role.ADVISEUR],
  'Query.devOutboxInUse': [Role.ADVISEUR],
  'Query.myPersonalData': 'member',
  'Mutation.requestErasure': 'member',
  'Query.erasureRequests': [Role.ADVISEUR],
  'Mutation.handleErasureRequest': [Role.ADVISEUR],
  'Query.coachingNotes': [Role.ADVISEUR],
  'Mutation.addCoachingNote': [Role.ADVISEUR],
  'Mutation.markParticipantOnboarded': [Role.ADVISEUR],
  'Query.poolCsv': [Role.ADVISEUR],
  'Query.myAcceptedAgreementPdf': 'member',
  'Query.colleagues': 'member',
  // Trajectories: every member reaches them; the services decide per trajectory (regie team steers, others see what is published).
  'Query.phaseSettings': 'member',
  'Query.trajectories': 'member',
  'Query.trajectory': 'member',
  'Mutation.updateTrajectory': 'member',
  'Mutation.moveTrajectoryPhase': 'member',
  'Mutation.addRegieTeamMember': 'member',
  'Mutation.removeRegieTeamMember': 'member',
  'Mutation.openCall': 'member',
  'Mutation.updateCall': 'member',
  'Query.openCalls': 'member',
  'Query.workgroups': 'member',
  'Query.workgroup': 'member',
  'Query.myWorkgroups': 'member',
  'Mutation.applyToCall': 'member',
  'Mutation.leaveWorkgroup': 'member',
  'Query.callApplicants': 'member',
  'Mutation.decideApplication': 'member',
  'Query.callSuggestions': 'member',
  'Mutation.inviteToWorkgroup': 'member',
  'Mutation.respondToInvitation': 'member',
  'Mutation.setWorkgroupLead': 'member',
  'Mutation.submitWorkgroupReport': 'member',
  'Mutation.addDocument': 'member',
  'Query.documentContent': 'member',
  'Mutation.removeDocument': 'member',
  'Query.board': 'member',
  'Query.myPosts': 'member',
  'Mutation.postToBoard': 'member',
  'Mutation.supportPost': 'member',
  'Mutation.respondToPost': 'member',
  'Mutation.moderatePost': 'member',
  'Mutation.addBoardTheme': 'member',
  'Mutation.assignPostTheme': 'member',
  'Mutation.saveBoardSummary': 'member',
  'Mutation.scheduleMeeting': 'member',
  'Mutation.updateMeeting': 'member',
  'Mutation.cancelMeeting': 'member',
  'Query.meetings': 'member',
  'Query.meeting': 'member',
  'Query.myMeetings': 'member',
  'Mutation.recordMinutes': 'member',
  'Mutation.addAction': 'member',
  'Mutation.setActionDone': 'member',
  'Query.myActions': 'member',
  'Query.trajectoryActions': 'member',
  'Mutation.issueCalendarFeed': 'member',
  'Mutation.startEvaluation': 'member',
  'Query.evaluations': 'member',
  'Mutation.answerEvaluation': 'member',
  'Mutation.closeEvaluation': 'member',
  'Mutation.updatePhaseSettings': [Role.ADVISEUR],
  'Mutation.createTrajectory': [Role.ADVISEUR],
  'Query.overdueActions': [Role.ADVISEUR],
  // Surveys: authors build them and read suppressed results; anyone with a one-time link answers; members answer their own.
  'Query.surveyTemplates': SURVEY_AUTHORS,
  'Query.surveyAudienceDepartments': SURVEY_AUTHORS,
  'Query.surveys': SURVEY_AUTHORS,
  'Query.survey': SURVEY_AUTHORS,
  'Mutation.createSurvey': SURVEY_AUTHORS,
  'Mutation.updateSurvey': SURVEY_AUTHORS,
  'Mutation.newSurveyVersion': SURVEY_AUTHORS,
  'Mutation.publishSurvey': SURVEY_AUTHORS,
  'Mutation.closeSurvey': SURVEY_AUTHORS,
  'Mutation.remindSurveyNow': SURVEY_AUTHORS,
  'Query.surveyResults': SURVEY_AUTHORS,
  'Query.surveyResultsCsv': SURVEY_AUTHORS,
  'Query.surveyResultsXlsx': SURVEY_AUTHORS,
  'Mutation.snapshotSurveyResults': SURVEY_AUTHORS,
  'Query.surveyResultSnapshots': SURVEY_AUTHORS,
  'Query.surveyPreview': SURVEY_AUTHORS,
  'Mutation.checkSurveyPreviewAnswers': SURVEY_AUTHORS,
  'Query.surveyByToken': 'public',
  'Mutation.submitSurveyByToken': 'public',
  'Query.mySurveys': 'member',
  'Query.mySurvey': 'member',
  'Mutation.submitMySurvey': 'member',
  // WOR procedures: the council keeps them; the advisor and the director read them; employees see the public list.
  'Query.procedureLegalBases': PROCEDURE_READERS,
  'Query.procedures': PROCEDURE_READERS,
  'Query.procedure': PROCEDURE_READERS,
  'Query.procedureDeadlines': PROCEDURE_READERS,
  'Query.worSettings': PROCEDURE_READERS,
  'Query.procedureRequestDocument': PROCEDURE_READERS,
  'Query.verifyEvidence': PROCEDURE_READERS,
  'Query.attachableSnapshots': PROCEDURE_KEEPERS,
  'Query.procedureLetterFile': PROCEDURE_READERS,
  'Mutation.updateWorSettings': PROCEDURE_KEEPERS,
  'Mutation.registerProcedure': PROCEDURE_KEEPERS,
  'Mutation.updateProcedure': PROCEDURE_KEEPERS,
  'Mutation.recordProcedureStep': PROCEDURE_KEEPERS,
  'Mutation.attachEvidence': PROCEDURE_KEEPERS,
  'Mutation.generateProcedureLetter': PROCEDURE_KEEPERS,
  'Mutation.saveProcedureLetter': PROCEDURE_KEEPERS,
  'Mutation.finalizeProcedureLetter': PROCEDURE_KEEPERS,
  'Query.trajectoriesWithoutProcedure': [Role.ADVISEUR],
  'Query.publicProcedures': 'member',
  // The home page: the advisor's dashboard; everyone's own sections (by role, decided inside).
  'Query.advisorDashboard': [Role.ADVISEUR],
  'Query.myDashboard': 'member',
  // Single sign-on: the advisor configures the organisation's identity provider.
  'Query.singleSignOnSettings': [Role.ADVISEUR],
  'Mutation.updateSingleSignOn': [Role.ADVISEUR],
};

describe('every GraphQL operation is guarded by authentication and role', () => {
  let testApp: TestApp;
  let operations: Operation[];

  beforeAll(async () => {
    testApp = await bootTestApp();
    operations = operationsOf(testApp.app.get(GraphQLSchemaHost).schema);
    // logout ends the caller's session: walk it last.
    operations.sort(
      (a, b) =>
        Number(a.key === 'Mutation.logout') -
        Number(b.key === 'Mutation.logout'),
    );
  });
  afterAll(() => testApp.close());

  it('has an access rule for exactly the operations in the schema', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(
      Object.keys(ACCESS).sort(),
    );
  });

  it('refuses every non-public operation to an anonymous caller', async () => {
    const anonymous = new GraphqlCaller(testApp.url);
    const reachable: string[] = [];
    for (const operation of operations) {
      if (ACCESS[operation.key] === 'public') continue;
      const { query, variables } = callFor(operation);
      const response = await anonymous.request(query, variables);
      if (errorCode(response) !== 'UNAUTHENTICATED')
        reachable.push(
          `${operation.key}: ${JSON.stringify(response.errors ?? response.data)}`,
        );
    }
    expect(reachable).toEqual([]);
  });

  it.each(Object.values(Role))(
    'lets %s reach exactly the operations its role allows',
    async (role) => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'access',
      );
      const caller = (await callersFor(testApp.url, organisation))[role];
      const wrong: string[] = [];
      for (const operation of operations) {
        const rule = ACCESS[operation.key];
        const allowed =
          rule === 'public' ||
          rule === 'member' ||
          (Array.isArray(rule) && rule.includes(role));
        const { query, variables } = callFor(operation);
        const code = errorCode(await caller.request(query, variables));
        if (
          allowed &&
          rule !== 'public' &&
          (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
        )
          wrong.push(`${operation.key} refused (${code})`);
        if (allowed && rule === 'public' && code === 'FORBIDDEN')
          wrong.push(`${operation.key} refused (${code})`);
        if (!allowed && code !== 'FORBIDDEN')
          wrong.push(`${operation.key} reachable (${code ?? 'no error'})`);
      }
      expect(wrong).toEqual([]);
    },
  );
});
