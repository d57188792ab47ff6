import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The tenancy rule: only lib/db may reach the raw Prisma client (ARCHITECTURE.md).
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/db/**", "tests/**", "prisma/**", "scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/generated/prisma", "**/generated/prisma/*", "@prisma/client", "@prisma/client/*"], message: "Only lib/db may use the Prisma client; call a lib/ service instead." },
            { group: ["**/db/client", "@/lib/db/client"], message: "Only lib/db may open database clients." },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
];

export default config;
