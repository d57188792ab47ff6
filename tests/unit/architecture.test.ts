// Static checks of the layering rules (ARCHITECTURE.md): only lib/db reaches the Prisma client,
// no string-built SQL anywhere, and server code that touches data is marked server-only.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const appCode = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")];
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const RAW_CLIENT = /from\s+["'](@prisma\/client[^"']*|[^"']*generated\/prisma[^"']*|[^"']*\/db\/client|@\/lib\/db\/client)["']/;

describe("architecture", () => {
  it("finds the source files it checks", () => {
    expect(appCode.length).toBeGreaterThan(30);
  });

  it("only lib/db imports the Prisma client or opens database clients", () => {
    const offenders = appCode.filter((file) => !file.startsWith("lib/db/") && RAW_CLIENT.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("never builds SQL from strings ($queryRawUnsafe / $executeRawUnsafe)", () => {
    const offenders = appCode.filter((file) => /\$(query|execute)RawUnsafe/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("marks every server action file and every data-touching lib module server-only", () => {
    const needsMarker = appCode.filter((file) => {
      const text = read(file);
      const isActions = /^["']use server["']/m.test(text);
      const touchesData = file.startsWith("lib/") && !file.startsWith("lib/db/") && /from\s+["'](\.\.?\/)+db["']|from\s+["']@\/lib\/db["']/.test(text);
      return isActions || touchesData;
    });
    expect(needsMarker.length).toBeGreaterThan(3);
    const unmarked = needsMarker.filter((file) => !/^import\s+["']server-only["'];?$/m.test(read(file)));
    expect(unmarked.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });
});
