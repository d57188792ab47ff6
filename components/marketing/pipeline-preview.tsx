// A static picture of the pipeline board for the landing page (no data: pure illustration).
const COLUMNS = [
  { stage: "New", tone: "bg-sky-500", cards: [["Maria Lopez", "Zillow · Buyer · $450k"], ["Tom Becker", "Open house"]] },
  { stage: "Connected", tone: "bg-violet-500", cards: [["Priya Shah", "Referral · Seller"], ["Ken Ito", "Website · Buyer"]] },
  { stage: "Under contract", tone: "bg-emerald-500", cards: [["The Nguyens", "Closing Dec 14"]] },
];

export function PipelinePreview() {
  return (
    <div aria-hidden="true" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-xl shadow-brand-900/5">
      <div className="mb-3 flex items-center gap-1.5">
        <span className="h-2.5 w-2.5 rounded-full bg-slate-200" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-200" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-200" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {COLUMNS.map((column, index) => (
          <div key={column.stage} className={`rounded-xl bg-slate-50 p-2.5 ${index === 2 ? "hidden sm:block" : ""}`}>
            <div className="mb-2 flex items-center gap-1.5 text-xs font-semibold text-slate-700">
              <span className={`h-2 w-2 rounded-full ${column.tone}`} />
              <span className="truncate">{column.stage}</span>
            </div>
            <div className="flex flex-col gap-2">
              {column.cards.map(([name, detail]) => (
                <div key={name} className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
                  <p className="truncate text-xs font-medium text-slate-900">{name}</p>
                  <p className="truncate text-[11px] text-slate-500">{detail}</p>
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
