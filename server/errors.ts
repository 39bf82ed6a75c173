/**
 * Errors the domain layer raises; the tRPC layer maps them to its codes. `message` is a key of
 * the message catalogue so the user reads it in their own language, filled with `params`.
 */
export type TDomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_INPUT";

export class DomainError extends Error {
  constructor(
    readonly code: TDomainErrorCode,
    message: string,
    /** For BAD_INPUT: the form field the message belongs beside. */
    readonly field?: string,
    /** Values the message names (who decided, when). */
    readonly params?: Record<string, string | number>,
    /** For a conflict: the values stored now, to show beside the user's own. */
    readonly current?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = () => new DomainError("NOT_FOUND", "common.notFound");
export const forbidden = () => new DomainError("FORBIDDEN", "common.forbidden");
export const conflict = () => new DomainError("CONFLICT", "common.conflict");
export const badInput = (field: string, message: string) =>
  new DomainError("BAD_INPUT", message, field);

/** Someone else decided first: the message names who and when (and what else it needs). */
export const alreadyDecided = (message: string, who: string | null | undefined, at: Date | null | undefined, more: Record<string, string | number | null> = {}) =>
  new DomainError("CONFLICT", message, undefined, { ...Object.fromEntries(Object.entries(more).map(([k, v]) => [k, v ?? ""])), who: who ?? "—", at: at ? at.toISOString() : "" });

/** A save based on a version that is no longer stored: the stored values travel with it. */
export const versionConflict = (current: Record<string, unknown>) => new DomainError("CONFLICT", "common.conflictBoth", undefined, undefined, current);
