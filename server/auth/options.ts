import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { createSession, revokeSession } from "@/features/accounts/server/sessions";
import { attemptSignIn } from "@/features/accounts/server/sign-in";
import { clientAddress } from "./client-address";

/** The longest a token can live; the session row it names decides much sooner (settings). */
const TOKEN_MAX_AGE_S = 24 * 60 * 60;

type THeaders = Record<string, string | string[] | undefined> | undefined;
const text = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

/**
 * Username and password checked against an argon2id hash, throttled per address and locked per
 * account (features/accounts/server/sign-in.ts). The token carries the user id and the id of a server-side
 * session row, which every request checks: signing out, a password, role or scope change and an
 * administrator end it there. Role and scope are read from the database on every request.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: TOKEN_MAX_AGE_S },
  jwt: { maxAge: TOKEN_MAX_AGE_S },
  pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const username = text(raw?.username, 200).trim();
        const password = text(raw?.password, 1_000);
        if (!username || !password) return null;
        const headers = req?.headers as THeaders;
        const address = clientAddress(headers);
        const userAgent = text(headers?.["user-agent"], 200);
        const result = await attemptSignIn(db(), { username, password, address, userAgent });
        if (result.ok) return { id: result.user.id, name: result.user.name, address, userAgent };
        // The generic failure says nothing; a lock, a wait or the demo password is said plainly.
        if (result.message === "signIn.failed") return null;
        throw new Error(result.message);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; address?: string; userAgent?: string };
        token.sub = u.id;
        token.sid = await createSession(db(), { userId: u.id, address: u.address ?? "unknown", userAgent: u.userAgent ?? "" });
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? null, sid: typeof token.sid === "string" ? token.sid : null };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(db(), token.sid, "signOut");
    },
  },
};
