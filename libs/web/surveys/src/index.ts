export * from './lib/surveys.routes';
