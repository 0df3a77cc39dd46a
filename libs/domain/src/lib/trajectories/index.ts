export * from './regie-team';
export * from './phases';
export * from './meeting-notice';
