export * from './lib/roles/role';
export * from './lib/calendar/calendar-date';
export * from './lib/calendar/icalendar';
export * from './lib/participants';
export * from './lib/trajectories';
export * from './lib/anonymity';
export * from './lib/surveys';
export * from './lib/wor';
