import "server-only";
import { notFound } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

/** Staff pages: anyone who is not a signed-in admin gets a plain 404 (the area's existence is not revealed). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user || user.role !== "ADMIN") notFound();
  return user;
}
