export * from './eligibility';
export * from './matching';
export * from './sortition';
export * from './representation';
