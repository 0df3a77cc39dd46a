import { Module } from '@nestjs/common';
import { ApiCoreModule } from '@inspraak/api-core';
import { DirectoryApiModule } from '@inspraak/api-directory';

/** The API: the core plus one module per bounded context. */
@Module({
  imports: [ApiCoreModule, DirectoryApiModule],
})
export class AppModule {}
