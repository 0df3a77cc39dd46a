import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  assertMailDelivery,
  ConfigValidationError,
  loadConfig,
} from '@inspraak/api-core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './app/app.module';

/** Runs the BullMQ processors; no HTTP. Stops cleanly on SIGTERM/SIGINT so running jobs finish or are retried. */
async function bootstrap() {
  // No SMTP_URL and no DEV_OUTBOX: refuse before anything starts (the message says what to set).
  assertMailDelivery(loadConfig());
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Inspraak worker started');
}

bootstrap().catch((error: unknown) => {
  console.error(
    error instanceof ConfigValidationError
      ? error.message
      : `Inspraak worker failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
