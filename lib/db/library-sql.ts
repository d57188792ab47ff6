// SQL written by a library (pg-boss's INSERT for a job) run inside one of our transactions. The
// text is the library's constant; its numbered placeholders ($1, $2, …) become bound parameters of
// a Prisma.sql template, so values are never spliced into the SQL.
import { Prisma } from "./generated/prisma/client";

export function librarySql(text: string, values: readonly unknown[]): Prisma.Sql {
  const parts = text.split(/\$(\d+)/);
  const strings = [parts[0]!];
  const params: unknown[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    params.push(values[Number(parts[i]) - 1] ?? null);
    strings.push(parts[i + 1]!);
  }
  return Prisma.sql(strings, ...params);
}
