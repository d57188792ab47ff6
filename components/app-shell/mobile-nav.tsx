"use client";

import { Menu, X } from "lucide-react";
import { useEffect, useState } from "react";
import { Logo } from "../ui/logo";
import { AccountMenu } from "./account-menu";
import { NavLinks } from "./nav-links";

/** Top bar with a slide-down menu for phones; the sidebar takes over from the md breakpoint. */
export function MobileNav({ name, email }: { name: string; email: string }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="sticky top-0 z-30 border-b border-slate-200 bg-white md:hidden">
      <div className="flex h-14 items-center justify-between px-4">
        <Logo className="text-slate-900" />
        <button
          type="button"
          onClick={() => setOpen((v) => !v)}
          aria-expanded={open}
          aria-controls="mobile-menu"
          className="rounded-lg p-2 text-slate-700 hover:bg-slate-100"
        >
          {open ? <X className="h-6 w-6" aria-hidden="true" /> : <Menu className="h-6 w-6" aria-hidden="true" />}
          <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
        </button>
      </div>
      {open && (
        <nav id="mobile-menu" aria-label="Main" className="border-t border-slate-200 px-3 py-3">
          <NavLinks onNavigate={() => setOpen(false)} />
          <div className="-mx-3 mt-3"><AccountMenu name={name} email={email} /></div>
        </nav>
      )}
    </div>
  );
}
