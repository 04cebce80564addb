// The API token check for plain HTTP routes (GraphQL mutations do the same in resolvers/mutation.ts):
// no token configured → open; otherwise `Authorization: Bearer <API_TOKEN>`, compared in constant time.
import { timingSafeEqual } from 'node:crypto';

export function bearerAllowed(expected: string | undefined, header: string | undefined): boolean {
  if (!expected) return true;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const given = Buffer.from(match?.[1]?.trim() ?? '');
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
