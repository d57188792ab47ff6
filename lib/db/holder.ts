// The process-wide database handle. PGlite allows a single open instance per data folder, so it
// lives on globalThis and survives dev-server module reloads. Tests install their own database.
import type { OpenDatabase } from "./client";

export const holder = globalThis as typeof globalThis & { __altDatabase?: Promise<OpenDatabase> };
