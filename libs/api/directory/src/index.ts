export * from './lib/directory.entities';
export * from './lib/directory.module';
export * from './lib/directory.service';
export * from './lib/import/employee-csv';
export * from './lib/import/employee-import.service';
export * from './lib/directory.resolver';
