import { AccountList } from "@/features/accounts/ui/account-list";
import { Allowed } from "@/server/auth/allowed";

export default function AccountsPage() {
  return (
    <Allowed action="manageAccounts">
      <AccountList />
    </Allowed>
  );
}
