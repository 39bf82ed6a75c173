/**
 * Text typed into a search, matched as a substring, case aside (ILIKE). Prisma passes `contains`
 * into LIKE as it is, so % and _ typed by the user would match anything; they and the escape
 * character are escaped to stand for themselves.
 */
export function containsText(q: string) {
  return { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}
