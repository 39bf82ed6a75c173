/** Offset paging shared by the roster lists: the slice to read and the page the user sees. */
export function pageWindow(input: { page: number; pageSize: number }) {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}

/** The slice a list read from the database, with how many there are and how many pages they fill. */
export function pageMeta<T>(total: number, items: T[], input: { page: number; pageSize: number }) {
  return { total, page: input.page, pageSize: input.pageSize, pages: Math.max(1, Math.ceil(total / input.pageSize)), items };
}

/** A page of a county's roster, which names its county. */
export function pageOf<T>(county: { code: string; name: string }, total: number, items: T[], input: { page: number; pageSize: number }) {
  return { county: { code: county.code, name: county.name }, ...pageMeta(total, items, input) };
}

/**
 * A picker's page: one row more than asked is read, so whether another page follows is known
 * without counting the whole match.
 */
export function pickWindow(input: { page: number; pageSize: number }) {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize + 1 };
}

export function pickPageOf<T>(rows: T[], input: { pageSize: number }) {
  return { items: rows.slice(0, input.pageSize), more: rows.length > input.pageSize };
}
