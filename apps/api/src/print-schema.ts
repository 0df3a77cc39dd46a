import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import {
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
} from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import {
  AuditResolver,
  AuthResolver,
  NotificationsResolver,
} from '@inspraak/api-core';
import { ACCOUNTS_RESOLVERS } from '@inspraak/api-accounts';
import { DirectoryResolver } from '@inspraak/api-directory';
import {
  AgreementsResolver,
  MyParticipationResolver,
  PoolResolver,
  SkillsResolver,
  SortitionResolver,
  PersonalDataResolver,
  AdvisorToolsResolver,
  ColleagueViewResolver,
} from '@inspraak/api-participants';
import {
  BoardResolver,
  EvaluationsResolver,
  MeetingsResolver,
  TrajectoriesResolver,
  WorkgroupsResolver,
} from '@inspraak/api-trajectories';
import {
  AnsweringResolver,
  SurveyPreviewResolver,
  SurveysResolver,
} from '@inspraak/api-surveys';
import {
  ProceduresResolver,
  PublicProceduresResolver,
} from '@inspraak/api-procedures';
import { DashboardResolver } from './dashboard/dashboard.resolver';

/**
 * Writes the GraphQL schema (SDL) the web app's typed operations are generated
 * from, without a database. The platform integration test compares it with the
 * live schema, so a resolver missing from this list is caught.
 */
const RESOLVERS = [
  AuthResolver,
  ...ACCOUNTS_RESOLVERS,
  AuditResolver,
  NotificationsResolver,
  DirectoryResolver,
  MyParticipationResolver,
  SkillsResolver,
  AgreementsResolver,
  PoolResolver,
  SortitionResolver,
  PersonalDataResolver,
  AdvisorToolsResolver,
  ColleagueViewResolver,
  TrajectoriesResolver,
  WorkgroupsResolver,
  BoardResolver,
  MeetingsResolver,
  EvaluationsResolver,
  SurveysResolver,
  AnsweringResolver,
  SurveyPreviewResolver,
  ProceduresResolver,
  PublicProceduresResolver,
  DashboardResolver,
];

async function main(target: string) {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  writeFileSync(target, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`Wrote ${target}`);
}

main(process.argv[2] ?? 'libs/shared/src/schema.graphql').catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
