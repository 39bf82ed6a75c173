"use client";

import { useT } from "@/components/i18n-provider";
import { TextField } from "@/components/ui/form";

/** ID number and phone: plain fields, or, for a viewer who sees them masked, fields that keep the stored value unless typed into. */
export function PersonalFields(props: {
  values: { idNumber: string; phone: string };
  errors: Record<string, string>;
  masked?: { idNumber: string | null; phone: string | null };
  set: (key: "idNumber" | "phone", value: string) => void;
}) {
  const t = useT();
  const m = props.masked;
  const hint = (v: string | null | undefined) => (m ? (v ? t("person.maskedKeep", { masked: v }) : t("person.maskedEmpty")) : undefined);
  return (
    <>
      <TextField label={t("cadre.idNumber")} value={props.values.idNumber} onChange={(x) => props.set("idNumber", x)} error={props.errors.idNumber} maxLength={18} placeholder={m?.idNumber ?? undefined} hint={hint(m?.idNumber)} />
      <TextField label={t("cadre.phone")} type="tel" inputMode="tel" value={props.values.phone} onChange={(x) => props.set("phone", x)} error={props.errors.phone} maxLength={20} placeholder={m?.phone ?? undefined} hint={hint(m?.phone)} />
    </>
  );
}
