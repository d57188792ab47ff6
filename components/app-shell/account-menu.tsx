import { LogOut } from "lucide-react";
import { signOutAction } from "@/app/(auth)/actions";

/** Who is signed in, and the way out. */
export function AccountMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="border-t border-slate-200 p-3">
      <p className="truncate px-3 text-sm font-medium text-slate-900">{name}</p>
      <p className="truncate px-3 text-xs text-slate-500">{email}</p>
      <form action={signOutAction} className="mt-2">
        <button type="submit" className="flex w-full items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
          <LogOut className="h-5 w-5 text-slate-400" aria-hidden="true" />
          Sign out
        </button>
      </form>
    </div>
  );
}
