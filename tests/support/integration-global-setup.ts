import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { prepareTemplate } from "../../lib/db/testing/test-database";

/** Migrates one template database per run; each test file then clones it (tests/support/db.ts). */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "alt-test-"));
  const templateFile = join(dir, "template.tar");
  await prepareTemplate({ TEST_DATABASE_URL: process.env.TEST_DATABASE_URL, templateFile });
  project.provide("templateFile", templateFile);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateFile: string;
  }
}
