import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatInZone } from "@/lib/crm/dates";
import { formatPhone } from "@/lib/crm/phone";

describe("formatInZone", () => {
  const patterns = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "MMM d, yyyy", "EEE, MMM d 'at' h:mm a", "h:mm a", "EEEE, MMMM d", "d", "yyyy-MM-dd HH:mm:ss", "PPP", "'week' w, yyyy"];
  // Half- and quarter-hour zones too: their clocks change at :30 or :45 past a UTC hour.
  const zones = ["America/Chicago", "America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu"];

  it("reads exactly as date-fns with TZDate does, across zones and daylight-saving changes, first time and again", () => {
    // Every 17 h 7 min through 2026 (odd hours and minutes), plus the minutes around each zone's
    // daylight-saving changes.
    const instants: Date[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += (17 * 60 + 7) * 60_000) instants.push(new Date(t));
    for (const change of ["2026-03-08T08:00:00Z", "2026-11-01T06:00:00Z", "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-04-05T14:00:00Z", "2026-09-26T14:00:00Z",
      "2026-03-08T05:30:00Z", "2026-11-01T04:30:00Z", "2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z"]) {
      for (let m = -90; m <= 90; m += 15) instants.push(new Date(Date.parse(change) + m * 60_000));
    }
    // Twice: offsets are remembered per zone and day after the first reading.
    for (let pass = 0; pass < 2; pass++) {
      for (const instant of instants) {
        for (const zone of zones) {
          for (const pattern of patterns) expect(formatInZone(instant, zone, pattern)).toBe(format(new TZDate(instant, zone), pattern));
        }
      }
    }
  }, 30_000);

  it("reads instants far from today and before the year 100 exactly", () => {
    for (const iso of ["1883-11-18T17:00:00Z", "0050-06-01T12:34:56Z", "2099-12-31T23:59:59.999Z", "1969-12-31T23:59:59Z"]) {
      const instant = new Date(iso);
      for (const zone of zones) expect(formatInZone(instant, zone, "yyyy-MM-dd HH:mm:ss")).toBe(format(new TZDate(instant, zone), "yyyy-MM-dd HH:mm:ss"));
    }
  });

  it("prints the zone through the TZDate path", () => {
    const instant = new Date("2026-07-04T15:00:00Z");
    expect(formatInZone(instant, "America/Chicago", "h:mm a xxx")).toBe("10:00 AM -05:00");
  });
});

describe("formatPhone", () => {
  it("formats national numbers nationally and others internationally, the same on every call", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatPhone("+15125550100")).toBe("(512) 555-0100");
      expect(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
      expect(formatPhone("not-a-number")).toBe("not-a-number");
    }
  });
});
