// npm run secrets:rotate — after putting a new key first in SECRET_KEYS: re-seal every stored
// secret with it. Then the old key can be removed from SECRET_KEYS.
import { configuredKeys } from "../lib/crypto/keyring";
import { rotateSecrets } from "../lib/crypto/rotate-secrets";

const keys = configuredKeys();
const report = await rotateSecrets(keys);
console.log(`Re-sealed ${report.resealed} secret(s) with key "${keys[0]!.id}"; ${report.alreadyCurrent} already used it.`);
process.exit(0);
