import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwned } from '../database/tenant-owned';

@Entity()
@Index(['organisationId', 'entityId'])
@Index(['organisationId', 'at'])
export class AuditEntry extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null when the system acted on its own (e.g. a scheduled job). */
  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('varchar', { length: 320, nullable: true })
  actorEmail!: string | null;

  /** What happened, e.g. `employee.created`. */
  @Column('varchar', { length: 80 })
  action!: string;

  @Column('varchar', { length: 80 })
  entityType!: string;

  @Column('varchar', { length: 80 })
  entityId!: string;

  /** Changed fields as `{ field: [before, after] }`, or the relevant facts of the event. */
  @Column('jsonb', { default: {} })
  changes!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
