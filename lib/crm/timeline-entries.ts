// Timeline items as the contact page shows them, formatted on the server in the agent's zone.
// The timeline is a client component, so each item travels as a few strings (not an element
// tree with its icon's SVG paths), which keeps a long history quick to render.
import type { ActivityType } from "../db/crm-types";
import { formatInZone } from "./dates";
import type { TimelineItem } from "./timeline";

export interface TimelineEntry {
  id: string;
  type: ActivityType;
  summary: string;
  /** ISO instant, for <time dateTime>. */
  at: string;
  /** The same instant in the agent's zone, as shown. */
  when: string;
}

export function toTimelineEntries(items: TimelineItem[], timeZone: string): TimelineEntry[] {
  return items.map((item) => ({
    id: item.id,
    type: item.type,
    summary: item.summary,
    at: item.occurredAt.toISOString(),
    when: formatInZone(item.occurredAt, timeZone, "MMM d, yyyy 'at' h:mm a"),
  }));
}
