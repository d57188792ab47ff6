// Signs ID tokens the way Google does (RS256, key published at the JWKS endpoint), with a key
// made fresh for each fake server.
import { createSign, generateKeyPairSync, randomUUID } from "node:crypto";

export interface IdTokenSigner {
  jwks: { keys: object[] };
  sign(claims: Record<string, unknown>): string;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export function createIdTokenSigner(): IdTokenSigner {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID();
  return {
    jwks: { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] },
    sign(claims) {
      const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
      const payload = base64url(JSON.stringify(claims));
      const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(privateKey);
      return `${header}.${payload}.${base64url(signature)}`;
    },
  };
}
