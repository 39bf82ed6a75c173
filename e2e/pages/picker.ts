import type { Locator, Page } from "@playwright/test";

/** A picker (components/ui/picker.tsx) found by its label, within a page or a part of one. */
export class Picker {
  constructor(
    readonly within: Page | Locator,
    readonly label: string,
  ) {}
  box() {
    return this.within.getByRole("combobox", { name: this.label, exact: true });
  }
  list() {
    return this.within.getByRole("listbox", { name: `${this.label}：可选项` });
  }
  options() {
    return this.list().getByRole("option");
  }
  /** Types into the box and waits for the matches of what was typed (the list is busy until then). */
  async type(text: string) {
    await this.box().fill(text);
    await this.list().and(this.within.locator('[aria-busy="false"]')).waitFor({ state: "attached" });
  }
  /** Types part of a name and taps (clicks) the first match that shows `text`, or the first match. */
  async pick(typed: string, text?: string) {
    await this.type(typed);
    const option = text ? this.options().filter({ hasText: text }).first() : this.options().first();
    await option.click();
  }
  /** Opens the list as it is and takes the first choice. */
  async pickFirst() {
    await this.box().click();
    await this.options().first().click();
  }
  /** The name an option shows, without its second line. */
  async labelOf(option: Locator) {
    return ((await option.locator("span").first().textContent()) ?? "").trim();
  }
}
