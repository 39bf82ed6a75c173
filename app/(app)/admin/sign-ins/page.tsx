import { SignInLog } from "@/components/accounts/sign-in-log";
import { Allowed } from "@/components/layout/allowed";

export default function SignInsPage() {
  return (
    <Allowed action="manageAccounts">
      <SignInLog />
    </Allowed>
  );
}
