import { msg } from "@/lib/validation/messages";
import { COMMON_PASSWORDS } from "./common-passwords";
import { DEMO_PASSWORD } from "./demo";

export const PASSWORD_MAX_LENGTH = 128;

const ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz", "1qaz2wsx3edc4rfv5tgb"];

/** A run along the digits, the alphabet or a keyboard row, either way ("3456789012", "poiuytrewq"). */
function isSequence(p: string): boolean {
  if (p.length < 4) return false;
  for (const row of ROWS) {
    const ring = row + row;
    const back = [...ring].reverse().join("");
    if (ring.includes(p) || back.includes(p)) return true;
  }
  return false;
}

/** The same short piece over and over ("aaaaaaaaaa", "abcabcabcabc", "12121212"). */
function isRepetition(p: string): boolean {
  for (let size = 1; size <= Math.min(4, p.length / 2); size++) {
    if (p.slice(0, size).repeat(Math.ceil(p.length / size)).slice(0, p.length) === p) return true;
  }
  return false;
}

/**
 * Why a new password is refused, as a message key, or null when it may be set. The demo password
 * is allowed only in a database marked as a demo one.
 */
export function passwordProblem(password: string, ctx: { username: string; minLength: number; demo: boolean }): string | null {
  if ([...password].length < ctx.minLength) return msg("pw.tooShort", { min: ctx.minLength });
  if (password.length > PASSWORD_MAX_LENGTH) return msg("v.tooLong", { max: PASSWORD_MAX_LENGTH });
  if (password === DEMO_PASSWORD) return ctx.demo ? null : "pw.demo";
  const lower = password.toLowerCase();
  const user = ctx.username.trim().toLowerCase();
  if (user.length >= 3 && (lower.includes(user) || lower.includes([...user].reverse().join("")))) return "pw.username";
  if (isSequence(lower) || isRepetition(lower)) return "pw.sequence";
  // A common password with digits or marks added ("password2024!") is as guessable as the word.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (COMMON_PASSWORDS.has(lower) || (stem.length >= 6 && COMMON_PASSWORDS.has(stem))) return "pw.common";
  return null;
}
