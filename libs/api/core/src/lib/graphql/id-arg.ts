import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

/** An `ID!` argument that must be a UUID: a malformed id is bad input, not a database error. */
export const IdArg = (name = 'id') =>
  Args(name, { type: () => ID }, new ParseUUIDPipe());
