// The UI works without this file; it only adds keyboard shortcuts. Loaded from /static under a strict
// Content-Security-Policy (no inline scripts, no event-handler attributes).
"use strict";
document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (typing || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === "/") {
    const box = document.getElementById("quick-q");
    if (box) {
      event.preventDefault();
      box.focus();
    }
  }
});
