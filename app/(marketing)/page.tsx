import { BellRing, CalendarDays, KanbanSquare, MessageSquareText, ShieldCheck, Sparkles } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { PipelinePreview } from "@/components/marketing/pipeline-preview";

const FEATURES = [
  { icon: KanbanSquare, title: "A pipeline you can see", body: "Every lead from Zillow, open houses and referrals on one board, from first call to closing." },
  { icon: BellRing, title: "Follow-ups that happen", body: "Today's calls, overdue tasks and new leads on one screen each morning." },
  { icon: MessageSquareText, title: "Text and email in one place", body: "Conversations live on the contact's timeline, with opt-outs honoured automatically." },
  { icon: CalendarDays, title: "Showings on your calendar", body: "Appointments you book here appear in Google Calendar and stay in sync." },
  { icon: Sparkles, title: "AI drafts, your voice", body: "Ask for a follow-up draft or a lead summary. Nothing is sent until you approve it." },
  { icon: ShieldCheck, title: "Private by design", body: "Your contacts are never shared or mined. Export everything or delete it, any time." },
];

export default function LandingPage() {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 lg:grid-cols-2 lg:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">CRM for real-estate agents</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
              Never lose a lead between the showing and the closing.
            </h1>
            <p className="mt-5 text-lg text-slate-600">
              Agent Lead Tracker keeps your contacts, pipeline, showings, tasks and conversations in one fast,
              private workspace, so every follow-up happens on time.
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <ButtonLink href="/sign-up" size="lg">
                Start free
              </ButtonLink>
              <ButtonLink href="#features" variant="secondary" size="lg">
                See what it does
              </ButtonLink>
            </div>
          </div>
          <PipelinePreview />
        </div>
      </section>

      <section id="features" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Everything an agent needs, nothing in the way</h2>
        <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map(({ icon: Icon, title, body }) => (
            <div key={title} className="rounded-xl border border-slate-200 p-6">
              <span className="flex h-10 w-10 items-center justify-center rounded-lg bg-brand-50 text-brand-600">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{title}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{body}</p>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
