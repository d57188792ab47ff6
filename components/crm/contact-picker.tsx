"use client";

import { useEffect, useId, useRef, useState } from "react";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

interface Suggestion {
  id: string;
  name: string;
  detail: string;
}

/** Pick one of the agent's contacts by typing; submits its ID in a hidden field `name`. */
export function ContactPicker({ name, label }: { name: string; label: string }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Suggestion[]>([]);
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q || chosen) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/contacts/search?q=${encodeURIComponent(q)}`).catch(() => null);
      if (!response?.ok || ticket !== latest.current) return;
      setResults(((await response.json()) as { results: Suggestion[] }).results);
      setActive(0);
    }, 120);
    return () => clearTimeout(timer);
  }, [query, chosen]);

  const choose = (s: Suggestion) => {
    setChosen(s);
    setQuery(s.name);
    setResults([]);
  };
  const open = !chosen && query.trim() !== "" && results.length > 0;
  return (
    <div className="relative flex flex-col gap-1.5">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-slate-800">{label}</label>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        autoComplete="off"
        value={query}
        placeholder="Start typing a name, email or phone"
        className={cn(fieldClasses, "h-11 border-slate-300")}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
        }}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === "ArrowDown") { e.preventDefault(); setActive((i) => Math.min(i + 1, results.length - 1)); }
          if (e.key === "ArrowUp") { e.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
          if (e.key === "Enter") { e.preventDefault(); choose(results[active]!); }
        }}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="absolute top-full z-20 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
          {results.map((r, i) => (
            <li key={r.id} role="option" aria-selected={i === active} className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-50" : "hover:bg-slate-50")} onMouseDown={(e) => { e.preventDefault(); choose(r); }}>
              <p className="truncate text-sm font-medium text-slate-900">{r.name}</p>
              {r.detail && <p className="truncate text-xs text-slate-500">{r.detail}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
