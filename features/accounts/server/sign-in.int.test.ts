/**
 * Sign-in and sessions against the real database and real argon2: throttling per address,
 * lockout per account, the sign-in log, server-side sessions and the demo password's limits.
 * Each test uses its own accounts and its own addresses, so they never meet another test's counts.
 */
import { describe, expect, it } from "vitest";
import { SETTING_DEFAULTS } from "@/features/settings/settings";
import { DEMO_PASSWORD } from "@/server/auth/demo";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/db";
import { callerFor, fieldMessage, outcome, testDb, unique } from "@/server/test/helpers";
import { createCaller } from "@/server/trpc/root";
import { createSession, revokeSession, sessionUser } from "./sessions";
import { THROTTLE_CAP_MS, attemptSignIn, lockedMessage } from "./sign-in";

const PASSWORD = "Lantern-Orchard-47";
const UA = "Mozilla/5.0 (test)";
let addressSeq = 0;
/** An address of the benchmarking range, new for each use. */
const freshAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${(addressSeq++ % 250) + 1}`;

async function throwawayUser(password = PASSWORD, role: "ADMIN" | "COUNTY_ADMIN" = "COUNTY_ADMIN") {
  const db = testDb();
  const username = unique("signin");
  return db.user.create({
    data: { username, displayName: username, role, regionId: "r410184", passwordHash: await hashPassword(password) },
    select: { id: true, username: true },
  });
}

const attempt = (username: string, password: string, address: string, now?: Date, userAgent = UA) =>
  attemptSignIn(testDb(), { username, password, address, userAgent }, now);

describe("throttling per address", () => {
  it("30 wrong answers say the same thing; past the setting each attempt waits longer, up to a cap, and the address is never shut out", async () => {
    const address = freshAddress();
    const known = await throwawayUser();
    let now = new Date();
    const messages: string[] = [];
    const waits: number[] = [];
    for (let i = 0; messages.length < 30; i++) {
      // Every fourth guess is at a real account (8 of 30: fewer than lock it), the rest unknown.
      const username = messages.length % 4 === 0 ? known.username : unique("nobody");
      const r = await attempt(username, `wrong-${i}`, address, now);
      expect(r.ok).toBe(false);
      if (!r.ok && r.outcome === "throttled") {
        expect(r.message).toMatch(/^signIn\.throttled\?seconds=\d+$/);
        waits.push(r.retryAfterMs!);
        now = new Date(now.getTime() + r.retryAfterMs!);
        continue;
      }
      if (!r.ok) messages.push(r.message);
      now = new Date(now.getTime() + 5);
    }
    expect(new Set(messages)).toEqual(new Set(["signIn.failed"]));
    // No wait before the setting's count of failures; then each further one waits longer.
    const start = SETTING_DEFAULTS.throttleStart;
    expect(waits.length).toBe(30 - start);
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(waits[4]!).toBeGreaterThan(waits[3]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(THROTTLE_CAP_MS);
    expect(waits.at(-1)).toBeGreaterThan(THROTTLE_CAP_MS - 1_000);
    // Someone else behind the same address, with the right password, gets in after the wait.
    const other = await throwawayUser();
    const early = await attempt(other.username, PASSWORD, address, new Date(now.getTime() + 5));
    expect(early.ok).toBe(false);
    const later = await attempt(other.username, PASSWORD, address, new Date(now.getTime() + THROTTLE_CAP_MS + 10));
    expect(later.ok).toBe(true);
    const throttled = await testDb().signInAttempt.count({ where: { address, outcome: "throttled" } });
    // Each attempt that came too soon was told the wait and logged, its password never checked.
    expect(throttled).toBe(waits.length + 1);
  });
});

describe("lockout per account", () => {
  it("locks after the setting's count of wrong passwords, says so plainly, and an administrator unlocks it", async () => {
    const user = await throwawayUser();
    const threshold = SETTING_DEFAULTS.lockoutThreshold;
    for (let i = 1; i < threshold; i++) {
      const r = await attempt(user.username, `wrong-${i}`, freshAddress());
      expect(r.ok ? "ok" : r.message).toBe("signIn.failed");
    }
    const last = await attempt(user.username, "wrong-last", freshAddress());
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(stored.lockedUntil).not.toBeNull();
    const shown = lockedMessage(stored.lockedUntil!);
    expect(shown).toMatch(/^signIn\.locked\?time=/);
    expect(last.ok ? "ok" : last.message).toBe(shown);
    expect(stored.lockedUntil!.getTime() - Date.now()).toBeGreaterThan((SETTING_DEFAULTS.lockoutMinutes - 1) * 60_000);
    // The right password does not open a locked account, and is not even checked.
    const right = await attempt(user.username, PASSWORD, freshAddress());
    expect(right).toMatchObject({ ok: false, outcome: "locked", message: shown });

    // Only an administrator unlocks; the unlock is audited.
    expect(await outcome((await callerFor("county-xinzheng")).account.unlock({ username: user.username }))).toBe("FORBIDDEN");
    const admin = await callerFor("admin");
    const listed = await admin.account.list({ q: user.username, page: 1 });
    expect(listed.items[0]).toMatchObject({ username: user.username, lockedUntil: stored.lockedUntil!.toISOString() });
    await admin.account.unlock({ username: user.username });
    expect(await testDb().auditEntry.count({ where: { entity: "User", entityId: user.id, action: "unlock" } })).toBe(1);
    expect((await attempt(user.username, PASSWORD, freshAddress())).ok).toBe(true);
    expect(await outcome(admin.account.unlock({ username: unique("nobody") }))).toBe("NOT_FOUND");
  });
});

describe("the sign-in log", () => {
  it("records every attempt, unknown usernames included, bounded, for administrators only", async () => {
    const address = freshAddress();
    const user = await throwawayUser();
    const longName = `ghost-${"x".repeat(100)}`;
    await attempt(longName, "whatever", address, undefined, "U".repeat(500));
    await attempt(user.username, "wrong", address);
    await attempt(user.username, PASSWORD, address);
    const rows = await testDb().signInAttempt.findMany({ where: { address }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["unknown_user", "bad_password", "ok"]);
    expect(rows[0]).toMatchObject({ username: longName.slice(0, 64), userId: null });
    expect(rows[0]!.userAgent).toHaveLength(200);
    expect(rows[2]).toMatchObject({ username: user.username, userId: user.id, userAgent: UA });

    const admin = await callerFor("admin");
    const page = await admin.account.signIns({ username: user.username, page: 1 });
    expect(page.items.map((r) => r.outcome)).toEqual(["ok", "bad_password"]);
    const unknown = await admin.account.signIns({ username: "ghost-xxxx", outcome: "unknown_user", page: 1 });
    expect(unknown.items.some((r) => r.address === address)).toBe(true);
    expect(await outcome((await callerFor("reviewer-zhengzhou")).account.signIns({ page: 1 }))).toBe("FORBIDDEN");
  });
});

describe("server-side sessions", () => {
  it("a revoked, expired or idle session is no session; being seen is written at most once a minute", async () => {
    const db = testDb();
    const user = await throwawayUser();
    const open = () => createSession(db, { userId: user.id, address: "198.18.0.1", userAgent: UA });
    const a = await open();
    expect(await sessionUser(db, a)).toBe(user.id);
    await revokeSession(db, a, "signOut");
    expect(await sessionUser(db, a)).toBeNull();

    const b = await open();
    await db.userSession.update({ where: { id: b }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionUser(db, b)).toBeNull();

    const c = await open();
    const idle = new Date(Date.now() - (SETTING_DEFAULTS.sessionIdleMinutes + 1) * 60_000);
    await db.userSession.update({ where: { id: c }, data: { lastSeenAt: idle } });
    expect(await sessionUser(db, c)).toBeNull();

    const d = await open();
    const recent = new Date(Date.now() - 30_000);
    await db.userSession.update({ where: { id: d }, data: { lastSeenAt: recent } });
    expect(await sessionUser(db, d)).toBe(user.id);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: d } })).lastSeenAt).toEqual(recent);
    const older = new Date(Date.now() - 120_000);
    await db.userSession.update({ where: { id: d }, data: { lastSeenAt: older } });
    expect(await sessionUser(db, d)).toBe(user.id);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: d } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 5_000);
    expect(await sessionUser(db, "no-such-session")).toBeNull();
  });

  it("a role change or deactivation ends every session; an administrator's end-sessions too", async () => {
    const db = testDb();
    const user = await throwawayUser();
    const open = () => createSession(db, { userId: user.id, address: "198.18.0.2", userAgent: UA });
    const [a, b] = [await open(), await open()];
    await db.user.update({ where: { id: user.id }, data: { role: "TOWNSHIP_CADRE" } });
    expect(await sessionUser(db, a)).toBeNull();
    expect(await sessionUser(db, b)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: a } })).revokedReason).toBe("role");

    const c = await open();
    const ended = await (await callerFor("admin")).account.endSessions({ username: user.username });
    expect(ended.count).toBe(1);
    expect(await sessionUser(db, c)).toBeNull();
    expect(await db.auditEntry.count({ where: { entity: "User", entityId: user.id, action: "endSessions" } })).toBe(1);

    const d = await open();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await sessionUser(db, d)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: d } })).revokedReason).toBe("deactivated");
  });

  it("changing one's password checks the policy and ends every other session, not the one making the change", async () => {
    const db = testDb();
    const user = await throwawayUser();
    const here = await createSession(db, { userId: user.id, address: "198.18.0.3", userAgent: UA });
    const elsewhere = await createSession(db, { userId: user.id, address: "198.18.0.4", userAgent: UA });
    const me = createCaller({ db, session: { userId: user.id, sessionId: here } });
    const change = (currentPassword: string, newPassword: string, repeatPassword = newPassword) => me.account.changePassword({ currentPassword, newPassword, repeatPassword });
    expect(await fieldMessage(change("not-it", "Brisk-Harbour-93"), "currentPassword")).toBe("pw.currentWrong");
    expect(await fieldMessage(change(PASSWORD, "1234567890"), "newPassword")).toBe("pw.sequence");
    expect(await fieldMessage(change(PASSWORD, "short1!"), "newPassword")).toBe("pw.tooShort?min=10");
    expect(await fieldMessage(change(PASSWORD, "password2024"), "newPassword")).toBe("pw.common");
    expect(await fieldMessage(change(PASSWORD, "Brisk-Harbour-93", "Brisk-Harbour-39"), "repeatPassword")).toBe("pw.mismatch");
    expect(await sessionUser(db, elsewhere)).toBe(user.id);

    await change(PASSWORD, "Brisk-Harbour-93");
    expect(await sessionUser(db, here)).toBe(user.id);
    expect(await sessionUser(db, elsewhere)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: elsewhere } })).revokedReason).toBe("password");
    expect((await attempt(user.username, PASSWORD, freshAddress())).ok).toBe(false);
    expect((await attempt(user.username, "Brisk-Harbour-93", freshAddress())).ok).toBe(true);
    expect(await db.auditEntry.count({ where: { entity: "User", entityId: user.id, action: "password" } })).toBe(1);
  });
});

describe("the demo password", () => {
  it("signs in in a demo database only; elsewhere it can be neither used nor set, and says so", async () => {
    const db = testDb();
    const user = await throwawayUser(DEMO_PASSWORD);
    expect((await attempt(user.username, DEMO_PASSWORD, freshAddress())).ok).toBe(true);
    const other = await throwawayUser();
    const session = await createSession(db, { userId: other.id, address: "198.18.0.5", userAgent: UA });
    // The test database was marked as a demo one when it was prepared. Inside a transaction that
    // is rolled back it is not, so no other test running meanwhile sees the change.
    expect((await db.databaseMeta.findUniqueOrThrow({ where: { id: 1 } })).demo).toBe(true);
    const rollback = new Error("rollback");
    await db
      .$transaction(async (tx) => {
        await tx.databaseMeta.update({ where: { id: 1 }, data: { demo: false } });
        const inTx = tx as unknown as Db;
        const r = await attemptSignIn(inTx, { username: user.username, password: DEMO_PASSWORD, address: freshAddress(), userAgent: UA });
        expect(r).toMatchObject({ ok: false, message: "signIn.demoPassword" });
        const me = createCaller({ db: inTx, session: { userId: other.id, sessionId: session } });
        expect(await fieldMessage(me.account.changePassword({ currentPassword: PASSWORD, newPassword: DEMO_PASSWORD, repeatPassword: DEMO_PASSWORD }), "newPassword")).toBe("pw.demo");
        throw rollback;
      }, { timeout: 20_000 })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
    expect((await db.databaseMeta.findUniqueOrThrow({ where: { id: 1 } })).demo).toBe(true);
  });
});

describe("guesses sent at once", () => {
  it("of many wrong passwords sent together, no more than the threshold are checked before the account locks", async () => {
    const user = await throwawayUser();
    const threshold = SETTING_DEFAULTS.lockoutThreshold;
    // Each from an address of its own, so only the account's count holds them back.
    const results = await Promise.all(Array.from({ length: threshold + 6 }, (_, i) => attempt(user.username, `wrong-${i}`, freshAddress())));
    const checked = results.filter((r) => !r.ok && r.outcome === "bad_password").length;
    expect(checked).toBeLessThanOrEqual(threshold);
    expect(results.filter((r) => !r.ok && r.outcome === "locked").length).toBe(threshold + 6 - checked);
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Locked: even the right password is refused until an administrator unlocks it or the time passes.
    expect(await attempt(user.username, PASSWORD, freshAddress())).toMatchObject({ ok: false, outcome: "locked" });
  });

  it("wrong current passwords on 修改密码 count like wrong ones at sign-in and lock the account", async () => {
    const user = await throwawayUser();
    const db = testDb();
    const actor = await (await import("@/server/actor")).loadActor(db, user.id);
    const { changeOwnPassword } = await import("./accounts");
    const threshold = SETTING_DEFAULTS.lockoutThreshold;
    const messages: string[] = [];
    for (let i = 0; i < threshold + 1; i++) {
      const e = await changeOwnPassword(db, actor!, { currentPassword: `wrong-${i}`, newPassword: "Quiet-Harbour-93" }).catch((x: Error) => x);
      messages.push((e as Error).message);
    }
    expect(messages.slice(0, threshold - 1)).toEqual(Array(threshold - 1).fill("pw.currentWrong"));
    expect(messages[threshold - 1]).toMatch(/^signIn\.locked\?time=/);
    expect(messages[threshold]).toMatch(/^signIn\.locked\?time=/);
    // The right password is refused too while the lock holds.
    await expect(changeOwnPassword(db, actor!, { currentPassword: PASSWORD, newPassword: "Quiet-Harbour-93" })).rejects.toMatchObject({ message: expect.stringMatching(/^signIn\.locked/) });
    expect(await attempt(user.username, PASSWORD, freshAddress())).toMatchObject({ ok: false, outcome: "locked" });
  });
});

describe("sessions ended by the database", () => {
  it("the time a trigger ends a session is kept in UTC like every other, whatever the connection's time zone", async () => {
    const user = await throwawayUser();
    const db = testDb();
    const sid = await createSession(db, { userId: user.id, address: freshAddress(), userAgent: UA });
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TimeZone = 'Asia/Shanghai'`;
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
    });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sid }, select: { revokedAt: true, revokedReason: true } });
    expect(row.revokedReason).toBe("deactivated");
    expect(Math.abs(row.revokedAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
