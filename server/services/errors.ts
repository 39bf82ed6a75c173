/**
 * Errors the domain layer raises; the tRPC layer maps them to its codes. `message` is a key of
 * the message catalogue so the user reads it in their own language.
 */
export type TDomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_INPUT";

export class DomainError extends Error {
  constructor(
    readonly code: TDomainErrorCode,
    message: string,
    /** For BAD_INPUT: the form field the message belongs beside. */
    readonly field?: string,
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
