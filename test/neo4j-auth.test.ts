// Authentication on the embedded Neo4j: the run's database (started by test/global-setup.ts through
// openNeo4j, as `npm start` does) takes the password kept owner-only beside its data and nothing else.
import { statSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { passwordFile } from '../server/neo4j/password.ts';

async function attempt(auth: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = auth ? neo4j.driver(inject('neo4jUri'), auth) : neo4j.driver(inject('neo4jUri'));
  try {
    await driver.executeQuery('RETURN 1');
    return 'connected';
  } catch (err) {
    return (err as { code?: string }).code ?? (err as Error).message;
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j authentication', () => {
  it('keeps the password in an owner-only file beside the data', () => {
    const file = passwordFile(inject('neo4jDataDir'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('accepts the password from that file', async () => {
    expect(await attempt(neo4j.auth.basic('neo4j', inject('neo4jPassword')))).toBe('connected');
  });

  it('refuses a second process with a wrong password, the default password, or none', async () => {
    expect(await attempt(neo4j.auth.basic('neo4j', 'an-arbitrary-password'))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await attempt(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(undefined)).not.toBe('connected');
  });
});
