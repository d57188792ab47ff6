// Static checks of the layering rules (ARCHITECTURE.md): only lib/db reaches the Prisma client,
// no string-built SQL anywhere, and server code that touches data is marked server-only.
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { projectFiles, readProjectFile as read } from "../support/project-files";

const ROOT = process.cwd();
const appCode = [...projectFiles("app"), ...projectFiles("components"), ...projectFiles("lib")];
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
