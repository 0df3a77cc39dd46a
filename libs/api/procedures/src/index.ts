export * from './lib/procedure.entities';
export * from './lib/procedure.models';
export * from './lib/procedures.module';
export * from './lib/procedures.resolver';
export * from './lib/procedures.service';
export * from './lib/letters.service';
export * from './lib/deadline-reminders';
export { EvidenceService } from './lib/evidence.service';
