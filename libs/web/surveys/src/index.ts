export * from './lib/surveys.routes';
export * from './lib/privacy/privacy.routes';
