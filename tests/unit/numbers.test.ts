import { describe, expect, it } from "vitest";
import { compactCount, compactMoney } from "@/lib/crm/numbers";

describe("dashboard figures", () => {
  it("count in full with separators below 10,000, compactly from there", () => {
    expect([0, 7, 999, 2_575, 9_999, 10_000, 11_111, 283_400, 1_250_000].map(compactCount)).toEqual(["0", "7", "999", "2,575", "9,999", "10K", "11.1K", "283.4K", "1.3M"]);
  });

  it("show money compactly at any size", () => {
    expect([950, 720_000, 44_600_000, 6_055_700_000].map(compactMoney)).toEqual(["$950", "$720K", "$44.6M", "$6.1B"]);
  });
});
