import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '@inspraak/api-core';
import { PasswordResetJob, PasswordsService } from './passwords.service';

/** Mails reset links, so that asking for one answers the same whether or not the address is known. */
@Processor(QueueName.PasswordResets)
export class PasswordResetProcessor extends WorkerHost {
  constructor(private readonly passwords: PasswordsService) {
    super();
  }

  process(job: Job<PasswordResetJob>): Promise<'SENT' | 'SKIPPED'> {
    return this.passwords.sendReset(job.data);
  }
}
