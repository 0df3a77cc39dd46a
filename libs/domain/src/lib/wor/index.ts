export * from './legal-basis';
export * from './holidays';
export * from './deadlines';
export * from './procedure-states';
