"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { deleteListAction, saveListAction, type SaveListState } from "@/app/(app)/contacts/actions";
import type { SavedListItem } from "@/lib/crm/contacts/saved-lists";
import { buttonClasses } from "../ui/button";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

/** The agent's smart lists as chips, and a small form to save the current view as one. */
export function SavedLists({ lists, currentQuery }: { lists: SavedListItem[]; currentQuery: string }) {
  const [state, action] = useActionState<SaveListState, FormData>(saveListAction, {});
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <ul aria-label="Smart lists" className="flex flex-wrap gap-2">
        {lists.map((list) => (
          <li key={list.id} className={cn("flex items-center rounded-full border text-sm", list.query === currentQuery ? "border-brand-300 bg-brand-50 text-brand-800" : "border-slate-200 bg-white text-slate-700")}>
            <Link href={`/contacts?${list.query}`} className="py-1 pl-3 pr-1 font-medium">{list.name}</Link>
            <form action={deleteListAction}>
              <input type="hidden" name="id" value={list.id} />
              <button type="submit" className="rounded-full p-1 text-slate-400 hover:text-slate-700" aria-label={`Delete smart list ${list.name}`}>
                <X className="h-3.5 w-3.5" />
              </button>
            </form>
          </li>
        ))}
      </ul>
      {currentQuery && (
        <form action={action} className="flex items-center gap-2" noValidate>
          <input type="hidden" name="query" value={currentQuery} />
          <label htmlFor="smart-list-name" className="sr-only">Smart list name</label>
          <input id="smart-list-name" name="name" maxLength={60} placeholder="Name this view" className={cn(fieldClasses, "h-9 w-40 border-slate-300")} />
          <button type="submit" className={buttonClasses("secondary", "sm")}>Save as smart list</button>
          {state.error && <p role="alert" className="text-xs text-red-600">{state.error}</p>}
          {state.saved && <p role="status" className="text-xs text-emerald-700">Saved “{state.saved}”.</p>}
        </form>
      )}
    </div>
  );
}
