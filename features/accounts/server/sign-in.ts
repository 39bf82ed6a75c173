/**
 * Checking a username and password, with what guards it: attempts from one address that keep
 * failing must wait longer and longer before the next is checked (never refused outright: many
 * phones share a carrier's address); an account that keeps failing is locked for a while; the
 * demo password works only in a demo database; every attempt is logged.
 *
 * The counts are read from that log (an index on address and time) rather than kept by a rate
 * limiter such as rate-limiter-flexible: the log must exist anyway, it lives in PostgreSQL so
 * every app instance sees the same counts, and what an administrator reads is what was counted.
 */
import { beijingDateTime, todayInBeijing } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import type { SignInOutcome } from "@/server/generated/prisma/client.ts";
import { DEMO_PASSWORD, isDemoDatabase } from "@/server/auth/demo";
import { DUMMY_HASH, verifyPassword } from "@/server/auth/password";
import type { Db } from "@/server/db";
import { getSettings } from "@/features/settings/server/settings";

/** Failures from one address are counted over this window. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** The wait after the first failure past the setting, doubling with each further one, up to the cap. */
export const THROTTLE_BASE_MS = 1_000;
export const THROTTLE_CAP_MS = 60_000;
export const USERNAME_LOG_MAX = 64;
export const USER_AGENT_LOG_MAX = 200;
/** Longer input is no password anyone set: refused without hashing megabytes. */
const PASSWORD_INPUT_MAX = 200;

export type TSignInInput = { username: string; password: string; address: string; userAgent: string };

export type TSignInResult =
  | { ok: true; user: { id: string; name: string } }
  /** `message` is a catalogue key with its parameters; `signIn.failed` says nothing about why. */
  | { ok: false; outcome: Exclude<SignInOutcome, "ok">; message: string; retryAfterMs?: number };

/** How long an address must wait after `failures` failures in the window before its next attempt. */
export function throttleDelayMs(failures: number, start: number): number {
  if (failures < start) return 0;
  return Math.min(THROTTLE_BASE_MS * 2 ** Math.min(failures - start, 16), THROTTLE_CAP_MS);
}

const FAILED: SignInOutcome[] = ["bad_password", "unknown_user", "locked"];

export async function attemptSignIn(db: Db, input: TSignInInput, now = new Date()): Promise<TSignInResult> {
  const settings = await getSettings(db);
  const username = input.username.trim();
  const address = input.address.slice(0, 64);
  const log = (outcome: SignInOutcome, userId: string | null) =>
    db.signInAttempt.create({
      data: { at: now, username: username.slice(0, USERNAME_LOG_MAX), userId, address, outcome, userAgent: input.userAgent.slice(0, USER_AGENT_LOG_MAX) },
    });

  // The address first: a throttled attempt is answered without looking at the password.
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [failures, lastChecked] = await Promise.all([
    db.signInAttempt.count({ where: { address, at: { gt: since }, outcome: { in: FAILED } } }),
    db.signInAttempt.findFirst({ where: { address, at: { gt: since }, outcome: { not: "throttled" } }, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  const delay = throttleDelayMs(failures, settings.throttleStart);
  const waited = lastChecked ? now.getTime() - lastChecked.at.getTime() : Infinity;
  const user = await db.user.findFirst({
    where: { username, active: true },
    select: { id: true, displayName: true, passwordHash: true },
  });
  if (delay > 0 && waited < delay) {
    await log("throttled", user?.id ?? null);
    const retryAfterMs = delay - waited;
    return { ok: false, outcome: "throttled", message: msg("signIn.throttled", { seconds: Math.ceil(retryAfterMs / 1000) }), retryAfterMs };
  }

  // Reserve this attempt on the account before its password is checked: of any number sent at
  // once, no more than the threshold are checked before the lock.
  const guard = user ? await reserveGuess(db, user.id, settings, now) : null;
  if (user && !guard!.ok) {
    await log("locked", user.id);
    return { ok: false, outcome: "locked", message: lockedMessage(guard!.lockedUntil) };
  }

  const demoRefused = input.password === DEMO_PASSWORD && !(await isDemoDatabase(db));
  // Verify even for an unknown user so both failures take the same time and say the same.
  const ok =
    !demoRefused && input.password.length <= PASSWORD_INPUT_MAX && (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password.slice(0, PASSWORD_INPUT_MAX)));
  if (!user) {
    await log("unknown_user", null);
    return { ok: false, outcome: "unknown_user", message: demoRefused ? "signIn.demoPassword" : "signIn.failed" };
  }
  if (!ok) {
    const lockedUntil = await guessFailed(db, user.id, guard!, settings, now);
    await log("bad_password", user.id);
    if (lockedUntil) return { ok: false, outcome: "bad_password", message: lockedMessage(lockedUntil) };
    return { ok: false, outcome: "bad_password", message: demoRefused ? "signIn.demoPassword" : "signIn.failed" };
  }
  await guessRight(db, user.id, now);
  await log("ok", user.id);
  return { ok: true, user: { id: user.id, name: user.displayName } };
}

type TGuessSettings = { lockoutThreshold: number; lockoutMinutes: number };
type TGuard = { ok: true; attempt: number } | { ok: false; lockedUntil: Date };

/**
 * Counts a password guess against an account before the guess is checked, in one statement: a
 * locked account is refused, a lock that has run out starts the count again, and the guess
 * learns its number. A guess numbered past the threshold (sent at once with others) is refused
 * as if the account were locked, and locks it.
 */
export async function reserveGuess(db: Db, userId: string, settings: TGuessSettings, now = new Date()): Promise<TGuard> {
  const [row] = await db.$queryRaw<{ failedSignIns: number }[]>`
    UPDATE "User" SET
      "failedSignIns" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedSignIns" + 1 END,
      "lockedUntil" = NULL
    WHERE id = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING "failedSignIns"`;
  if (!row) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { lockedUntil: true } });
    return { ok: false, lockedUntil: user?.lockedUntil ?? now };
  }
  if (row.failedSignIns > settings.lockoutThreshold) return { ok: false, lockedUntil: await lock(db, userId, settings, now) };
  return { ok: true, attempt: row.failedSignIns };
}

/** A wrong guess: the one that reaches the threshold locks the account. Returns the lock's end, if any. */
export async function guessFailed(db: Db, userId: string, guard: TGuard, settings: TGuessSettings, now = new Date()): Promise<Date | null> {
  if (guard.ok && guard.attempt < settings.lockoutThreshold) return null;
  return lock(db, userId, settings, now);
}

/** A right guess clears the count, unless guesses sent meanwhile have locked the account. */
export async function guessRight(db: Db, userId: string, now = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId, failedSignIns: { gt: 0 }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] }, data: { failedSignIns: 0, lockedUntil: null } });
}

async function lock(db: Db, userId: string, settings: TGuessSettings, now: Date): Promise<Date> {
  const until = new Date(now.getTime() + settings.lockoutMinutes * 60_000);
  const [row] = await db.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "User" SET "failedSignIns" = 0, "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${until}), ${until})
    WHERE id = ${userId} RETURNING "lockedUntil"`;
  return row?.lockedUntil ?? until;
}

/**
 * "账号已锁定，请于 14:36 后重试…": the minute the lock is over, in Beijing time as everywhere in
 * the app, rounded up (a lock until 14:35:40 still holds at 14:35), and with its date when that is
 * not today.
 */
export function lockedMessage(until: Date, now = new Date()): string {
  const shown = beijingDateTime(new Date(Math.ceil(until.getTime() / 60_000) * 60_000));
  return msg("signIn.locked", { time: shown.slice(0, 10) === todayInBeijing(now) ? shown.slice(11) : shown.slice(5) });
}
