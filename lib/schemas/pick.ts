import { z } from "zod";
import { ZPage } from "./common";

/**
 * A picker's search: a page of matches for what was typed. The text is bounded and trimmed, the
 * page size small, so a county's hundreds of organisations never travel at once.
 */
export const ZPickSearch = {
  q: z.string().trim().max(40).default(""),
  page: ZPage,
  pageSize: z.number().int().min(5).max(50).default(20),
};

export const ZPickInCounty = z.object({ countyCode: z.string().regex(/^\d{6}$/), ...ZPickSearch });
export type TPickInCounty = z.input<typeof ZPickInCounty>;

/**
 * One choice: what is stored, what is shown, a second line that tells near-namesakes apart, and
 * other text it is found by in a list kept on the phone (a code, say).
 */
export type TPickOption = { value: string; label: string; hint?: string; terms?: string };

/** A page of choices and whether another page follows. */
export type TPickPage<O extends TPickOption = TPickOption> = { items: O[]; more: boolean };
