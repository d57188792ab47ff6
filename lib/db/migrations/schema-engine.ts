// Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm). It runs the
// same migration logic as `prisma migrate deploy` / `prisma migrate diff` without downloading the
// native engine, talking to the database through a Prisma driver adapter.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Runtime = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** No externally managed tables or enums: every table in the schema is Prisma's to manage. */
export const NO_EXTERNAL_OBJECTS = { externalTables: [], externalEnums: [] };

let runtimePromise: Promise<Runtime> | undefined;

/** Compiles the wasm module once per process (about a second), then reuses it. */
function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= (async () => {
    const runtime: Runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = join(
      dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const compiled = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": runtime });
    const exports = instance.exports as unknown as Parameters<Runtime["__wbg_set_wasm"]>[0] & {
      __wbindgen_start(): void;
    };
    runtime.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return runtime;
  })();
  return runtimePromise;
}

/** Runs `work` with an engine connected through `factory`, freeing the engine afterwards. */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const runtime = await loadRuntime();
  const engine = (await runtime.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  )) as SchemaEngine;
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
