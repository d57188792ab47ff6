import { Columns3, List } from "lucide-react";
import Link from "next/link";
import { cn } from "../ui/cn";

export function ContactsViewSwitch({ current }: { current: "list" | "board" }) {
  const item = (view: "list" | "board", href: string, label: string, Icon: typeof List) => (
    <Link
      href={href}
      aria-current={current === view ? "page" : undefined}
      className={cn("flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium", current === view ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900")}
    >
      <Icon className="h-4 w-4" aria-hidden="true" /> {label}
    </Link>
  );
  return (
    <div className="flex self-start rounded-lg bg-slate-100 p-1 sm:self-auto">
      {item("list", "/contacts", "List", List)}
      {item("board", "/contacts/board", "Pipeline", Columns3)}
    </div>
  );
}
