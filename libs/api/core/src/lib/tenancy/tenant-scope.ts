import { Injectable } from '@nestjs/common';
import {
  DataSource,
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindOptionsOrder,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';

type Owned = ObjectLiteral & { organisationId: string };

/** A query builder whose tenant condition cannot be replaced: only `andWhere` and friends are offered. */
export type TenantQueryBuilder<T extends ObjectLiteral> = Omit<
  SelectQueryBuilder<T>,
  'where'
>;

/**
 * The one door to tenant-owned data. Every read is filtered on the actor's
 * organisation and every write is checked against it, so a service cannot
 * reach another organisation's rows even when handed a foreign id.
 */
export class TenantRepository<T extends Owned> {
  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityTarget<T>,
    readonly organisationId: string,
  ) {}

  private scoped(
    where?: FindOptionsWhere<T> | FindOptionsWhere<T>[],
  ): FindOptionsWhere<T>[] {
    const clauses =
      where === undefined ? [{}] : Array.isArray(where) ? where : [where];
    return clauses.map(
      (clause) =>
        ({
          ...clause,
          organisationId: this.organisationId,
        }) as FindOptionsWhere<T>,
    );
  }

  find(
    options: {
      where?: FindOptionsWhere<T> | FindOptionsWhere<T>[];
      order?: FindOptionsOrder<T>;
      skip?: number;
      take?: number;
    } = {},
  ): Promise<T[]> {
    return this.manager.find(this.target, {
      ...options,
      where: this.scoped(options.where),
    });
  }

  findOne(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.manager.findOne(this.target, { where: this.scoped(where) });
  }

  async findOneOrFail(
    where: FindOptionsWhere<T>,
    whenMissing: () => AppError,
  ): Promise<T> {
    const found = await this.findOne(where);
    if (!found) throw whenMissing();
    return found;
  }

  count(where?: FindOptionsWhere<T> | FindOptionsWhere<T>[]): Promise<number> {
    return this.manager.count(this.target, { where: this.scoped(where) });
  }

  create(data: DeepPartial<T>): T {
    return this.manager.create(this.target, {
      ...data,
      organisationId: this.organisationId,
    } as DeepPartial<T>);
  }

  async save(entity: T): Promise<T> {
    this.assertOwned(entity);
    return this.manager.save(this.target, entity);
  }

  async remove(entity: T): Promise<void> {
    this.assertOwned(entity);
    await this.manager.delete(this.target, {
      id: (entity as ObjectLiteral)['id'],
      organisationId: this.organisationId,
    } as FindOptionsWhere<T>);
  }

  queryBuilder(alias: string): TenantQueryBuilder<T> {
    return this.manager
      .createQueryBuilder(this.target, alias)
      .where(`${alias}.organisationId = :tenantOrganisationId`, {
        tenantOrganisationId: this.organisationId,
      });
  }

  private assertOwned(entity: T): void {
    if (entity.organisationId !== this.organisationId) {
      // A programming error, never a user's: data of one organisation was about to be written under another.
      throw new Error(
        'Tenant violation: entity belongs to another organisation',
      );
    }
  }
}

export class TenantScope {
  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {}

  get organisationId(): string {
    return this.actor.organisationId;
  }

  repo<T extends Owned>(target: EntityTarget<T>): TenantRepository<T> {
    return new TenantRepository(
      this.manager,
      target,
      this.actor.organisationId,
    );
  }
}

@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads outside a transaction. */
  scope(actor: Actor): TenantScope {
    return new TenantScope(this.dataSource.manager, actor);
  }

  /** All writes of a use case in one transaction: nothing half-written stays behind. */
  transaction<R>(
    actor: Actor,
    work: (scope: TenantScope) => Promise<R>,
  ): Promise<R> {
    return this.dataSource.transaction((manager) =>
      work(new TenantScope(manager, actor)),
    );
  }
}
