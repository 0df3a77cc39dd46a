import { Column, Index } from 'typeorm';

/** Every row that belongs to one organisation extends this; the tenancy layer relies on the column. */
export abstract class TenantOwned {
  @Index()
  @Column('uuid')
  organisationId!: string;
}
