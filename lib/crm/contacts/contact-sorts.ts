// The contact list's sort orders and their labels, apart from contact-filters.ts so the list's
// client components can show them without bundling the URL parser (zod) into the browser.
export const CONTACT_SORTS = ["name", "newest", "updated", "followUp", "lastContacted"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const SORT_LABELS: Record<ContactSort, string> = {
  name: "Name",
  newest: "Newest first",
  updated: "Recently updated",
  followUp: "Next follow-up",
  lastContacted: "Last contacted",
};
