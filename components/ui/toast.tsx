"use client";

import { useEffect, useState } from "react";
import { useT } from "../i18n-provider";

/** Raised in the browser whenever a change the user made has been stored (any successful call that writes). */
export const SAVED_EVENT = "tj:saved";

export function announceSaved() {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(SAVED_EVENT));
}

type TToast = { id: number; text: string };

/**
 * A short confirmation at the bottom of the screen each time something is saved: read out by
 * screen readers (a polite live region), gone after a few seconds or at a tap.
 */
export function Toaster() {
  const t = useT();
  const [toasts, setToasts] = useState<TToast[]>([]);
  useEffect(() => {
    let next = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const onSaved = () => {
      const id = ++next;
      setToasts((all) => [...all.slice(-2), { id, text: t("toast.saved") }]);
      const timer = setTimeout(() => {
        timers.delete(timer);
        setToasts((all) => all.filter((x) => x.id !== id));
      }, 4000);
      timers.add(timer);
    };
    window.addEventListener(SAVED_EVENT, onSaved);
    return () => {
      window.removeEventListener(SAVED_EVENT, onSaved);
      for (const timer of timers) clearTimeout(timer);
    };
  }, [t]);
  return (
    <div className="toasts" aria-live="polite" data-testid="toasts">
      {toasts.map((x) => (
        <button key={x.id} type="button" className="toast" onClick={() => setToasts((all) => all.filter((y) => y.id !== x.id))}>
          {x.text}
        </button>
      ))}
    </div>
  );
}
