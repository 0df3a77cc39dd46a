export * from './lib/survey.entities';
export * from './lib/survey.models';
export * from './lib/surveys.module';
export * from './lib/surveys.resolver';
export * from './lib/surveys.service';
export * from './lib/survey-invitations';
export * from './lib/survey-results.service';
export * from './lib/survey-export';
