// The schema engine runs each migration file through the adapter's `executeScript`. Neither
// adapter does that safely: pglite-prisma-adapter 0.7 does not await the script (a failing
// migration is recorded as applied), and @prisma/adapter-pg 7.10 splits the script on ";" and runs
// the pieces one by one (breaking function bodies and leaving half a migration behind on error).
// This wrapper sends the whole script as one simple-protocol query instead: PostgreSQL runs a
// multi-statement query as one implicit transaction, so a migration applies completely or not at all.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

type AdapterWithErrorMapping = SqlDriverAdapter & { onError(error: unknown): never };

export class AtomicScriptFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;

  constructor(
    private readonly inner: SqlMigrationAwareDriverAdapterFactory,
    private readonly runScript: (script: string) => Promise<unknown>,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = (await this.inner.connect()) as AdapterWithErrorMapping;
    adapter.executeScript = async (script: string) => {
      try {
        await this.runScript(script);
      } catch (error) {
        adapter.onError(error); // rethrows as Prisma's DriverAdapterError, which the engine reports
      }
    };
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}
