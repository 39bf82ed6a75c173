import { z } from "zod";
import { ZPickInCounty } from "@/lib/schemas/pick";

/** The levels of a county's tree a form may place something at. */
export const PLACE_LEVELS = ["COUNTY", "TOWNSHIP", "VILLAGE", "COMMUNITY"] as const;

export const ZPickPlacesInput = ZPickInCounty.extend({
  /** Only these levels; all of them when left out. */
  levels: z.array(z.enum(PLACE_LEVELS)).min(1).max(PLACE_LEVELS.length).optional(),
});
export type TPickPlacesInput = z.input<typeof ZPickPlacesInput>;
