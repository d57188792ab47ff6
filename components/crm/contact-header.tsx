"use client";
// The contact page's breadcrumb, name and stage. Client components on purpose (with
// ContactOverview): the page sends the contact's data as strings, not an element tree.
import { Pencil } from "lucide-react";
import Link from "next/link";
import type { PipelineStage } from "@/lib/db/crm-types";
import { Breadcrumb } from "../ui/breadcrumb";
import { buttonClasses } from "../ui/button";
import { StageSelect } from "./stage-select";

export interface ContactHeading {
  id: string;
  name: string;
  company: string | null;
  stage: PipelineStage;
}

export function ContactHeader({ contact, editing }: { contact: ContactHeading; editing: boolean }) {
  return (
    <>
      <Breadcrumb parent={{ href: "/contacts", label: "Contacts" }} current={contact.name} />
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{contact.name}</h1>
          {contact.company && <p className="text-sm text-slate-600">{contact.company}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StageSelect contactId={contact.id} stage={contact.stage} />
          {!editing && (
            <Link href={`/contacts/${contact.id}?edit=1`} className={buttonClasses("secondary", "sm")}>
              <Pencil className="h-4 w-4" aria-hidden="true" /> Edit
            </Link>
          )}
        </div>
      </header>
    </>
  );
}
