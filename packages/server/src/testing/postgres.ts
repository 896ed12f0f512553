import pg from 'pg';

/** The same server as `url`, another database. */
export const databaseUrlFor = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** A client on the server's maintenance connection, for creating and dropping test databases. */
export const adminUrl = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

export const dropDatabase = async (admin: pg.Client, name: string) => {
  await admin.query(`drop database if exists ${name} with (force)`);
};
