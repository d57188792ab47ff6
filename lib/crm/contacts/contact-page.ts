// Everything the contact page shows, read in one read-only tenant transaction without the ORM
// (see lib/db/tenant-reads.ts): the contact, a page of its timeline, its open tasks, the time zone.
import "server-only";
import { tenantReads, type ReadsAs } from "../../db";
import { readOpenTasksFor, type TaskItem } from "../tasks";
import { readTimeline, type TimelinePage } from "../timeline";
import { readContact, TIME_ZONE_OPENING, type ContactDetail, type TimeZoneRow } from "./contacts";

export interface ContactPageData {
  contact: ContactDetail;
  timeline: TimelinePage;
  tasks: TaskItem[];
  timeZone: string;
}

export function getContactPage(agent: ReadsAs, id: string, timelineAfter: string | null = null): Promise<ContactPageData | null> {
  return tenantReads(agent)<ContactPageData | null, TimeZoneRow>(
    async (db, [me]) => {
      const contact = await readContact(db, id);
      if (!contact) return null;
      // Sequential: the transaction holds one connection.
      const timeline = await readTimeline(db, id, timelineAfter);
      const tasks = await readOpenTasksFor(db, id);
      return { contact, timeline, tasks, timeZone: me?.timeZone ?? "UTC" };
    },
    { opening: TIME_ZONE_OPENING },
  );
}
