// Static checks of the layering rules (ARCHITECTURE.md): only lib/db reaches the Prisma client,
// no string-built SQL anywhere, server code that touches data is marked server-only, and every
// signed-in page checks the session itself.
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

  it("has every page of the signed-in area check the session itself, not only through its layout", () => {
    // A client-side navigation renders the page without its layout, so the layout's check alone
    // would let an ended session see the next page it navigates to.
    const pages = appCode.filter((file) => file.startsWith("app/(app)/") && file.endsWith("/page.tsx"));
    expect(pages.length).toBeGreaterThan(10);
    const redirectsOnly = (text: string) => /export default function \w+\(\) \{\s*redirect\([^)]*\);\s*\}/.test(text);
    const unchecked = pages.filter((file) => {
      const text = read(file);
      if (file === "app/(app)/bench-shell/page.tsx") return false; // benchmark reference: the shell's own check is what it measures
      return !redirectsOnly(text) && !/\b(requireUser|signedInReads)\(\)/.test(text);
    });
    expect(unchecked).toEqual([]);
  });
});
