import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { CycleEventStore } from './event-store/cycle-event-store.js';
import { NominationEventStore } from './event-store/nomination-event-store.js';

/** TypeORM on the given PostgreSQL URL, plus the event stores (nominations', cycles'). Shared by the API and the worker. */
@Module({})
export class PersistenceModule {
  /** `inject` and `databaseUrl` read the URL from the caller's configuration. */
  static forRoot<T>(inject: (string | symbol)[], databaseUrl: (config: T) => string): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [TypeOrmModule.forRootAsync({ inject, useFactory: (config: T) => dataSourceOptions(databaseUrl(config)) })],
      providers: [
        {
          provide: NominationEventStore,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new NominationEventStore(dataSource),
        },
        {
          provide: CycleEventStore,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new CycleEventStore(dataSource),
        },
      ],
      exports: [NominationEventStore, CycleEventStore, TypeOrmModule],
    };
  }
}
