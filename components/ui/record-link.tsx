import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to one record from a list of many. Next fetches ahead the page behind every link in
 * view: on a list that is a render on the server and a download on the phone for each row, most
 * of which the user never opens (on weak signal, ahead of the data they did ask for). A record's
 * page is fetched when its link is followed; the navigation's own links are still fetched ahead.
 */
export function RecordLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
