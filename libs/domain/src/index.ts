export * from './lib/roles/role';
export * from './lib/calendar/calendar-date';
export * from './lib/participants';
