// The tenancy rule, by construction. `withTenant(userId, fn)` runs `fn` in one transaction that
//   1. switches to the `alt_tenant` role and sets `app.user_id` transaction-locally, so PostgreSQL
//      row-level security admits only that user's rows (and the setting cannot leak to the next
//      transaction on a pooled connection), and
//   2. hands `fn` a client whose every operation on a tenant model is rewritten to filter by, and
//      write, that user's ID — whatever the caller passed.
// One transaction per request keeps the RLS cost to one round trip (STACK.md: ~1.4 ms).
import type { PrismaClient } from "./generated/prisma/client";
import { Prisma } from "./generated/prisma/client";
import { TENANT_ROLE, TENANT_SETTING, isTenantModel } from "./tenant-models";

type Args = Record<string, unknown> & {
  where?: Record<string, unknown>;
  data?: unknown;
  create?: Record<string, unknown>;
  update?: Record<string, unknown>;
};

const FILTERED = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
  "count", "aggregate", "groupBy", "update", "updateMany", "updateManyAndReturn",
  "delete", "deleteMany", "upsert",
]);
const CREATING = new Set(["create", "createMany", "createManyAndReturn"]);
const UPDATING = new Set(["update", "updateMany", "updateManyAndReturn"]);

/** Drops ownership fields a caller may have sent (mass assignment) and sets the owner. */
function owned(data: unknown, userId: string): Record<string, unknown> {
  const { user: _user, userId: _userId, ...rest } = (data ?? {}) as Record<string, unknown>;
  return { ...rest, userId };
}

/** Ownership cannot change through an update. */
function withoutOwner(data: unknown): Record<string, unknown> {
  const { user: _user, userId: _userId, ...rest } = (data ?? {}) as Record<string, unknown>;
  return rest;
}

/**
 * Adds `field = value` to a where-clause with AND, so it narrows whatever the caller asked for
 * and can never be overridden by it (a caller's own `userId`/`id` stays and must also match).
 */
function narrowed(where: Record<string, unknown> | undefined, field: string, value: string) {
  const and = where?.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
  return { ...(where ?? {}), AND: [...and, { [field]: value }] };
}

/** Rewrites one operation's arguments so it can only see and write `userId`'s rows. */
export function scopeArgs(operation: string, args: Args, userId: string): Args {
  const scoped: Args = { ...args };
  if (FILTERED.has(operation)) scoped.where = narrowed(args.where, "userId", userId);
  if (CREATING.has(operation)) {
    scoped.data = Array.isArray(args.data) ? args.data.map((row) => owned(row, userId)) : owned(args.data, userId);
  }
  if (UPDATING.has(operation)) scoped.data = withoutOwner(args.data);
  if (operation === "upsert") {
    scoped.create = owned(args.create, userId);
    scoped.update = withoutOwner(args.update);
  }
  return scoped;
}

const USER_READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count"]);

/**
 * Inside a tenant scope the User table shows only the signed-in user's own row, read-only:
 * account changes (email, password, role) go through lib/auth with their own checks.
 */
function scopeUserArgs(operation: string, args: Args, userId: string): Args {
  if (!USER_READS.has(operation)) {
    throw new Error(`User.${operation} is not available in a tenant scope; use lib/auth`);
  }
  return { ...args, where: narrowed(args.where, "id", userId) };
}

function tenantExtension(userId: string) {
  return Prisma.defineExtension({
    name: "tenant-scope",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (isTenantModel(model)) return query(scopeArgs(operation, args as Args, userId));
          if (model === "User") return query(scopeUserArgs(operation, args as Args, userId));
          return query(args);
        },
      },
      // Raw SQL cannot be rewritten; it still runs under row-level security.
    },
  });
}

export type TenantClient = Omit<
  ReturnType<typeof scopedClient>,
  "$transaction" | "$connect" | "$disconnect" | "$extends" | "$on" | "$use"
> & { readonly userId: string };

function scopedClient(prisma: PrismaClient, userId: string) {
  return prisma.$extends(tenantExtension(userId));
}

export interface TenantOptions {
  /** Interactive-transaction timeout; the default suits a request, imports may need more. */
  timeoutMs?: number;
}

export async function withTenant<T>(
  prisma: PrismaClient,
  userId: string,
  work: (db: TenantClient) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  if (!userId) throw new Error("withTenant needs the signed-in user's ID");
  const client = scopedClient(prisma, userId);
  return client.$transaction(
    async (tx) => {
      // set_config('role', …, true) is SET LOCAL ROLE; both settings end with the transaction.
      await tx.$executeRaw`SELECT set_config('role', ${TENANT_ROLE}, true), set_config(${TENANT_SETTING}, ${userId}, true)`;
      return work(Object.assign(tx, { userId }) as unknown as TenantClient);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}
