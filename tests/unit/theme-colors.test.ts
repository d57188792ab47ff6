// Tailwind emits nothing for a colour the theme does not define, so a class such as
// `border-brand-400` silently falls back to the current text colour (a black border on the
// calendar's today column, before this check). Every brand shade the code uses must be defined.
import { describe, expect, it } from "vitest";
import { projectFiles, readProjectFile } from "../support/project-files";

const defined = new Set([...readProjectFile("app/globals.css").matchAll(/--color-brand-(\d+):/g)].map((m) => m[1]));

describe("theme colours", () => {
  it("defines every brand shade the components use", () => {
    const used = new Map<string, string>();
    for (const file of [...projectFiles("app", /\.(ts|tsx|css)$/), ...projectFiles("components")]) {
      for (const m of readProjectFile(file).matchAll(/\b[a-z-]+-brand-(\d+)\b/g)) used.set(m[1]!, file);
    }
    expect(used.size).toBeGreaterThan(3);
    const missing = [...used].filter(([shade]) => !defined.has(shade)).map(([shade, file]) => `brand-${shade} (${file})`);
    expect(missing).toEqual([]);
  });
});
