/**
 * Validation messages travel as catalogue keys with their parameters, encoded in one string
 * ("v.tooLong?max=30"), so a message written by the server reads right in the user's language on
 * the client, offline too. One error map gives every schema such a message where it names none.
 */
import { z } from "zod";

type TParams = Record<string, string | number>;

/** A message key with its parameters, as one string. */
export function msg(key: string, params?: TParams): string {
  if (!params || Object.keys(params).length === 0) return key;
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The key and parameters of an encoded message. */
export function decodeMessage(message: string): { key: string; params: TParams } {
  const i = message.indexOf("?");
  if (i < 0) return { key: message, params: {} };
  return { key: message.slice(0, i), params: Object.fromEntries(new URLSearchParams(message.slice(i + 1))) };
}

type TIssue = z.core.$ZodRawIssue;

/** The message of an issue whose schema named none. */
export function issueMessage(iss: TIssue): string {
  const input = (iss as { input?: unknown }).input;
  switch (iss.code) {
    case "invalid_type": {
      if (input === undefined || input === null) return "v.required";
      const expected = (iss as { expected?: string }).expected;
      if (expected === "int") return "v.integer";
      if (expected === "number" || expected === "bigint") return "v.notNumber";
      if (expected === "boolean") return "v.choose";
      return msg("v.badType", { expected: String(expected) });
    }
    case "too_small": {
      const { origin, minimum } = iss as { origin?: string; minimum?: number | bigint };
      if (origin === "string") return Number(minimum) <= 1 ? "v.required" : msg("v.tooShort", { min: Number(minimum) });
      if (origin === "array" || origin === "set") return msg("v.tooFew", { min: Number(minimum) });
      return msg("v.min", { min: Number(minimum) });
    }
    case "too_big": {
      const { origin, maximum } = iss as { origin?: string; maximum?: number | bigint };
      if (origin === "string") return msg("v.tooLong", { max: Number(maximum) });
      if (origin === "array" || origin === "set") return msg("v.tooMany", { max: Number(maximum) });
      return msg("v.max", { max: Number(maximum) });
    }
    case "invalid_value":
      return "v.choose";
    case "invalid_format":
      return "v.format";
    case "unrecognized_keys":
      return "v.unknownField";
    default:
      return "v.invalid";
  }
}

let installed = false;

/** Installs the one error map every schema shares (idempotent; imported by the shared schemas). */
export function installErrorMap() {
  if (installed) return;
  installed = true;
  z.config({ customError: (iss) => issueMessage(iss) });
}
installErrorMap();
