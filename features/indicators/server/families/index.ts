import { coverage } from "./coverage";
import { funds } from "./funds";
import { members } from "./members";
import { pipeline } from "./pipeline";
import { staffing } from "./staffing";

/** Every indicator family, in the order the figures list them. Adding an indicator touches its family and the catalogue. */
export const FAMILIES = [coverage, staffing, pipeline, members, funds] as const;
