// The project's own source files, for static checks (layering rules, theme colours).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = process.cwd();

/** Files under `dir` (relative to the project) whose names match `pattern`, skipping generated code. */
export function projectFiles(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return projectFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

export const readProjectFile = (file: string) => readFileSync(join(ROOT, file), "utf8");
