import { AccountList } from "@/components/accounts/account-list";
import { Allowed } from "@/components/layout/allowed";

export default function AccountsPage() {
  return (
    <Allowed action="manageAccounts">
      <AccountList />
    </Allowed>
  );
}
