// Which view is shown, and a way for a view to send the clerk to another one ("Mở thẻ Tạo biểu
// mẫu"). Kept apart from App.tsx so that the lazily loaded views do not import the shell.
import * as React from "react";

export type ViewId = "start" | "check" | "fill" | "score" | "report" | "forms" | "rollup";

export interface Nav {
  selected: ViewId;
  go(view: ViewId): void;
}

export const NavContext = React.createContext<Nav>({ selected: "start", go: () => undefined });

export function useNav(): Nav {
  return React.useContext(NavContext);
}
