// Tailwind emits nothing for a colour the theme does not define, so a class such as
// `border-brand-400` silently falls back to the current text colour (a black border on the
// calendar's today column, before this check). Every brand shade the code uses must be defined.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

function markupFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return markupFiles(path);
    return /\.(ts|tsx|css)$/.test(name) ? [path] : [];
  });
}

const theme = readFileSync(join(ROOT, "app/globals.css"), "utf8");
const defined = new Set([...theme.matchAll(/--color-brand-(\d+):/g)].map((m) => m[1]));

describe("theme colours", () => {
  it("defines every brand shade the components use", () => {
    const used = new Map<string, string>();
    for (const file of [...markupFiles("app"), ...markupFiles("components")]) {
      for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(/\b[a-z-]+-brand-(\d+)\b/g)) used.set(m[1]!, file);
    }
    expect(used.size).toBeGreaterThan(3);
    const missing = [...used].filter(([shade]) => !defined.has(shade)).map(([shade, file]) => `brand-${shade} (${file})`);
    expect(missing).toEqual([]);
  });
});
