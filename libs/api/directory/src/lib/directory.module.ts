import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { EmployeeImportService } from './import/employee-import.service';
import { EmployeeImportProcessor } from './jobs/employee-import.processor';

const shared = [
  TypeOrmModule.forFeature(DIRECTORY_ENTITIES),
  BullModule.registerQueue({ name: QueueName.DirectoryImport }),
];

/** The directory as the API serves it: GraphQL operations; imports are queued, not run. */
@Module({
  imports: shared,
  providers: [DirectoryService, EmployeeImportService, DirectoryResolver],
})
export class DirectoryApiModule {}

/** The directory's background work, for the worker. */
@Module({
  imports: shared,
  providers: [EmployeeImportService, EmployeeImportProcessor],
})
export class DirectoryWorkerModule {}
