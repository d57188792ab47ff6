import { Prisma } from "./generated/prisma/client";

/**
 * True for Prisma's "record not found" (P2025): what an update or delete of another user's row
 * raises inside a tenant scope. Callers answer "not found", never "forbidden".
 */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
