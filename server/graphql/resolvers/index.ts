// The resolver map handed to mercurius; nested fields that read the database are loaders instead.
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { spreadQueries } from './spread.ts';
import * as types from './types.ts';

export const resolvers = { Query: { ...Query, ...spreadQueries }, Mutation, ...types };
