import { randomInt } from "node:crypto";

// Crockford-style alphabet: no 0/O or 1/I/L to misread when a code is read aloud.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short human-readable booking reference such as "SB-7K3F9Q". */
export function newBookingCode(): string {
  let code = "";
  for (let i = 0; i < 6; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SB-${code}`;
}
