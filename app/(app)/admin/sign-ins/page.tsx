import { SignInLog } from "@/features/accounts/ui/sign-in-log";
import { Allowed } from "@/server/auth/allowed";

export default function SignInsPage() {
  return (
    <Allowed action="manageAccounts">
      <SignInLog />
    </Allowed>
  );
}
