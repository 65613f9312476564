// Prisma's own schema engine, compiled to WebAssembly, driven through a driver adapter.
// The native engine the Prisma CLI would download is out of reach here (only the npm registry is),
// so every migration command goes through this module instead. The SQL it writes is Prisma's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { databaseKind, sqliteFilePath } from '../../lib/database-url';
import { pgPoolConfig } from '../../lib/db/postgres';

export type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
/** An engine plus `close()`, which frees it and closes its database connections. */
export type OpenEngine = Engine & { close(): Promise<void> };
export type Provider = 'sqlite' | 'postgres';

export const FILTERS = { externalTables: [], externalEnums: [] };

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const jsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(jsPath), 'schema_engine_bg.wasm');
    const mod = await WebAssembly.compile(fs.readFileSync(wasmPath));
    const imports: Record<string, Record<string, unknown>> = {};
    for (const imp of WebAssembly.Module.imports(mod)) {
      (imports[imp.module] ??= {})[imp.name] = (bg as Record<string, unknown>)[imp.name];
    }
    const instance = await WebAssembly.instantiate(mod, imports as WebAssembly.Imports);
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

export interface ProjectPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function pathsFor(provider: Provider, root = process.cwd()): ProjectPaths {
  return provider === 'sqlite'
    ? {
        schemaPath: path.join(root, 'prisma/schema.prisma'),
        migrationsDir: path.join(root, 'prisma/migrations'),
      }
    : {
        schemaPath: path.join(root, 'prisma/postgres/schema.prisma'),
        migrationsDir: path.join(root, 'prisma/postgres/migrations'),
      };
}

/** Opens the schema engine on the database named by `databaseUrl`. Call `close()` when done. */
export async function openEngine(databaseUrl: string, schemaPath: string): Promise<OpenEngine> {
  await loadWasm();
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const factory =
    databaseKind(databaseUrl) === 'sqlite'
      ? new PrismaBetterSqlite3(
          { url: sqliteFilePath(databaseUrl) },
          // Replaying migrations needs a real file: the adapter's default in-memory shadow failed.
          { shadowDatabaseUrl: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'od-shadow-')), 'shadow.db') },
        )
      : new PrismaPg(pgPoolConfig(databaseUrl, 2));
  const opened: Adapter[] = [];
  const shadow =
    databaseKind(databaseUrl) === 'postgres' ? () => connectPostgresShadow(databaseUrl) : undefined;
  const bound = bindMigrationAwareSqlAdapterFactory(withScriptFallback(factory, opened, shadow));
  const registry = bound.errorRegistry as unknown as AdapterErrors;
  const engine = await explainAdapterError(registry, () =>
    bg.SchemaEngine.new({ datamodels: [[path.basename(schemaPath), schema]] }, () => {}, bound),
  );
  return withAdapterErrors(engine, registry, async () => {
    // free() drops the engine but not its connections; an open SQLite handle would block WAL changes.
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  });
}

type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];
type Adapter = Awaited<ReturnType<AdapterFactory['connect']>>;

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
type PgIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;

/**
 * Two gaps between the schema engine and the driver adapters, closed here and only for migrations:
 * - replaying migrations on a shadow database sends each whole migration file through `executeRaw`,
 *   which better-sqlite3 refuses for more than one statement: run those as a script;
 * - the engine reads PostgreSQL's catalog, whose one-byte `"char"` columns adapter-pg cannot map:
 *   they arrive as strings already, so describe them as text.
 */
function withScriptFallback(
  factory: AdapterFactory,
  opened: Adapter[],
  connectShadow: () => Promise<Adapter> = () => factory.connectToShadowDb(),
): AdapterFactory {
  const patch = (adapter: Adapter): Adapter => {
    const pg = adapter as unknown as { performIO?: PgIO };
    if (factory.provider === 'postgres' && typeof pg.performIO === 'function') {
      const performIO = pg.performIO.bind(adapter);
      pg.performIO = async (query) => {
        const result = await performIO(query);
        for (const field of result.fields ?? [])
          if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        return result;
      };
    }
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (err) {
        if (
          !(err instanceof RangeError) ||
          !/more than one statement/.test(err.message) ||
          query.args.length > 0
        )
          throw err;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    // The engine may dispose an adapter itself; closing twice must be harmless.
    let disposed: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => (disposed ??= dispose());
    opened.push(adapter);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await connectShadow()),
  };
}

/**
 * adapter-pg's own shadow database is dropped while its pool still holds connections, which
 * PostgreSQL refuses; this one closes the pool first, then drops the database.
 */
async function connectPostgresShadow(databaseUrl: string): Promise<Adapter> {
  const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client(pgPoolConfig(databaseUrl));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const adapter = await new PrismaPg(pgPoolConfig(url.toString(), 2)).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return adapter;
}

type AdapterErrors = { consumeError(id: number): { error: unknown } | undefined };

/** The WASM engine reports adapter failures as "External error id#N"; show the real error instead. */
async function explainAdapterError<T>(registry: AdapterErrors, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const id = /External error id#(\d+)/.exec(String((err as Error)?.message))?.[1];
    const record = id === undefined ? undefined : registry.consumeError(Number(id));
    if (!record) throw err;
    const real = record.error;
    throw new Error(`database error: ${real instanceof Error ? real.message : JSON.stringify(real)}`, {
      cause: real,
    });
  }
}

function withAdapterErrors(engine: Engine, registry: AdapterErrors, close: () => Promise<void>): OpenEngine {
  return new Proxy(engine as OpenEngine, {
    get(target, prop, receiver) {
      if (prop === 'close') return close;
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => explainAdapterError(registry, () => value.apply(target, args));
    },
  });
}

export function readSchemaFiles(schemaPath: string) {
  return { files: [{ path: path.basename(schemaPath), content: fs.readFileSync(schemaPath, 'utf8') }] };
}

/** The migrations directory in the shape the engine expects. */
export function readMigrations(migrationsDir: string, provider: Provider) {
  const names = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: `provider = "${provider === 'sqlite' ? 'sqlite' : 'postgresql'}"\n`,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  };
}

/** SQL that takes the migrations directory to what schema.prisma describes ('' when in sync). */
export async function diffMigrationsToSchema(
  engine: Engine,
  provider: Provider,
  paths: ProjectPaths,
): Promise<string> {
  const result = await engine.diff({
    from: { tag: 'migrations', ...readMigrations(paths.migrationsDir, provider) },
    to: { tag: 'schemaDatamodel', ...readSchemaFiles(paths.schemaPath) },
    script: true,
    exitCode: null,
    filters: FILTERS,
  } as Parameters<Engine['diff']>[0]);
  const sql = (result.stdout ?? '').trim();
  return sql === '-- This is an empty migration.' ? '' : sql;
}
