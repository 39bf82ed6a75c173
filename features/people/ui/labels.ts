import type { TMessageKey } from "@/lib/i18n";
import type { CadreSource, Education, Gender, MemberCategory, Post, StaffingType } from "@/server/generated/prisma/enums";

/** Catalogue keys of enumerated values: a value without a message in the catalogue does not compile. */
export const genderKey = (v: Gender) => `gender.${v}` as const satisfies TMessageKey;
export const educationKey = (v: Education) => `education.${v}` as const satisfies TMessageKey;
export const staffingKey = (v: StaffingType) => `staffing.${v}` as const satisfies TMessageKey;
export const sourceKey = (v: CadreSource) => `source.${v}` as const satisfies TMessageKey;
export const postKey = (v: Post) => `post.${v}` as const satisfies TMessageKey;
export const categoryKey = (v: MemberCategory) => `category.${v}` as const satisfies TMessageKey;
