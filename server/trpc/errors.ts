import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { msg } from "@/lib/validation/messages";
import { DomainError } from "../errors";

/** Every refused field with its first message, by path ("position.startedOn"); the input as a whole is "input". */
export function fieldErrorsOf(e: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of e.issues) {
    const key = issue.path.map(String).join(".") || "input";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * An error that none of the rules foresaw is logged on the server with a reference, and the user
 * is shown the reference only: no internal text (a database's message, a stack) leaves the server.
 */
export function internalError(cause: unknown, where: string): { reference: string; message: string } {
  const reference = randomUUID().slice(0, 8);
  console.error(`[error ${reference}] ${where}:`, cause);
  return { reference, message: msg("common.internal", { id: reference }) };
}

/** The shape of a refused call as the client reads it. */
export function describeError(error: TRPCError, path: string | undefined) {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(cause);
    return { message: cause.issues[0]?.message ?? "v.invalid", fieldErrors, messageParams: null, current: null, reference: null };
  }
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      fieldErrors: cause.field ? { [cause.field]: [cause.message] } : null,
      messageParams: cause.params ?? null,
      current: cause.current ?? null,
      reference: null,
    };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    const { reference, message } = internalError(cause ?? error, `tRPC ${path ?? "?"}`);
    return { message, fieldErrors: null, messageParams: null, current: null, reference };
  }
  // Errors the procedures raise on purpose carry catalogue keys already (UNAUTHORIZED, FORBIDDEN…);
  // tRPC's own (a malformed request, an unknown procedure) say only what kind of problem it was.
  const own = /^[a-z]+(\.[A-Za-z0-9]+)+(\?.*)?$/.test(error.message);
  return { message: own ? error.message : "common.badRequest", fieldErrors: null, messageParams: null, current: null, reference: null };
}

/** Strings that no field may hold: NUL and lone UTF-16 surrogates (which the database refuses). */
const HOSTILE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in a value that holds hostile characters, or null. */
export function hostileTextAt(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (depth > 20) return path;
  if (typeof value === "string") return HOSTILE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = hostileTextAt(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (HOSTILE.test(k)) return [...path, k];
      const found = hostileTextAt(v, [...path, k], depth + 1);
      if (found) return found;
    }
  }
  return null;
}
