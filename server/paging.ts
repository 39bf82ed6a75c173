/** Offset paging shared by the roster lists: the slice to read and the page the user sees. */
export function pageWindow(input: { page: number; pageSize: number }) {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}

export function pageOf<T>(county: { code: string; name: string }, total: number, items: T[], input: { page: number; pageSize: number }) {
  return {
    county: { code: county.code, name: county.name },
    total,
    page: input.page,
    pageSize: input.pageSize,
    pages: Math.max(1, Math.ceil(total / input.pageSize)),
    items,
  };
}
