"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

interface Suggestion {
  id: string;
  name: string;
  detail: string;
  /** Only a near spelling of the term matched; listed after the exact matches. */
  similar: boolean;
}

/**
 * Search as you type: suggestions appear under the box (arrow keys + Enter open one); pressing
 * Enter without choosing filters the list below by the term.
 */
export function ContactSearch({ initial, filterParams }: { initial: string; filterParams: string }) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<Suggestion[]>([]);
  // The term the current results answer, so "no matches" is said only once the answer is in.
  const [answered, setAnswered] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return; // the list hides itself while the box is empty
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/contacts/search?q=${encodeURIComponent(q)}`).catch(() => null);
      if (!response?.ok || ticket !== latest.current) return; // a newer keystroke won
      const body = (await response.json()) as { results: Suggestion[] };
      setResults(body.results);
      setAnswered(q);
      setActive(-1);
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const showList = open && query.trim() !== "" && results.length > 0;
  const showNoMatch = open && query.trim() !== "" && answered === query.trim() && results.length === 0;
  const firstSimilar = results.findIndex((r) => r.similar);
  return (
    <form
      role="search"
      className="relative w-full sm:max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = active >= 0 ? results[active] : undefined;
        setOpen(false);
        const params = new URLSearchParams(filterParams);
        if (query.trim()) params.set("q", query.trim());
        else params.delete("q");
        router.push(chosen ? `/contacts/${chosen.id}` : `/contacts?${params}`);
      }}
    >
      <label htmlFor="contact-search" className="sr-only">Search contacts</label>
      <Search className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" aria-hidden="true" />
      <input
        id="contact-search"
        type="search"
        value={query}
        autoComplete="off"
        placeholder="Search name, email, phone, address, notes"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        maxLength={100}
        className={cn(fieldClasses, "h-10 w-full border-slate-300 pl-9")}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, -1));
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
          {results.map((r, i) => [
            i === firstSimilar && (
              <li key="similar" role="presentation" className="px-3 pb-1 pt-2 text-xs font-medium uppercase tracking-wide text-slate-400">
                {i === 0 ? "No exact matches · similar spellings" : "Similar spellings"}
              </li>
            ),
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-50" : "hover:bg-slate-50")}
              onMouseDown={(event) => {
                event.preventDefault();
                router.push(`/contacts/${r.id}`);
              }}
            >
              <p className="truncate text-sm font-medium text-slate-900">
                {r.name}
                {r.similar && <span className="sr-only"> (similar spelling)</span>}
              </p>
              {r.detail && <p className="truncate text-xs text-slate-500">{r.detail}</p>}
            </li>,
          ])}
        </ul>
      )}
      {showNoMatch && (
        <p role="status" className="absolute z-20 mt-1 w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600 shadow-lg">
          No contacts match “{query.trim()}”.
        </p>
      )}
    </form>
  );
}
