import { Initial1795344377954 } from './1795344377954-Initial';
import { ParticipantPool1795346729116 } from './1795346729116-ParticipantPool';
import { ImportSafeguardAndSiblingNames1795347025203 } from './1795347025203-ImportSafeguardAndSiblingNames';
import { ParticipantAgreements1795347340153 } from './1795347340153-ParticipantAgreements';
import { SortitionDraws1795347862750 } from './1795347862750-SortitionDraws';
import { NotificationsAndReminders1795348153877 } from './1795348153877-NotificationsAndReminders';
import { ErasureRequests1795348417912 } from './1795348417912-ErasureRequests';
import { CoachingNotesAndOnboarding1795348629332 } from './1795348629332-CoachingNotesAndOnboarding';
import { TrajectoriesAndRegieTeams1795353713960 } from './1795353713960-TrajectoriesAndRegieTeams';
import { Surveys1795355208106 } from './1795355208106-Surveys';
import { WorProcedures1795356277827 } from './1795356277827-WorProcedures';
import { ParticipantStanding1795354437919 } from './1795354437919-ParticipantStanding';
import { PoolMatchMasks1796215537242 } from './1796215537242-PoolMatchMasks';
import { ParticipantColumnOrder1796216416025 } from './1796216416025-ParticipantColumnOrder';
import { SurveyResponseInbox1796216773337 } from './1796216773337-SurveyResponseInbox';
import { ProcedurePlannedMeeting1796216995250 } from './1796216995250-ProcedurePlannedMeeting';
import { ProcedureConditions1796217936290 } from './1796217936290-ProcedureConditions';
import { MeetingCancellation1796217949674 } from './1796217949674-MeetingCancellation';
import { SurveyReminderQueue1796218501743 } from './1796218501743-SurveyReminderQueue';
import { DecisionPhaseMarker1796219000000 } from './1796219000000-DecisionPhaseMarker';
import { AccountsAndSignIn1796595488000 } from './1796595488000-AccountsAndSignIn';
import { SingleSignOn1796595941313 } from './1796595941313-SingleSignOn';
import { MembershipLastSignIn1796596000000 } from './1796596000000-MembershipLastSignIn';
import { SessionSignedInIssuer1796597000000 } from './1796597000000-SessionSignedInIssuer';
import { SurveyUnitsAndSealedInbox1796607619245 } from './1796607619245-SurveyUnitsAndSealedInbox';
import { SurveyResponseSealedUnit1796609000000 } from './1796609000000-SurveyResponseSealedUnit';
import { DeadlineReminderRecipients1796618506335 } from './1796618506335-DeadlineReminderRecipients';
import { SortitionDrawTrajectory1796620100000 } from './1796620100000-SortitionDrawTrajectory';
import { NotificationPreferencesAndDigests1796648211237 } from './1796648211237-NotificationPreferencesAndDigests';
import { ProcedureEmployeesConsulted1796650000000 } from './1796650000000-ProcedureEmployeesConsulted';
import { EvidenceInEnglish1796660000000 } from './1796660000000-EvidenceInEnglish';

// Every migration, in order. Webpack bundles the API, so they are listed rather than globbed.
export const MIGRATIONS = [
  Initial1795344377954,
  ParticipantPool1795346729116,
  ImportSafeguardAndSiblingNames1795347025203,
  ParticipantAgreements1795347340153,
  SortitionDraws1795347862750,
  NotificationsAndReminders1795348153877,
  ErasureRequests1795348417912,
  CoachingNotesAndOnboarding1795348629332,
  TrajectoriesAndRegieTeams1795353713960,
  ParticipantStanding1795354437919,
  Surveys1795355208106,
  WorProcedures1795356277827,
  PoolMatchMasks1796215537242,
  ParticipantColumnOrder1796216416025,
  SurveyResponseInbox1796216773337,
  ProcedurePlannedMeeting1796216995250,
  ProcedureConditions1796217936290,
  MeetingCancellation1796217949674,
  SurveyReminderQueue1796218501743,
  DecisionPhaseMarker1796219000000,
  AccountsAndSignIn1796595488000,
  SingleSignOn1796595941313,
  MembershipLastSignIn1796596000000,
  SessionSignedInIssuer1796597000000,
  SurveyUnitsAndSealedInbox1796607619245,
  SurveyResponseSealedUnit1796609000000,
  DeadlineReminderRecipients1796618506335,
  SortitionDrawTrajectory1796620100000,
  NotificationPreferencesAndDigests1796648211237,
  ProcedureEmployeesConsulted1796650000000,
  EvidenceInEnglish1796660000000,
];
