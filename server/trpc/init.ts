import { TRPCError, initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Db } from "../db";
import { loadActor } from "../services/actor";
import { DomainError } from "../services/errors";
import type { TRole } from "@/lib/permissions";

/** What every procedure starts from. The session carries only the user id; nothing else is trusted. */
export type TContext = { db: Db; session: { userId: string } | null };

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let fieldErrors: Record<string, string[]> | null = null;
    if (cause instanceof ZodError) fieldErrors = z.flattenError(cause).fieldErrors as Record<string, string[]>;
    if (cause instanceof DomainError && cause.field) fieldErrors = { [cause.field]: [cause.message] };
    // What a message names (who decided, when) and, for a version conflict, the values stored now.
    const messageParams = cause instanceof DomainError ? (cause.params ?? null) : null;
    const current = cause instanceof DomainError ? (cause.current ?? null) : null;
    return { ...shape, data: { ...shape.data, stack: undefined, fieldErrors, messageParams, current } };
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

export const publicProcedure = t.procedure.use(domainErrors);

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
