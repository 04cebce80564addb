// The map's reads through the public GraphQL API: a jurisdiction's two-step neighbourhood of places
// and reforms (which places share its reforms). Spread and compare reuse api.ts.
import { gql } from './api.ts';
import type { GraphSlice } from './types.ts';

export async function placeNeighbourhood(id: string, limit = 300): Promise<GraphSlice> {
  const data = await gql<{ neighborhood: GraphSlice }>(
    `query MapHood($id: ID!, $limit: Int) {
      neighborhood(id: $id, depth: 2, types: [JURISDICTION, REFORM], limit: $limit) {
        nodes { id type label data }
        edges { id source target type }
      }
    }`,
    { id, limit },
  );
  return data.neighborhood;
}
