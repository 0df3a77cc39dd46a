export * from './lib/participants.entities';
export * from './lib/participants.module';
export * from './lib/participants.resolver';
export * from './lib/participants.service';
export * from './lib/skills.service';
export * from './lib/agreements.entities';
export * from './lib/agreements.resolver';
export * from './lib/agreements.service';
