import { describe, expect, it } from "vitest";
import { scopeArgs } from "@/lib/db/tenant-scope";

describe("scopeArgs", () => {
  it("narrows reads with AND, so a caller's own userId cannot widen them", () => {
    expect(scopeArgs("findMany", { where: { userId: "other", stage: "NEW" } }, "me")).toEqual({
      where: { userId: "other", stage: "NEW", AND: [{ userId: "me" }] },
    });
    expect(scopeArgs("count", {}, "me")).toEqual({ where: { AND: [{ userId: "me" }] } });
  });

  it("keeps a caller's AND conditions", () => {
    expect(scopeArgs("findFirst", { where: { AND: { firstName: "A" } } }, "me").where).toEqual({
      AND: [{ firstName: "A" }, { userId: "me" }],
    });
  });

  it("sets the owner on creates and strips user/userId the caller sent", () => {
    expect(scopeArgs("create", { data: { firstName: "A", userId: "other", user: { connect: { id: "x" } } } }, "me")).toEqual({
      data: { firstName: "A", userId: "me" },
    });
    expect(scopeArgs("createMany", { data: [{ name: "a", userId: "x" }, { name: "b" }] }, "me").data).toEqual([
      { name: "a", userId: "me" },
      { name: "b", userId: "me" },
    ]);
  });

  it("never lets an update change the owner", () => {
    expect(scopeArgs("update", { where: { id: "1" }, data: { userId: "other", title: "t" } }, "me")).toEqual({
      where: { id: "1", AND: [{ userId: "me" }] },
      data: { title: "t" },
    });
    const upsert = scopeArgs("upsert", { where: { id: "1" }, create: { userId: "x", name: "n" }, update: { userId: "x" } }, "me");
    expect(upsert.create).toEqual({ name: "n", userId: "me" });
    expect(upsert.update).toEqual({});
  });
});
