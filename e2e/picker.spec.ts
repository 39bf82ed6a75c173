import { expect, signedIn, test } from "./fixtures";
import { Picker } from "./pages/picker";

/**
 * The picker on 衡阳县's new member form, whose county holds over 700 organisations: type part of
 * a Chinese name, then choose with the keyboard on a desktop and with a tap on a phone.
 */
test.use({ storageState: signedIn("county-hengyang") });

test("choosing an organisation by part of its name", { tag: "@phone" }, async ({ page }, info) => {
  await page.goto("/county/430421/members/new");
  const org = new Picker(page, "所在团组织");
  const box = org.box();
  await expect(box).toHaveAttribute("aria-expanded", "false");

  await org.type("西渡");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(org.options().first()).toBeVisible();
  // Every match names 西渡, in its own name or on its second line (the place it stands in).
  for (const text of await org.options().allTextContents()) expect(text).toContain("西渡");

  if (info.project.name === "phone") {
    const option = org.options().filter({ hasText: "学社衔接" }).first();
    const height = (await option.boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(44);
    await option.tap();
    await expect(box).toHaveValue("西渡镇学社衔接临时团支部");
  } else {
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", (await org.options().nth(0).getAttribute("id"))!);
    await box.press("ArrowDown");
    const second = org.options().nth(1);
    await expect(second).toHaveAttribute("aria-selected", "true");
    const name = await org.labelOf(second);
    await box.press("Home");
    await expect(org.options().nth(0)).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(box).toHaveValue(name);
  }
  await expect(box).toHaveAttribute("aria-expanded", "false");

  // Text that matches nothing says so; Escape closes and the choice stays.
  const chosen = await box.inputValue();
  await org.type("无此组织名");
  await expect(org.list().locator("..").getByRole("status")).toHaveText("没有匹配项");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue(chosen);
});

test("the list comes a page at a time, and scrolling to its end brings the next", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/county/430421/members/new");
  const org = new Picker(page, "所在团组织");
  await org.box().click();
  await expect(org.options()).toHaveCount(20);
  await org.list().evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(org.options()).toHaveCount(40);
});
