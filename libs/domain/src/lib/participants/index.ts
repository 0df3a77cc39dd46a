export * from './eligibility';
export * from './matching';
