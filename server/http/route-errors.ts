import "server-only";
import { ZodError } from "zod";
import { decodeMessage } from "@/lib/validation/messages";
import { DomainError } from "../errors";
import { internalError } from "../trpc/errors";

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401, CONFLICT: 409 };

/**
 * The answer of a route handler (an export, an import) that failed: a refusal keeps its message
 * key and status; anything unforeseen is logged with a reference, and only the reference is sent.
 */
export function routeError(e: unknown, where: string): Response {
  const headers = { "cache-control": "no-store" };
  if (e instanceof DomainError) return Response.json({ error: e.message, field: e.field ?? null }, { status: STATUS[e.code] ?? 400, headers });
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    return Response.json({ error: issue?.message ?? "v.invalid", field: issue?.path.join(".") || "input" }, { status: 400, headers });
  }
  const { reference, message } = internalError(e, where);
  return Response.json({ error: message, reference, key: decodeMessage(message).key }, { status: 500, headers });
}
