import { describe, expect, it } from "vitest";
import { accountsClient } from "@/lib/db/accounts";
import { makeAdmin } from "@/lib/auth/make-admin";
import { verifyPassword } from "@/lib/auth/password";
import { openTestDatabase } from "../support/db";

const db = await openTestDatabase();
const accounts = accountsClient(db.prisma);

describe("admin:create", () => {
  it("creates a verified staff account with a one-time password stored only as a hash", async () => {
    const result = await makeAdmin(accounts, " Staff@Example.com ");
    expect(result).toMatchObject({ email: "staff@example.com", created: true });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "staff@example.com" } });
    expect(user.role).toBe("ADMIN");
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).not.toContain(result.password!);
    expect(await verifyPassword(result.password!, user.passwordHash!)).toBe(true);
  });

  it("promotes an existing agent and ends their sessions", async () => {
    const agent = await db.prisma.user.create({ data: { name: "Agent", email: "agent@example.com" } });
    expect(await makeAdmin(accounts, "agent@example.com")).toEqual({ email: "agent@example.com", created: false });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: agent.id } });
    expect(after.role).toBe("ADMIN");
    expect(after.sessionVersion).toBe(agent.sessionVersion + 1);
  });

  it("refuses something that is not an email", async () => {
    await expect(makeAdmin(accounts, "not-an-email")).rejects.toThrow();
  });
});
