import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "@/lib/env";

describe("loadEnv", () => {
  it("runs in development with no variables at all, on local defaults", () => {
    const env = loadEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    const env = loadEnv({ DATABASE_URL: "", APP_URL: "  ", PGLITE_DATA_DIR: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("refuses to start in production, naming every missing variable", () => {
    let error: unknown;
    try {
      loadEnv({ NODE_ENV: "production" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    for (const name of ["DATABASE_URL", "APP_URL", "AUTH_SECRET", "RESEND_API_KEY", "SECRET_KEYS"]) expect(message).toContain(name);
    expect((error as EnvError).problems).toHaveLength(5);
  });

  it("starts in production when the required variables are set", () => {
    const env = loadEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app@db:5432/alt",
      APP_URL: "https://app.example.com",
      AUTH_SECRET: "x".repeat(32),
      RESEND_API_KEY: "re_test",
      SECRET_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
    });
    expect(env.APP_URL).toBe("https://app.example.com");
  });

  it("explains malformed values", () => {
    expect(() => loadEnv({ DATABASE_URL: "mysql://nope" })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection string/);
    expect(() => loadEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(() => loadEnv({ APP_URL: "not a url" })).toThrow(/APP_URL/);
  });
});

describe("local stand-ins in production", () => {
  it("are allowed only when explicitly requested", () => {
    const base = { NODE_ENV: "production", APP_URL: "https://alt.example.com", AUTH_SECRET: "y".repeat(32) };
    expect(() => loadEnv(base)).toThrow(/DATABASE_URL is required in production/);
    expect(() => loadEnv(base)).toThrow(/RESEND_API_KEY is required in production/);
    expect(loadEnv({ ...base, LOCAL_MODE: "true" }).DATABASE_URL).toBeUndefined();
  });
});
