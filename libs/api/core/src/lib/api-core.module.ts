import { BullModule } from '@nestjs/bullmq';
import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CalendarSources } from './calendar/calendar-sources';
import { PersonalDataSources } from './personal-data/personal-data-sources';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { graphqlOptions } from './graphql/graphql-options';
import { loggerOptions } from './logging/logger-options';
import { AuthService } from './auth/auth.service';
import { AccessGuard } from './auth/access.guard';
import { AuthResolver } from './auth/auth.resolver';
import { GraphqlErrorPassThrough } from './errors/graphql-error-pass-through.filter';
import { AuditResolver } from './audit/audit.resolver';
import { TenantDb } from './tenancy/tenant-scope';
import { HealthController } from './health/health.controller';
import { CsrfMiddleware } from './security/csrf.middleware';
import { redisConnection } from './queues/redis-connection';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues/queue-names';
import { JobSchedules } from './queues/job-schedules';
import { RetentionService } from './retention/retention.service';
import { RetentionProcessor } from './retention/retention.processor';
import { CORE_ENTITIES } from './core-entities';
import { MailService } from './notifications/mail.service';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationCenter } from './notifications/notification-center';
import {
  NotificationDigestProcessor,
  NotificationDigestService,
} from './notifications/notification-digest';
import { storableTextPipe } from './validation/storable-text.pipe';
import { inputValidationPipe } from './validation/validation-pipe';

const databaseModule = (applicationName: string) =>
  TypeOrmModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      ...dataSourceOptions(config, {
        applicationName,
        entities: CORE_ENTITIES,
      }),
      autoLoadEntities: true,
    }),
  });

const loggingModule = LoggerModule.forRootAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => loggerOptions(config),
});

const queueModule = (role: 'producer' | 'worker') =>
  BullModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      connection: redisConnection(config.REDIS_URL, role),
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    }),
  });

/** Services every context may use, in the API and in the worker. */
@Global()
@Module({
  providers: [
    TenantDb,
    MailService,
    NotificationCenter,
    CalendarSources,
    PersonalDataSources,
    AuthService,
  ],
  exports: [
    TenantDb,
    MailService,
    NotificationCenter,
    CalendarSources,
    PersonalDataSources,
    AuthService,
  ],
})
class TenancyModule {}

/** Everything the HTTP API stands on: config, logs, database, sessions and access, GraphQL, queues, health. */
@Module({
  imports: [
    ConfigModule,
    loggingModule,
    databaseModule('inspraak-api'),
    TenancyModule,
    queueModule('producer'),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, PinoLogger, AuthService],
      useFactory: (config: AppConfig, logger: PinoLogger, auth: AuthService) =>
        graphqlOptions(config, logger, (req) => auth.actorFromRequest(req)),
    }),
  ],
  controllers: [HealthController],
  providers: [
    AuthResolver,
    AuditResolver,
    NotificationsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useValue: storableTextPipe },
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlErrorPassThrough },
  ],
})
export class ApiCoreModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(CsrfMiddleware).forRoutes('*path');
  }
}

/** The worker's repeating jobs, kept registered for every context's processors. */
@Global()
@Module({ providers: [JobSchedules], exports: [JobSchedules] })
class JobSchedulesModule {}

/** What the worker needs: config, logs, database, queues, and the platform's own housekeeping; no HTTP. */
@Module({
  imports: [
    ConfigModule,
    loggingModule,
    databaseModule('inspraak-worker'),
    TenancyModule,
    queueModule('worker'),
    JobSchedulesModule,
    BullModule.registerQueue({ name: QueueName.Retention }),
    BullModule.registerQueue({ name: QueueName.NotificationDigests }),
  ],
  providers: [
    RetentionService,
    RetentionProcessor,
    NotificationDigestService,
    NotificationDigestProcessor,
  ],
})
export class WorkerCoreModule {}
