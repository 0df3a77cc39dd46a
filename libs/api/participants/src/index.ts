export * from './lib/participants.entities';
export * from './lib/participants.module';
export * from './lib/participants.resolver';
export * from './lib/participants.service';
export * from './lib/skills.service';
export * from './lib/agreements.entities';
export * from './lib/agreements.resolver';
export * from './lib/agreements.service';
export * from './lib/pool.models';
export * from './lib/pool.resolver';
export * from './lib/pool.service';
export {
  agreementRuleSql,
  CURRENT_AGREEMENT_SQL,
  refreshStanding,
} from './lib/participant-standing';
export * from './lib/sortition.entities';
export * from './lib/sortition.resolver';
export * from './lib/sortition.service';
export * from './lib/entities';
export * from './lib/participant-retention';
export * from './lib/agreement-reminders';
export * from './lib/personal-data';
export * from './lib/advisor-tools';
export * from './lib/agreement-pdf';
export * from './lib/colleague-view';
export * from './lib/pool-matcher';
