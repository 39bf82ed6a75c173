import { can, type TAction } from "@/lib/permissions";
import { msg } from "@/lib/validation/messages";
import { requestActor } from "@/server/auth/request-actor";
import { db } from "@/server/db";
import { withinLimit } from "@/server/http/body-limit";
import { crossSiteUpload, secured } from "@/features/imports/server/upload-guard";
import { importCadres } from "@/features/cadres/server/cadre-import";
import { DomainError } from "@/server/errors";
import { importMembers } from "@/features/members/server/member-import";
import { importOrgs } from "@/features/orgs/server/org-import";
import { getSettings } from "@/features/settings/server/settings";
import { importUnits } from "@/features/coverage/server/unit-import";
import { uploadLimits } from "@/features/imports/server/xlsx-rows";

/** Room for the form's own parts around the file (boundaries, part headers, the county code). */
const FORM_OVERHEAD = 64 * 1024;
const IMPORTERS = {
  members: importMembers,
  cadres: importCadres,
  orgs: importOrgs,
  schools: importUnits("school"),
  units: importUnits("unit"),
  youthHomes: importUnits("youthHome"),
} as const;
/**
 * What each roster's import needs, checked before the body is read so an account that may not
 * import never makes the server hold its upload; the service checks it again.
 */
const NEEDS: Record<keyof typeof IMPORTERS, TAction> = {
  members: "editPeople",
  cadres: "editPeople",
  orgs: "editOrgs",
  schools: "editPeople",
  units: "editPeople",
  youthHomes: "editPeople",
};

/**
 * Receives a roster workbook and streams newline-delimited JSON: progress lines while the file
 * is read, checked and written, then one result line (created, or every problem found).
 */
export async function POST(req: Request, ctx: { params: Promise<{ roster: string }> }) {
  return secured(await receive(req, ctx));
}

async function receive(req: Request, ctx: { params: Promise<{ roster: string }> }): Promise<Response> {
  const crossSite = crossSiteUpload(req);
  if (crossSite) return crossSite;
  const { roster } = await ctx.params;
  const importer = Object.hasOwn(IMPORTERS, roster) ? IMPORTERS[roster as keyof typeof IMPORTERS] : undefined;
  if (!importer) return Response.json({ error: "common.notFound" }, { status: 404 });
  const actor = await requestActor();
  if (!actor) return Response.json({ error: "signIn.title" }, { status: 401 });
  if (!can(actor.role, NEEDS[roster as keyof typeof IMPORTERS])) return Response.json({ error: "common.forbidden" }, { status: 403 });
  const limits = uploadLimits(await getSettings(db()));
  // The size is checked before the body is read (its declared length) and while it is read.
  const tooLarge = () => Response.json({ error: msg("import.tooLarge", { max: limits.maxMb }) }, { status: 413 });
  const body = await withinLimit(req, limits.maxMb * 1024 * 1024 + FORM_OVERHEAD).catch(() => null);
  if (!body) return tooLarge();
  const form = await body.formData().catch(() => null);
  const file = form?.get("file");
  const countyCode = String(form?.get("countyCode") ?? "");
  if (!(file instanceof File)) return Response.json({ error: "import.noFile" }, { status: 400 });
  if (file.size > limits.maxMb * 1024 * 1024) return tooLarge();
  const bytes = await file.arrayBuffer();
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await importer(db(), actor, countyCode, bytes, (p) => send({ type: "progress", ...p }), limits);
        send({ type: "result", ...result });
      } catch (e) {
        if (e instanceof DomainError) send({ type: "error", code: e.code, message: e.message });
        else {
          console.error(`${roster} import failed`, e);
          send({ type: "error", code: "INTERNAL", message: "import.failed" });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
