import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  assertMailDelivery,
  ConfigValidationError,
  loadConfig,
} from '@inspraak/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { configureHttp } from './app/http';

async function bootstrap() {
  const config = loadConfig();
  // No SMTP_URL and no DEV_OUTBOX: refuse before anything starts (the message says what to set).
  assertMailDelivery(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  app
    .get(Logger)
    .log(`Inspraak API listening on http://${config.HOST}:${config.PORT}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
  } else {
    console.error(
      'Inspraak API failed to start:',
      error instanceof Error ? error.message : error,
    );
  }
  process.exit(1);
});
