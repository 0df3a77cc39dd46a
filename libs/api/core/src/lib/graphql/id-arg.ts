import { Args, ID } from '@nestjs/graphql';

/** An `ID!` argument. Every ID in the schema must be a UUID: `argumentChecksPlugin` refuses any other as bad input before a resolver runs. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID });
