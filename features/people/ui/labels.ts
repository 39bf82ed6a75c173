import type { TMessageKey } from "@/lib/i18n";

export const genderKey = (v: string) => `gender.${v}` as TMessageKey;
export const educationKey = (v: string) => `education.${v}` as TMessageKey;
export const staffingKey = (v: string) => `staffing.${v}` as TMessageKey;
export const sourceKey = (v: string) => `source.${v}` as TMessageKey;
export const postKey = (v: string) => `post.${v}` as TMessageKey;
export const categoryKey = (v: string) => `category.${v}` as TMessageKey;
