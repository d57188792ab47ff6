// Everything the contact page shows, read in one tenant transaction (one round of RLS setup).
import "server-only";
import { withTenantDb } from "../../db";
import { readOpenTasksFor, type TaskItem } from "../tasks";
import { readTimeline, type TimelinePage } from "../timeline";
import { agentTimeZone, readContact, type ContactDetail } from "./contacts";

export interface ContactPageData {
  contact: ContactDetail;
  timeline: TimelinePage;
  tasks: TaskItem[];
  timeZone: string;
}

export function getContactPage(userId: string, id: string, timelineAfter: string | null = null): Promise<ContactPageData | null> {
  return withTenantDb(userId, async (db) => {
    const contact = await readContact(db, id);
    if (!contact) return null;
    // Sequential: the tenant transaction holds one connection.
    const timeline = await readTimeline(db, id, timelineAfter);
    const tasks = await readOpenTasksFor(db, id);
    const timeZone = await agentTimeZone(db);
    return { contact, timeline, tasks, timeZone };
  });
}
