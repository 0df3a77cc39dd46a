export * from './lib/procedures.routes';
