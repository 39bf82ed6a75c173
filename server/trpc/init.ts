import { TRPCError, initTRPC } from "@trpc/server";
import superjson from "superjson";
import "@/lib/validation/messages";
import type { Db } from "../db";
import { loadActor } from "../actor";
import { DomainError } from "../errors";
import { describeError, hostileTextAt } from "./errors";
import type { TRole } from "@/lib/permissions";

/**
 * What every procedure starts from. The session carries only the user id (and, over HTTP, the id
 * of the session row it was checked against); nothing else is trusted.
 */
export type TContext = { db: Db; session: { userId: string; sessionId?: string } | null };

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  /**
   * Every refusal reads as a catalogue key with its parameters, beside the field it concerns; what
   * a message names (who decided, when) and, after a version conflict, the values stored now.
   * Nothing internal (a stack, a database's text) reaches the client.
   */
  errorFormatter({ shape, error, path }) {
    const { message, ...data } = describeError(error, path);
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, ...data } };
  },
});

const CODES = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  BAD_INPUT: "BAD_REQUEST",
} as const;

/** Domain errors become tRPC errors with the same meaning; the message stays a catalogue key. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODES[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** No field may hold NUL or a lone surrogate: refused before any schema or database sees it. */
const hostileText = t.middleware(async ({ next, getRawInput }) => {
  const at = hostileTextAt(await getRawInput().catch(() => undefined));
  if (at) throw new TRPCError({ code: "BAD_REQUEST", message: "v.badCharacters", cause: new DomainError("BAD_INPUT", "v.badCharacters", at.join(".") || "input") });
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(hostileText);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "signIn.title" });
  return next({ ctx: { session: ctx.session } });
});

/** Adds the actor: role and region scope read from the database on every call. */
export const scopedProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const actor = await loadActor(ctx.db, ctx.session.userId);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "signIn.title" });
  return next({ ctx: { actor } });
});

export function roleProcedure(...roles: TRole[]) {
  return scopedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "common.forbidden" });
    }
    return next();
  });
}
