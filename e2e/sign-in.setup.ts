/**
 * Signs each demo account in once per run and keeps its browser state (the session cookie) for
 * the specs, which take it with `test.use({ storageState: signedIn(account) })` instead of
 * signing in through the form every test. The form itself is tested in sign-in.spec.ts.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup, expect } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signedIn, type TAccount } from "./fixtures";

setup("sign in every demo account once", async ({ playwright, baseURL }) => {
  for (const username of Object.keys(DEMO_ACCOUNTS) as TAccount[]) {
    mkdirSync(path.dirname(signedIn(username)), { recursive: true });
    // Through next-auth's credentials endpoint, which is what the sign-in form posts to.
    const session = await playwright.request.newContext({ baseURL });
    try {
      const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const signIn = await session.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" } });
      expect(signIn.ok(), username).toBe(true);
      const me = (await (await session.get("/api/auth/session")).json()) as { userId?: string };
      expect(me.userId, `${username} is signed in`).toEqual(expect.any(String));
      await session.storageState({ path: signedIn(username) });
    } finally {
      await session.dispose();
    }
  }
});
