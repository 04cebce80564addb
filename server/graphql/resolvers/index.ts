// The resolver map handed to mercurius; nested fields that read the database are loaders instead.
import { LibraryMutation, LibraryQuery } from './library.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { spreadQueries } from './spread.ts';
import * as types from './types.ts';

export const resolvers = {
  Query: { ...Query, ...spreadQueries, ...LibraryQuery },
  Mutation: { ...Mutation, ...LibraryMutation },
  ...types,
};
