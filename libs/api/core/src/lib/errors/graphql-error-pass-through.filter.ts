import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands GraphQL errors to Apollo untouched, where `formatGraphqlError` shapes
 * them and logs only the unexpected ones. Without it Nest logs every refused
 * login as an error with a stack trace. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlErrorPassThrough
  extends BaseExceptionFilter
  implements GqlExceptionFilter
{
  override catch(exception: unknown, host: ArgumentsHost) {
    if (GqlArgumentsHost.create(host).getType<string>() === 'graphql')
      return exception;
    return super.catch(exception, host);
  }
}
