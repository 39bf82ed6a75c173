import { requestActor } from "@/server/auth/request-actor";
import { cadreTemplate } from "@/features/cadres/server/cadre-import";
import { memberTemplate } from "@/features/members/server/member-import";
import { orgTemplate } from "@/features/orgs/server/org-import";
import { unitTemplate } from "@/features/coverage/server/unit-import";

const TEMPLATES = {
  members: [memberTemplate, "团员导入模板.xlsx"],
  cadres: [cadreTemplate, "团干部导入模板.xlsx"],
  orgs: [orgTemplate, "团组织导入模板.xlsx"],
  schools: [unitTemplate("school"), "学校导入模板.xlsx"],
  units: [unitTemplate("unit"), "企业和社会组织导入模板.xlsx"],
  youthHomes: [unitTemplate("youthHome"), "青年之家导入模板.xlsx"],
} as const;

export async function GET(_req: Request, ctx: { params: Promise<{ roster: string }> }) {
  const { roster } = await ctx.params;
  const template = Object.hasOwn(TEMPLATES, roster) ? TEMPLATES[roster as keyof typeof TEMPLATES] : undefined;
  if (!template) return Response.json({ error: "common.notFound" }, { status: 404 });
  if (!(await requestActor())) return Response.json({ error: "signIn.title" }, { status: 401 });
  return new Response(await template[0](), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${roster}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(template[1])}`,
    },
  });
}
