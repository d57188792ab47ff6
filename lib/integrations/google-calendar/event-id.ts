// Google lets the client choose an event's ID (base32hex: 0-9 and a-v, 5 to 1024 characters).
// Deriving it from the appointment ID means a retried insert can only ever hit the same event.
const BASE32HEX = "0123456789abcdefghijklmnopqrstuv";

export function eventIdFor(appointmentId: string): string {
  const bytes = Buffer.from(`alt:${appointmentId}`, "utf8");
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32HEX[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32HEX[(value << (5 - bits)) & 31];
  return out;
}
