import { requestActor } from "@/server/auth/request-actor";
import { memberTemplate } from "@/server/services/member-import";

export async function GET() {
  if (!(await requestActor())) return Response.json({ error: "signIn.title" }, { status: 401 });
  return new Response(await memberTemplate(), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="members-template.xlsx"; filename*=UTF-8''${encodeURIComponent("团员导入模板.xlsx")}`,
    },
  });
}
